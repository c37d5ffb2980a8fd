using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace RestateEvals;

/// <summary>
/// Safe text primitives for the deterministic judge checks (<see cref="QuotedEvidence"/>, <see cref="GraderAddressing"/>,
/// <see cref="ContradictoryReasoning"/>): answers and judge replies are untrusted, so nothing here throws on any UTF-16
/// input (lone surrogates and the non-characters U+FFFE/U+FFFF, on which <see cref="string.Normalize()"/> throws, are
/// replaced with U+FFFD first).
/// </summary>
internal static class JudgeText
{
    /// <summary>The replacement character for invalid UTF-16.</summary>
    public const char Replacement = '\uFFFD';

    /// <summary><paramref name="text"/> with lone surrogates, U+FFFE and U+FFFF replaced by U+FFFD (the same instance when there are none).</summary>
    public static string Sanitize(string text)
    {
        var first = FirstInvalid(text);
        if (first < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = first; i < chars.Length; i++)
        {
            var c = chars[i];
            if (char.IsHighSurrogate(c) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                chars[i] = Replacement;
            }
        }

        return new string(chars);
    }

    /// <summary>NFKC of <paramref name="text"/> after <see cref="Sanitize"/>; never throws (the sanitised text when normalisation fails).</summary>
    public static string NormalizeKC(string text)
    {
        var safe = Sanitize(text);
        if (Ascii.IsValid(safe))
        {
            return safe;
        }

        try
        {
            return safe.IsNormalized(NormalizationForm.FormKC) ? safe : safe.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            return safe;
        }
    }

    /// <summary>True for invisible formatting characters (zero-width space/joiners, word joiner, BOM, soft hyphen, bidi controls...).</summary>
    public static bool IsInvisible(char c) =>
        c >= '\u00AD' && (c == '\u00AD' || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format);

    /// <summary>True for the dash and minus characters that are read as '-'.</summary>
    public static bool IsDash(char c) =>
        c is '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\u2043' or '\u2E3A' or '\u2E3B' or '\uFE58' or '\uFE63' or '\uFF0D';

    /// <summary>True for straight, curly, low-9, guillemet, prime and backtick quote characters.</summary>
    public static bool IsQuote(char c) =>
        c is '"' or '\'' or '`' or '\u00B4' or '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u201C' or '\u201D' or '\u201E' or '\u201F'
            or '\u00AB' or '\u00BB' or '\u2039' or '\u203A' or '\u2032' or '\u2033' or '\u301D' or '\u301E' or '\u301F' or '\uFF02' or '\uFF07';

    /// <summary>
    /// <see cref="Regex.Match(string)"/> that never throws: a match timeout is retried once (the first call of a large
    /// source-generated regex includes its JIT compilation, which can exceed the timeout on a busy machine), then read as no match.
    /// </summary>
    public static Match? Match(Regex regex, string input) => Match(regex, input, 0);

    /// <summary><see cref="Regex.Match(string, int)"/> from <paramref name="startat"/>, with the same timeout handling as <see cref="Match(Regex, string)"/>.</summary>
    public static Match? Match(Regex regex, string input, int startat)
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            try
            {
                return regex.Match(input, startat);
            }
            catch (RegexMatchTimeoutException)
            {
            }
        }

        return null;
    }

    /// <summary><see cref="System.Text.RegularExpressions.Match.NextMatch"/> with the same timeout handling as <see cref="Match(Regex, string)"/>.</summary>
    public static Match? Next(Match match)
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            try
            {
                return match.NextMatch();
            }
            catch (RegexMatchTimeoutException)
            {
            }
        }

        return null;
    }

    /// <summary><see cref="Regex.IsMatch(string)"/> with the same timeout handling as <see cref="Match(Regex, string)"/>; false on a second timeout.</summary>
    public static bool IsMatch(Regex regex, string input)
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            try
            {
                return regex.IsMatch(input);
            }
            catch (RegexMatchTimeoutException)
            {
            }
        }

        return false;
    }

    private static int FirstInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < '\uD800')
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                return i;
            }
        }

        return -1;
    }
}
