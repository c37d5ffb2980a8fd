namespace RestateEvals;

/// <summary>
/// Reuses the verified snapshot's verdict when the answer is exactly the verified answer and the rubric and judge prompt
/// are unchanged, instead of calling the judge; anything else goes to the inner judge.
/// </summary>
internal sealed class VerifiedVerdictJudge(IJudge inner, Func<EvalCase, IReadOnlyDictionary<string, JudgeOutcome>> verifiedOutcomes) : IJudge, IRecordedJudge
{
    IEnumerable<IEvalRecording> IRecordedJudge.Recordings => inner is IRecordedJudge recorded ? recorded.Recordings : [];

    /// <inheritdoc />
    public Task<JudgeOutcome> JudgeAsync(EvalCase evalCase, string answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(evalCase);
        ArgumentNullException.ThrowIfNull(answer);
        return verifiedOutcomes(evalCase).TryGetValue(SnapshotDocument.Key(evalCase, answer), out var outcome)
               && evalCase.Criteria.All(c => outcome.Scores.Any(s => s.CriterionId == c.Id))
            ? Task.FromResult(outcome)
            : inner.JudgeAsync(evalCase, answer, cancellationToken);
    }
}
