namespace RestateEvals;

/// <summary>
/// Runs the free <see cref="ChecklistJudge"/> first: an answer with a definite red flag (wrong advice the case file
/// names, affirmed in its clause) fails on the spot and the LLM judge is not called. Every other answer, including
/// those the checklist is unsure about, goes to the inner judge. It never passes an answer by itself.
/// </summary>
public sealed class PrescreeningJudge(IJudge inner) : IJudge, IRecordedJudge
{
    IEnumerable<IEvalRecording> IRecordedJudge.Recordings => inner is IRecordedJudge recorded ? recorded.Recordings : [];

    /// <summary>The name reported when the pre-screen decided.</summary>
    public const string Name = "checklist (pre-screen)";

    /// <inheritdoc />
    public async Task<JudgeOutcome> JudgeAsync(EvalCase evalCase, string answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(evalCase);
        ArgumentNullException.ThrowIfNull(answer);
        cancellationToken.ThrowIfCancellationRequested();
        var findings = ChecklistJudge.Assess(evalCase, answer);
        return findings.Any(f => f.Decision == ChecklistDecision.NotMet)
            ? ChecklistJudge.Outcome(findings, Name)
            : await inner.JudgeAsync(evalCase, answer, cancellationToken).ConfigureAwait(false);
    }
}
