using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace RestateEvals;

/// <summary>
/// Reads a judge's reply against one strict contract: exactly one JSON object, optionally inside one code fence, and
/// nothing else but white space; no property name twice anywhere; the only top-level property is <c>criteria</c>, an
/// array with one item per criterion, each exactly <c>{"id", "evidence", "reasoning", "score"}</c> in that order,
/// with the id spelled exactly as in the rubric and the score a JSON integer 1-5 (no strings, fractions or exponents).
/// Anything else is unusable. Problems never quote more than a short, sanitised excerpt of what the judge wrote.
/// </summary>
internal static partial class JudgeReplyParser
{
    /// <summary>Replies longer than this many characters are unusable without being parsed.</summary>
    public const int MaxReplyLength = 64 * 1024;

    private static readonly string[] ItemProperties = ["id", "evidence", "reasoning", "score"];
    private static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false, MaxDepth = 8 };

    /// <summary>Parses <paramref name="raw"/> against the rubric of <paramref name="evalCase"/>. Never throws on bad input.</summary>
    public static JudgeReply Parse(string? raw, EvalCase evalCase)
    {
        ArgumentNullException.ThrowIfNull(evalCase);
        if (string.IsNullOrWhiteSpace(raw))
        {
            return JudgeReply.Invalid("the judge returned no text", JudgeReplyProblem.NotOneJsonObject);
        }

        if (raw.Length > MaxReplyLength)
        {
            return JudgeReply.Invalid(string.Create(CultureInfo.InvariantCulture, $"the reply has {raw.Length} characters, over the limit of {MaxReplyLength}"), JudgeReplyProblem.NotOneJsonObject);
        }

        var json = raw.Trim();
        if (json.StartsWith("```", StringComparison.Ordinal))
        {
            var fenced = Fence().Match(json);
            if (!fenced.Success)
            {
                return JudgeReply.Invalid("text outside the JSON object (only one code fence around one object is allowed)", JudgeReplyProblem.NotOneJsonObject);
            }

            json = fenced.Groups["json"].Value.Trim();
        }

        if (!json.StartsWith('{'))
        {
            return JudgeReply.Invalid(json.Contains('{', StringComparison.Ordinal) ? "text outside the JSON object" : "no JSON object in the reply (a refusal or prose only)", JudgeReplyProblem.NotOneJsonObject);
        }

        try
        {
            using var document = JsonDocument.Parse(json, Strict);
            return ReadRoot(document.RootElement, evalCase);
        }
        catch (JsonException ex)
        {
            return Describe(ex);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or DecoderFallbackException)
        {
            // Judge-controlled text never throws: a lone surrogate escape ("\ud800") or invalid UTF-16 is an unreadable reply.
            return JudgeReply.Invalid("the reply holds text that cannot be read (invalid UTF-16, such as a lone surrogate escape)", JudgeReplyProblem.UnreadableText);
        }
    }

    /// <summary>At most 40 characters of judge-written text, letters, digits and <c>-_.:</c> only, for problem messages.</summary>
    public static string Sanitize(string? text)
    {
        var kept = new string((text ?? string.Empty).Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':' or ' ').ToArray()).Trim();
        return kept.Length <= 40 ? kept : kept[..40] + "...";
    }

    private static JudgeReply ReadRoot(JsonElement root, EvalCase evalCase)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return JudgeReply.Invalid("the reply is not a JSON object", JudgeReplyProblem.NotOneJsonObject);
        }

        var unknown = root.EnumerateObject().Select(p => p.Name).FirstOrDefault(n => n is not ("criteria" or "addressesGrader" or "addressesGraderReason"));
        if (unknown is not null)
        {
            return JudgeReply.Invalid($"unknown top-level property '{Sanitize(unknown)}' (only \"criteria\", \"addressesGrader\" and \"addressesGraderReason\" are allowed)", JudgeReplyProblem.WrongShape);
        }

        var addresses = false;
        if (root.TryGetProperty("addressesGrader", out var flag))
        {
            if (flag.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                return JudgeReply.Invalid("\"addressesGrader\" must be true or false", JudgeReplyProblem.WrongShape);
            }

            addresses = flag.GetBoolean();
        }

        string? addressesReason = null;
        if (root.TryGetProperty("addressesGraderReason", out var why))
        {
            if (why.ValueKind != JsonValueKind.String)
            {
                return JudgeReply.Invalid("\"addressesGraderReason\" must be a string", JudgeReplyProblem.WrongShape);
            }

            addressesReason = why.GetString();
        }

        if (!root.TryGetProperty("criteria", out var criteria) || criteria.ValueKind != JsonValueKind.Array)
        {
            return JudgeReply.Invalid("\"criteria\" is missing or not an array", JudgeReplyProblem.WrongShape);
        }

        var byId = new Dictionary<string, JudgeScore>(StringComparer.Ordinal);
        foreach (var item in criteria.EnumerateArray())
        {
            var score = ReadItem(item, evalCase, out var problem, out var kind);
            if (score is null)
            {
                return JudgeReply.Invalid(problem!, kind);
            }

            if (!byId.TryAdd(score.CriterionId, score))
            {
                return JudgeReply.Invalid($"criterion '{score.CriterionId}' is scored more than once", JudgeReplyProblem.WrongShape);
            }
        }

        var missing = evalCase.Criteria.Where(c => !byId.ContainsKey(c.Id)).Select(c => $"'{c.Id}'").ToList();
        return missing.Count > 0
            ? JudgeReply.Invalid($"missing criterion {string.Join(", ", missing)}", JudgeReplyProblem.WrongShape)
            : new JudgeReply([.. evalCase.Criteria.Select(c => byId[c.Id])], null) { AddressesGrader = addresses, AddressesGraderReason = addressesReason?.Trim() };
    }

    private static JudgeScore? ReadItem(JsonElement item, EvalCase evalCase, out string? problem, out JudgeReplyProblem kind)
    {
        problem = null;
        kind = JudgeReplyProblem.WrongShape;
        if (item.ValueKind != JsonValueKind.Object)
        {
            problem = "a \"criteria\" entry is not an object";
            return null;
        }

        var names = item.EnumerateObject().Select(p => p.Name).ToList();
        if (!names.SequenceEqual(ItemProperties, StringComparer.Ordinal))
        {
            var extra = names.FirstOrDefault(n => !ItemProperties.Contains(n, StringComparer.Ordinal));
            problem = extra is not null ? $"a \"criteria\" entry has the unknown property '{Sanitize(extra)}'"
                : $"a \"criteria\" entry must have exactly \"id\", \"evidence\", \"reasoning\", \"score\" in that order, not {string.Join(", ", names.Select(n => $"\"{n}\""))}";
            return null;
        }

        var id = item.GetProperty("id");
        var criterion = id.ValueKind == JsonValueKind.String ? evalCase.Criteria.FirstOrDefault(c => string.Equals(c.Id, id.GetString(), StringComparison.Ordinal)) : null;
        if (criterion is null)
        {
            problem = $"unknown criterion id '{Sanitize(id.ValueKind == JsonValueKind.String ? id.GetString() : id.GetRawText())}'";
            return null;
        }

        var score = item.GetProperty("score");
        var rawScore = score.GetRawText();
        if (score.ValueKind != JsonValueKind.Number || rawScore is not ("1" or "2" or "3" or "4" or "5"))
        {
            var type = score.ValueKind switch
            {
                JsonValueKind.String => "a string",
                JsonValueKind.Number => "a number",
                JsonValueKind.True or JsonValueKind.False => "a boolean",
                JsonValueKind.Array => "an array",
                JsonValueKind.Object => "an object",
                _ => "null",
            };
            problem = $"criterion '{criterion.Id}' has the score {Sanitize(rawScore)} ({type}): it must be a JSON integer 1-5";
            kind = JudgeReplyProblem.InvalidScore;
            return null;
        }

        var evidence = item.GetProperty("evidence");
        var reasoning = item.GetProperty("reasoning");
        if (evidence.ValueKind != JsonValueKind.String || reasoning.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(reasoning.GetString()))
        {
            problem = $"criterion '{criterion.Id}' needs a string \"evidence\" and a non-empty string \"reasoning\"";
            return null;
        }

        return new JudgeScore(criterion.Id, rawScore[0] - '0', reasoning.GetString()!.Trim(), evidence.GetString()!.Trim());
    }

    private static JudgeReply Describe(JsonException ex) =>
        ex.Message.Contains("after a single JSON value", StringComparison.Ordinal) ? JudgeReply.Invalid("text after the JSON object (a second object or prose)", JudgeReplyProblem.NotOneJsonObject)
        : ex.Message.Contains("Duplicate", StringComparison.OrdinalIgnoreCase) || ex.Message.Contains("duplicate", StringComparison.Ordinal) ? JudgeReply.Invalid("a property name appears twice in one object", JudgeReplyProblem.DuplicateProperty)
        : ex.Message.Contains("maximum configured depth", StringComparison.OrdinalIgnoreCase) ? JudgeReply.Invalid("the JSON is nested too deeply", JudgeReplyProblem.NotOneJsonObject)
        : JudgeReply.Invalid("the reply is not valid JSON", JudgeReplyProblem.NotOneJsonObject);

    [GeneratedRegex(@"\A```(?:json)?[ \t]*\r?\n(?<json>(?:(?!```)[\s\S])*)\r?\n```\z", RegexOptions.IgnoreCase)]
    private static partial Regex Fence();
}
