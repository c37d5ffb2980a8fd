using System.Text.Json;

namespace RestateEvals.Tests;

/// <summary>Builds judge replies for a case.</summary>
internal static class JudgeJson
{
    public static string AllScores(EvalCase evalCase, int score) =>
        Scores(evalCase, evalCase.Criteria.Select(_ => score).ToArray());

    public static string Scores(EvalCase evalCase, params int[] scores) =>
        JsonSerializer.Serialize(new
        {
            criteria = evalCase.Criteria.Select((c, i) => new { id = c.Id, score = scores[i], reason = $"reason for {c.Id}", evidence = "quote" }),
        });
}
