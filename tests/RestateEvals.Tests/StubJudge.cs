namespace RestateEvals.Tests;

/// <summary>A judge that answers from a function, for panel tests.</summary>
internal sealed class StubJudge(string name, Func<EvalCase, CancellationToken, Task<JudgeOutcome>> judge) : IJudge
{
    public string Name => name;

    /// <summary>Scores each criterion of the case in order: <c>Scoring("a", 5, 4, 4, 3)</c>.</summary>
    public static StubJudge Scoring(string name, params int[] scores) => new(name, (evalCase, _) => Task.FromResult(
        JudgeOutcome.Conclusive([.. evalCase.Criteria.Select((c, i) => new JudgeScore(c.Id, scores[i], $"{name} on {c.Id}", $"quote {name}"))], $"raw {name}", name)));

    public static StubJudge Inconclusive(string name, string problem) => new(name, (_, _) => Task.FromResult(JudgeOutcome.Inconclusive(problem, $"raw {name}", name, InconclusiveReason.JudgeUnusable)));

    public Task<JudgeOutcome> JudgeAsync(EvalCase evalCase, string answer, CancellationToken cancellationToken = default) => judge(evalCase, cancellationToken);
}
