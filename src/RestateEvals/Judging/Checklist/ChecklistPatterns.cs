using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace RestateEvals;

/// <summary>
/// The case files' evidence and red-flag patterns, compiled once per process. A gap written <c>[^.]</c> in a pattern
/// is narrowed so it never crosses a negation word, a clause-breaking conjunction ("but", "because", "and keep"...) or the end of a sentence (<c>;</c>, a new line): "mutex is not
/// redundant" does not match <c>mutex[^.]{0,40}redundant</c>, so a negation can only sit outside a match, where
/// <see cref="ClauseReader"/> reads it, or be spelled out in the pattern itself.
/// </summary>
internal static class ChecklistPatterns
{
    /// <summary>A gap character: never the start of a negation word or of a clause-breaking conjunction (see <see cref="ClauseReader"/>).</summary>
    private const string NegationFreeChar = @"(?:(?!\b(?:not|no|never|nothing|without|cannot|neither|nor|but|because|since|while|whereas|although|though|however|(?:and|then)\s+(?:just\s+|simply\s+|also\s+)?(?:keep|use|add|switch|move|wrap|rely|call|deploy|register|cancel|kill|resume|run|send|make|put|set|write|read|remove|drop|delete|restart|wipe|clear|retry|let|leave|schedule|store|persist|flush|cache|increase|reconcile))\b|n['’]t\b)[^.;\n])";

    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);
    private static readonly ConcurrentDictionary<string, Regex> Compiled = new(StringComparer.Ordinal);

    /// <summary>The compiled form of <paramref name="pattern"/>.</summary>
    /// <exception cref="ArgumentException">The pattern is not a valid regular expression.</exception>
    public static Regex Get(string pattern) => Compiled.GetOrAdd(pattern, static p => new Regex(
        p.Replace("[^.]", NegationFreeChar, StringComparison.Ordinal),
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled,
        MatchTimeout));
}
