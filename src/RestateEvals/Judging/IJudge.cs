namespace RestateEvals;

/// <summary>Scores an answer against a case's rubric.</summary>
public interface IJudge
{
    /// <summary>Scores <paramref name="answer"/> on every criterion of <paramref name="evalCase"/>. Never throws for bad judge output: returns an inconclusive outcome instead.</summary>
    Task<JudgeOutcome> JudgeAsync(EvalCase evalCase, string answer, CancellationToken cancellationToken = default);
}
