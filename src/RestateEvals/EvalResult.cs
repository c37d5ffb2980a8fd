namespace RestateEvals;

/// <summary>Everything an evaluation of one case produced: the answers, the judge outcomes and the verdict.</summary>
/// <param name="Case">The case evaluated.</param>
/// <param name="Samples">One entry per sampled answer.</param>
/// <param name="Verdict">The graded verdict.</param>
public sealed record EvalResult(EvalCase Case, IReadOnlyList<EvalSample> Samples, Verdict Verdict)
{
    /// <inheritdoc />
    public override string ToString() => $"{Case.Id} {Verdict.Status}";
}
