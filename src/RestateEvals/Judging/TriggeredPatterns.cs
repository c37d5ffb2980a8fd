using System.Text.RegularExpressions;

namespace RestateEvals;

/// <summary>
/// Anchored patterns tried only where one of their lead words (or trigger characters) starts: the text is scanned once,
/// word by word, and each word's first <see cref="KeyLength"/> characters select the few patterns that can start there.
/// Every pattern begins with <c>\G</c>, so it is one bounded attempt at that position (look-behinds still see the text
/// before it). This keeps the cost linear in the text and independent of the number of patterns, where one large
/// alternation would be tried at every position.
/// </summary>
/// <typeparam name="T">What a pattern stands for (a family, a rule).</typeparam>
internal sealed class TriggeredPatterns<T>
{
    /// <summary>How many leading characters of a word select its patterns (shorter words select by the whole word).</summary>
    public const int KeyLength = 4;

    private readonly Dictionary<string, List<(Regex Regex, T Tag)>> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(Regex Regex, T Tag)>>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly Dictionary<char, List<(Regex Regex, T Tag)>> _byChar = [];

    public TriggeredPatterns() => _lookup = _byKey.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The lookup keys (for tests).</summary>
    public IReadOnlyCollection<string> Keys => _byKey.Keys;

    /// <summary>
    /// Adds <paramref name="regex"/> (which must start with <c>\G</c>), tried where a word starts with one of
    /// <paramref name="leads"/>: a '|'-separated list of regex alternatives, each beginning with a literal word of
    /// lower-case letters or digits (at least <see cref="KeyLength"/> of them, or followed by <c>\</c>, <c>'</c>, <c>-</c>, <c>.</c> or nothing).
    /// </summary>
    public TriggeredPatterns<T> Add(Regex regex, string leads, T tag)
    {
        foreach (var lead in TopLevelAlternatives(leads))
        {
            var key = Key(lead);
            if (!_byKey.TryGetValue(key, out var list))
            {
                _byKey[key] = list = [];
            }

            if (!list.Exists(e => ReferenceEquals(e.Regex, regex)))
            {
                list.Add((regex, tag));
            }
        }

        return this;
    }

    /// <summary>Adds <paramref name="regex"/> (starting with <c>\G</c>), tried at every <paramref name="trigger"/> character.</summary>
    public TriggeredPatterns<T> AddAt(Regex regex, char trigger, T tag)
    {
        if (!_byChar.TryGetValue(trigger, out var list))
        {
            _byChar[trigger] = list = [];
        }

        list.Add((regex, tag));
        return this;
    }

    /// <summary>The leftmost match that <paramref name="accept"/> accepts, or <see langword="null"/>.</summary>
    public (Match Match, T Tag)? First(string text, Func<Match, T, bool> accept)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (_byChar.Count > 0 && _byChar.TryGetValue(c, out var atChar) && Try(atChar, text, i, accept) is { } found)
            {
                return found;
            }

            if (!char.IsLetterOrDigit(c) || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && char.IsLetterOrDigit(text[end]))
            {
                end++;
            }

            if (_lookup.TryGetValue(text.AsSpan(i, Math.Min(KeyLength, end - i)), out var atWord) && Try(atWord, text, i, accept) is { } match)
            {
                return match;
            }
        }

        return null;
    }

    private static (Match, T)? Try(List<(Regex Regex, T Tag)> candidates, string text, int at, Func<Match, T, bool> accept)
    {
        foreach (var (regex, tag) in candidates)
        {
            if (JudgeText.Match(regex, text, at) is { Success: true } match && accept(match, tag))
            {
                return (match, tag);
            }
        }

        return null;
    }

    private static string Key(string lead)
    {
        var letters = 0;
        while (letters < lead.Length && (char.IsAsciiLetterLower(lead[letters]) || char.IsAsciiDigit(lead[letters])))
        {
            letters++;
        }

        if (letters == 0 || (letters < KeyLength && letters < lead.Length && lead[letters] is not ('\\' or '\'' or '-' or '.')))
        {
            throw new ArgumentException($"A lead must start with a literal word: '{lead}'.", nameof(lead));
        }

        return lead[..Math.Min(KeyLength, letters)];
    }

    private static IEnumerable<string> TopLevelAlternatives(string leads)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < leads.Length; i++)
        {
            switch (leads[i])
            {
                case '\\':
                    i++;
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                case '|' when depth == 0:
                    yield return leads[start..i];
                    start = i + 1;
                    break;
            }
        }

        yield return leads[start..];
    }
}
