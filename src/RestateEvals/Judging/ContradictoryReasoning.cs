using System.Text.RegularExpressions;

namespace RestateEvals;

/// <summary>
/// A deterministic check for a judge item whose reasoning condemns the answer while its score passes it (4 or 5):
/// "the answer is wrong", "gives incorrect advice", "should fail". Such a reply is contradictory, never a pass: it is
/// re-asked and then inconclusive. Only verdicts on the answer itself count; "correctly says the mutex is wrong" does not.
/// </summary>
internal static partial class ContradictoryReasoning
{
    /// <summary>The condemning passage of <paramref name="reasoning"/> when <paramref name="score"/> is 4 or 5; otherwise <see langword="null"/>.</summary>
    public static string? Find(int score, string reasoning)
    {
        ArgumentNullException.ThrowIfNull(reasoning);
        if (score < 4)
        {
            return null;
        }

        var match = Pattern().Match(reasoning);
        return match.Success ? match.Value.Trim() : null;
    }

    [GeneratedRegex(@"\b(?:the |this )?(?:answer|response|advice|reply)\s+(?:is|was)\s+(?:entirely |completely |simply |factually |clearly |plainly |largely |mostly )?(?:wrong|incorrect|false|inaccurate|misleading|mistaken|dangerous|harmful)\b|\b(?:gives|recommends|suggests|offers|contains)\s+(?:\w+\s+)?(?:wrong|incorrect|false|bad|dangerous|harmful)\s+(?:advice|guidance|fix|recommendation|information)\b|\b(?:should|must|would)\s+(?:fail|be failed|score low|get a low score)\b|\b(?:wrong|incorrect|failing)\s+answer\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
