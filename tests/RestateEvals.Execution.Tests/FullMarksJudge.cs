namespace RestateEvals.Execution.Tests;

/// <summary>A judge that gives every criterion of the rubric it is shown a 5, so only execution can fail a case.</summary>
internal sealed class FullMarksJudge : IJudge
{
    public List<EvalCase> Judged { get; } = [];

    public Task<JudgeOutcome> JudgeAsync(EvalCase evalCase, string answer, CancellationToken cancellationToken = default)
    {
        lock (Judged)
        {
            Judged.Add(evalCase);
        }

        return Task.FromResult(JudgeOutcome.Conclusive([.. evalCase.Criteria.Select(c => new JudgeScore(c.Id, 5, "full marks", string.Empty))], "{}", "full-marks"));
    }
}
