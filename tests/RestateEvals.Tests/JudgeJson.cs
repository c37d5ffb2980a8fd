using System.Text.Json;

namespace RestateEvals.Tests;

/// <summary>Builds judge replies for a case in the reply contract: {id, evidence, reasoning, score} per criterion.</summary>
internal static class JudgeJson
{
    /// <summary>Every criterion scored <paramref name="score"/>, quoting <paramref name="answer"/> (default: the case's first good answer).</summary>
    public static string AllScores(EvalCase evalCase, int score, string? answer = null) =>
        Scores(evalCase, answer, evalCase.Criteria.Select(_ => score).ToArray());

    public static string Scores(EvalCase evalCase, params int[] scores) => Scores(evalCase, null, scores);

    public static string Scores(EvalCase evalCase, string? answer, params int[] scores) =>
        JsonSerializer.Serialize(new
        {
            criteria = evalCase.Criteria.Select((c, i) => new { id = c.Id, evidence = Quote(answer ?? evalCase.GoodAnswers[0]), reasoning = $"reason for {c.Id}", score = scores[i] }),
        });

    /// <summary>A verbatim quote of <paramref name="answer"/>: its first words.</summary>
    public static string Quote(string answer) => answer.Length <= 40 ? answer : answer[..40];
}
