using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace RestateEvals;

/// <summary>
/// The case files' evidence and red-flag patterns, compiled once per process. A gap written <c>[^.]</c> never crosses
/// the end of a sentence (<c>. ; </c>or a new line), and a match may contain a negation or a clause-breaking
/// conjunction ("not", "n't", "but", "because", "and keep"...) only where the pattern spells that word out: "mutex is
/// not redundant" does not match <c>mutex[^.]{0,40}redundant</c>. So a negation can only sit outside a match, where
/// <see cref="ClauseReader"/> reads it.
/// </summary>
internal static partial class ChecklistPatterns
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(2);
    private static readonly ConcurrentDictionary<string, ChecklistPattern> Compiled = new(StringComparer.Ordinal);

    /// <summary>The compiled form of <paramref name="pattern"/>.</summary>
    /// <exception cref="ArgumentException">The pattern is not a valid regular expression.</exception>
    public static ChecklistPattern Get(string pattern) => Compiled.GetOrAdd(pattern, static p => new ChecklistPattern(
        new Regex(p.Replace("[^.]", "[^.;\n]", StringComparison.Ordinal), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled, MatchTimeout),
        [.. Breaker().Matches(p).Select(m => Token(m.Value))]));

    /// <summary>Matches of <paramref name="regex"/> in <paramref name="text"/> that cross no negation or clause break the pattern does not spell out.</summary>
    public static IEnumerable<Match> Matches(Regex regex, HashSet<string> allowed, string text)
    {
        var position = 0;
        while (position <= text.Length)
        {
            var match = regex.Match(text, position);
            if (!match.Success)
            {
                yield break;
            }

            if (Breaker().Matches(match.Value).All(b => allowed.Contains(Token(b.Value))))
            {
                yield return match;
                position = match.Index + Math.Max(1, match.Length);
            }
            else
            {
                position = match.Index + 1;
            }
        }
    }

    private static string Token(string value)
    {
        var lower = value.ToLowerInvariant().Replace('’', '\'');
        return lower.EndsWith("n't", StringComparison.Ordinal) ? "n't" : lower.Split(' ', '\t', '\n')[0];
    }

    /// <summary>Words that a gap may not swallow: negations and clause-breaking conjunctions.</summary>
    [GeneratedRegex(@"\b(?:not|no|never|nothing|without|cannot|neither|nor|but|because|since|while|whereas|although|though|however)\b|\w+n['’]t\b|\b(?:and|then)\s+(?:just\s+|simply\s+|also\s+)?(?:keep|use|add|switch|move|wrap|rely|call|deploy|register|cancel|kill|resume|run|send|make|put|set|write|read|remove|drop|delete|restart|wipe|clear|retry|let|leave|schedule|store|persist|flush|cache|increase|reconcile)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Breaker();
}
