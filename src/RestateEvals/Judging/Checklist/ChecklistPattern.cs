using System.Text.RegularExpressions;

namespace RestateEvals;

/// <summary>One compiled case-file pattern and the negations or conjunctions it spells out itself.</summary>
internal sealed class ChecklistPattern(Regex regex, HashSet<string> allowedBreakers)
{
    /// <summary>The matches in <paramref name="text"/> that swallow no other negation or clause break.</summary>
    public IEnumerable<Match> Matches(string text) => ChecklistPatterns.Matches(regex, allowedBreakers, text);
}
