using System.Globalization;
using System.Text;
using System.Text.Json;

namespace RestateEvals;

/// <summary>
/// Reads a judge's JSON reply strictly: tolerates code fences and prose around one JSON object,
/// requires every criterion exactly once with an integer score 1-5 and a reason.
/// </summary>
public static class JudgeReplyParser
{
    private const int MaxCandidates = 32;

    /// <summary>Parses <paramref name="raw"/> against the rubric of <paramref name="evalCase"/>. Never throws on bad input.</summary>
    public static JudgeReply Parse(string? raw, EvalCase evalCase)
    {
        ArgumentNullException.ThrowIfNull(evalCase);
        if (string.IsNullOrWhiteSpace(raw))
        {
            return JudgeReply.Invalid("the judge returned no text");
        }

        string? lastProblem = null;
        var candidates = 0;
        for (var start = raw.IndexOf('{', StringComparison.Ordinal); start >= 0 && candidates < MaxCandidates; start = raw.IndexOf('{', start + 1))
        {
            candidates++;
            if (!TryReadObject(raw, start, out var root))
            {
                continue;
            }

            using (root)
            {
                if (root.RootElement.TryGetProperty("criteria", out var criteria) || root.RootElement.TryGetProperty("scores", out criteria))
                {
                    return ReadCriteria(criteria, evalCase);
                }

                lastProblem = "the JSON object has no \"criteria\" array";
            }
        }

        return JudgeReply.Invalid(lastProblem ?? "no JSON object found in the judge output (refusal or prose only)");
    }

    private static bool TryReadObject(string raw, int start, out JsonDocument document)
    {
        var bytes = Encoding.UTF8.GetBytes(raw[start..]);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 32 });
        try
        {
            document = JsonDocument.ParseValue(ref reader);
            return document.RootElement.ValueKind == JsonValueKind.Object || Dispose(document);
        }
        catch (JsonException)
        {
            document = null!;
            return false;
        }
    }

    private static bool Dispose(JsonDocument document)
    {
        document.Dispose();
        return false;
    }

    private static JudgeReply ReadCriteria(JsonElement criteria, EvalCase evalCase)
    {
        if (criteria.ValueKind != JsonValueKind.Array)
        {
            return JudgeReply.Invalid("\"criteria\" is not an array");
        }

        var byId = new Dictionary<string, JudgeScore>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in criteria.EnumerateArray())
        {
            var score = ReadScore(item, evalCase, out var problem);
            if (score is null)
            {
                return JudgeReply.Invalid(problem!);
            }

            if (!byId.TryAdd(score.CriterionId, score))
            {
                return JudgeReply.Invalid($"criterion '{score.CriterionId}' is scored more than once");
            }
        }

        var missing = evalCase.Criteria.Where(c => !byId.ContainsKey(c.Id)).Select(c => c.Id).ToList();
        return missing.Count > 0
            ? JudgeReply.Invalid($"missing criterion {string.Join(", ", missing.Select(m => $"'{m}'"))}")
            : new JudgeReply([.. evalCase.Criteria.Select(c => byId[c.Id])], null);
    }

    private static JudgeScore? ReadScore(JsonElement item, EvalCase evalCase, out string? problem)
    {
        problem = null;
        if (item.ValueKind != JsonValueKind.Object)
        {
            problem = "a \"criteria\" entry is not an object";
            return null;
        }

        var id = Text(item, "id") ?? Text(item, "criterion");
        var criterion = evalCase.Criteria.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.OrdinalIgnoreCase));
        if (criterion is null)
        {
            problem = id is null ? "a \"criteria\" entry has no \"id\"" : $"unknown criterion '{Clip(id)}'";
            return null;
        }

        if (!item.TryGetProperty("score", out var scoreElement) || !TryReadNumber(scoreElement, out var value))
        {
            problem = $"criterion '{criterion.Id}' has no numeric \"score\"";
            return null;
        }

        if (value is < 1 or > 5 || value != Math.Floor(value))
        {
            problem = $"criterion '{criterion.Id}' has score {value.ToString(CultureInfo.InvariantCulture)}, outside the integers 1-5";
            return null;
        }

        var reason = Text(item, "reason");
        if (string.IsNullOrWhiteSpace(reason))
        {
            problem = $"criterion '{criterion.Id}' has no \"reason\"";
            return null;
        }

        return new JudgeScore(criterion.Id, (int)value, reason.Trim(), Text(item, "evidence")?.Trim() ?? string.Empty);
    }

    private static bool TryReadNumber(JsonElement element, out double value)
    {
        value = 0;
        return element.ValueKind switch
        {
            JsonValueKind.Number => element.TryGetDouble(out value) && double.IsFinite(value),
            JsonValueKind.String => double.TryParse(element.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value),
            _ => false,
        };
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Clip(string text) => text.Length <= 60 ? text : text[..60] + "...";
}
