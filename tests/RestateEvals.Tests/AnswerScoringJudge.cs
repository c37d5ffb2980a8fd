namespace RestateEvals.Tests;

/// <summary>Scores every criterion of an answer with the score given for that exact answer text.</summary>
internal sealed class AnswerScoringJudge(IReadOnlyDictionary<string, int> scores) : IJudge
{
    public Task<JudgeOutcome> JudgeAsync(EvalCase evalCase, string answer, CancellationToken cancellationToken = default) => Task.FromResult(
        JudgeOutcome.Conclusive([.. evalCase.Criteria.Select(c => new JudgeScore(c.Id, scores[answer], $"scored {answer}", string.Empty))], answer, "by-answer"));
}
