using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace RestateEvals;

/// <summary>
/// A deterministic, offline judge: per criterion, counts the case file's evidence patterns and looks for red flags
/// that are not negated ("do not add a mutex" is not recommending one). A cheap pre-screen and the judge used when
/// no LLM judge is configured. It checks wording, not understanding: treat its passes as a floor, not a grade.
/// </summary>
public sealed partial class ChecklistJudge : IJudge
{
    /// <summary>The name reported as <see cref="JudgeOutcome.JudgeName"/>.</summary>
    public const string Name = "checklist";

    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    /// <inheritdoc />
    public Task<JudgeOutcome> JudgeAsync(EvalCase evalCase, string answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(evalCase);
        ArgumentNullException.ThrowIfNull(answer);
        cancellationToken.ThrowIfCancellationRequested();
        var scores = evalCase.Criteria.Select(c => Score(c, answer)).ToList();
        var raw = JsonSerializer.Serialize(new { criteria = scores.Select(s => new { id = s.CriterionId, score = s.Score, reason = s.Reason, evidence = s.Evidence }) });
        return Task.FromResult(JudgeOutcome.Conclusive(scores, raw, Name));
    }

    /// <summary>
    /// Scores one criterion: 1 on a red flag in a sentence with no negation up to the end of the match,
    /// else 5/4/3/2 when all/at least half/some/none of the evidence patterns match.
    /// </summary>
    public static JudgeScore Score(Criterion criterion, string answer)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        ArgumentNullException.ThrowIfNull(answer);
        foreach (var flag in criterion.RedFlags)
        {
            var hit = FindUnnegated(flag, answer);
            if (hit is not null)
            {
                return new JudgeScore(criterion.Id, 1, $"Red flag: \"{hit}\" recommends what this criterion rules out.", hit);
            }
        }

        if (criterion.Evidence.Count == 0)
        {
            return new JudgeScore(criterion.Id, 4, "No red flags; the case file lists no evidence patterns for this criterion.", string.Empty);
        }

        var matches = criterion.Evidence.Select(p => (Pattern: p, Match: Regex.Match(answer, p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout))).ToList();
        var found = matches.Where(m => m.Match.Success).ToList();
        var score = found.Count == matches.Count ? 5 : found.Count * 2 >= matches.Count ? 4 : found.Count > 0 ? 3 : 2;
        var missing = matches.Where(m => !m.Match.Success).Select(m => $"/{m.Pattern}/").ToList();
        var reason = string.Create(CultureInfo.InvariantCulture, $"Found {found.Count} of {matches.Count} expected points; no red flags.")
            + (missing.Count > 0 ? $" Missing: {string.Join(", ", missing)}." : string.Empty);
        return new JudgeScore(criterion.Id, score, reason, found.Count > 0 ? found[0].Match.Value : string.Empty);
    }

    private static string? FindUnnegated(string pattern, string answer)
    {
        foreach (var sentence in SentenceBreak().Split(answer))
        {
            foreach (Match match in Regex.Matches(sentence, pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout))
            {
                if (!Negation().IsMatch(sentence[..(match.Index + match.Length)]))
                {
                    return match.Value;
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?<=[.!?])\s+|\n+")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\b(not|no|never|don't|dont|doesn't|isn't|aren't|won't|can't|cannot|shouldn't|avoid|avoids|avoiding|instead of|rather than|without|unnecessary|needless|no need|mistake|wrong|anti-?pattern|myth|misconception|drop|remove|forbid|forbids|rejects?|false)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negation();
}
