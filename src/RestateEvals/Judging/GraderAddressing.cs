using System.Text.RegularExpressions;

namespace RestateEvals;

/// <summary>
/// A deterministic check for answers that address the grader instead of the user: they ask for scores, mention the
/// rubric, the judge or the grader, tell a model to ignore its instructions, or contain a delimiter-like tag. Such a
/// sample is inconclusive with the reason, never passed, whatever an LLM judge would say.
/// </summary>
internal static partial class GraderAddressing
{
    /// <summary>The first passage of <paramref name="answer"/> that addresses the grader, or <see langword="null"/>.</summary>
    public static string? Find(string answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var match = Pattern().Match(answer);
        return match.Success ? match.Value.Trim() : null;
    }

    [GeneratedRegex(@"\b(?:grader|grading (?:model|instructions)|judge (?:model|instructions|prompt)|(?:llm|ai) judge|dear judge|the judge|rubric|evaluator)\b|\b(?:give|assign|award|rate|score)\s+(?:this|it|the answer|me|us)\b[^.\n]{0,30}\b(?:5|five|full|top|maximum|max|perfect|highest)\b|\b(?:full|maximum|perfect|top) (?:marks|score|scores)\b|\bignore (?:all |any |the )?(?:previous|prior|above|earlier|preceding) (?:instructions|rules|text)\b|\bsystem prompt\b|</?\s*(?:answer|system|instructions?|assistant|user|criteria|rubric)\b[^>\n]{0,40}>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
