namespace RestateEvals;

/// <summary>Everything an evaluation of one case produced: the answers, the judge outcomes and the verdict.</summary>
/// <param name="Case">The case evaluated.</param>
/// <param name="Samples">One entry per sampled answer.</param>
/// <param name="Verdict">The graded verdict.</param>
public sealed record EvalResult(EvalCase Case, IReadOnlyList<EvalSample> Samples, Verdict Verdict)
{
    /// <summary>The first sample's execution that failed on the server, if any: a definite failure of the case.</summary>
    internal ExecutionResult? FailedExecution => Samples.Select(s => s.Execution).FirstOrDefault(e => e?.Status == ExecutionStatus.Failed);

    /// <inheritdoc />
    public override string ToString() => $"{Case.Id} {Verdict.Status}";
}
