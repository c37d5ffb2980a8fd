namespace RestateEvals;

/// <summary>
/// Runs the free <see cref="ChecklistJudge"/> first: an answer with an unnegated red flag (wrong advice the case file
/// names) fails on the spot and the LLM judge is not called; every other answer goes to the inner judge. It can only
/// save calls on answers that would fail anyway; it never passes an answer by itself.
/// </summary>
public sealed class PrescreeningJudge(IJudge inner) : IJudge
{
    /// <summary>The name reported when the pre-screen decided.</summary>
    public const string Name = "checklist (pre-screen)";

    private readonly ChecklistJudge _checklist = new();

    /// <inheritdoc />
    public async Task<JudgeOutcome> JudgeAsync(EvalCase evalCase, string answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inner);
        var screened = await _checklist.JudgeAsync(evalCase, answer, cancellationToken).ConfigureAwait(false);
        return screened.Scores.Any(s => s.Score == 1)
            ? JudgeOutcome.Conclusive(screened.Scores, screened.RawText, Name)
            : await inner.JudgeAsync(evalCase, answer, cancellationToken).ConfigureAwait(false);
    }
}
