using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace RestateEvals;

/// <summary>
/// Renders a result as a reviewable Markdown snapshot (answers, verdict table, and the judge scores as JSON so an
/// unchanged answer can reuse its verified verdict) and reads the scores back. Latency, token counts and response
/// ids are left out; secrets are scrubbed.
/// </summary>
internal static class SnapshotDocument
{
    private const string ScoresFence = "```json restateevals-scores";
    private static readonly JsonSerializerOptions Indented = new(EvalCatalog.JsonOptions) { WriteIndented = true, IndentSize = 2 };

    /// <summary>The snapshot text, UTF-8 with LF line endings.</summary>
    public static string Render(EvalResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var c = result.Case;
        var text = new StringBuilder();
        text.Append("# ").Append(c.Id).Append(": ").Append(c.Title).Append("\n\n");
        text.Append("- severity: ").Append(c.Severity.ToString().ToLowerInvariant()).Append('\n');
        text.Append("- verdict: **").Append(result.Verdict.Status.ToString().ToLowerInvariant()).Append("**, ").Append(VerdictFormatter.Summary(result.Verdict)).Append("\n\n");
        foreach (var sample in result.Samples)
        {
            text.Append(CultureInfo.InvariantCulture, $"## Answer {sample.Index + 1} of {result.Samples.Count}\n\n");
            text.Append("- model: ").Append(sample.Answer?.ModelId ?? "(none)").Append('\n');
            text.Append("- judge: ").Append(sample.Outcome.JudgeName).Append("\n\n");
            foreach (var call in sample.Answer?.FunctionCalls ?? [])
            {
                text.Append("- function call: `").Append(call.Name).Append('(').Append(call.Arguments).Append(")` returned `").Append(call.Result ?? "(no result)").Append("`\n");
            }

            text.Append(sample.Answer?.FunctionCalls.Count > 0 ? "\n" : string.Empty);
            text.Append(sample.Answer?.Text.Trim() ?? "(no answer)").Append("\n\n");
            if (sample.Execution is { } execution)
            {
                text.Append("### Code, run on a real Restate server: ").Append(execution.Status.ToString().ToLowerInvariant()).Append("\n\n")
                    .Append(execution.Summary.Trim()).Append("\n\n");
                foreach (var observation in execution.Observations)
                {
                    text.Append("- ").Append(observation).Append('\n');
                }

                text.Append(execution.Observations.Count > 0 ? "\n" : string.Empty);
                text.Append(execution.Code is { } code ? "```ts\n" + code.Trim() + "\n```\n\n" : "(no code)\n\n");
            }
        }

        text.Append("## Verdict\n\n").Append(VerdictFormatter.Details(result)).Append('\n');
        // Only the judge's scores are stored for reuse, keyed by the rubric the judge scored (without executes-correctly):
        // the code is run afresh every time.
        var rubric = JudgePrompt.RubricHash(ExecutionCriterion.RemoveFrom(c));
        var scores = result.Samples.Where(s => s.Answer is not null && s.Outcome.IsConclusive)
            .Select(s => new StoredSample(Hash(s.Answer!.Text), rubric, s.Outcome.JudgeName, [.. s.Outcome.Scores.Where(x => x.CriterionId != ExecutionCriterion.Id)])).ToList();
        if (scores.Count > 0)
        {
            text.Append("## Judge scores\n\n").Append(ScoresFence).Append('\n')
                .Append(JsonSerializer.Serialize(scores, Indented).ReplaceLineEndings("\n")).Append("\n```\n");
        }

        return SecretScrubber.Scrub(text.ToString().ReplaceLineEndings("\n"));
    }

    /// <summary>
    /// The judge outcomes stored in a snapshot, keyed by <see cref="Key"/> of the answer they scored and the rubric they
    /// were scored against; empty when none can be read.
    /// </summary>
    public static IReadOnlyDictionary<string, JudgeOutcome> ReadOutcomes(string? snapshot)
    {
        var start = snapshot?.IndexOf(ScoresFence, StringComparison.Ordinal) ?? -1;
        if (start < 0)
        {
            return new Dictionary<string, JudgeOutcome>();
        }

        var json = snapshot![(start + ScoresFence.Length)..];
        var end = json.IndexOf("\n```", StringComparison.Ordinal);
        try
        {
            var samples = JsonSerializer.Deserialize<List<StoredSample>>(end < 0 ? json : json[..end], EvalCatalog.JsonOptions) ?? [];
            return samples.Where(s => s.AnswerSha256 is not null && s.RubricHash is not null && s.Scores is { Count: > 0 })
                .GroupBy(s => s.AnswerSha256 + "/" + s.RubricHash)
                .ToDictionary(g => g.Key, g => JudgeOutcome.Conclusive(g.First().Scores, "(reused from the verified snapshot)", g.First().Judge), StringComparer.Ordinal);
        }
        catch (JsonException)
        {
            return new Dictionary<string, JudgeOutcome>();
        }
    }

    /// <summary>The key of a stored outcome: the answer's SHA-256 and the case's <see cref="JudgePrompt.RubricHash"/>, so a changed rubric or judge prompt is judged afresh.</summary>
    public static string Key(EvalCase evalCase, string answer)
    {
        ArgumentNullException.ThrowIfNull(evalCase);
        return Hash(answer) + "/" + JudgePrompt.RubricHash(evalCase);
    }

    /// <summary>The SHA-256 (hex) of an answer's exact text.</summary>
    public static string Hash(string answer) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(answer ?? string.Empty)));

    private sealed record StoredSample(string AnswerSha256, string RubricHash, string Judge, IReadOnlyList<JudgeScore> Scores);
}
