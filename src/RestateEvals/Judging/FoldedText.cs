using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;

namespace RestateEvals;

/// <summary>
/// Untrusted text folded for pattern matching, with every folded character mapped back to its source span: invalid
/// UTF-16 replaced, HTML entities decoded, NFKC (full-width and mathematical letters), diacritics removed ("Prüfer" ->
/// "prufer"), invisible characters (zero-width, soft hyphen, bidi controls) removed, Unicode tag characters read as the
/// ASCII they smuggle, Cyrillic and Greek look-alike letters folded to ASCII, curly quotes and dashes unified, white
/// space collapsed (new lines kept) and, optionally, fenced code blocks and inline code spans blanked. Never throws.
/// </summary>
internal sealed class FoldedText
{
    private static readonly ConcurrentDictionary<char, string> Folds = new();
    private static readonly Dictionary<char, char> LookAlikes = BuildLookAlikes();
    private readonly int[] _starts;
    private readonly int[] _ends;

    private FoldedText(string source, string cased, int[] starts, int[] ends)
    {
        Source = source;
        Cased = cased;
        Text = cased.ToLowerInvariant();
        _starts = starts;
        _ends = ends;
    }

    /// <summary>The original text.</summary>
    public string Source { get; }

    /// <summary>The folded text, case kept.</summary>
    public string Cased { get; }

    /// <summary>The folded text in lower case (the same length and offsets as <see cref="Cased"/>).</summary>
    public string Text { get; }

    /// <summary>Folds <paramref name="source"/>; with <paramref name="stripCode"/>, closed code fences and inline code spans are blanked.</summary>
    public static FoldedText Create(string source, bool stripCode)
    {
        ArgumentNullException.ThrowIfNull(source);
        var units = new Builder(source.Length);
        for (var i = 0; i < source.Length;)
        {
            var c = source[i];
            if (c == '&' && Entity(source, i) is { } entity)
            {
                units.AddAll(entity.Decoded, i, i + entity.Length);
                i += entity.Length;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]))
            {
                units.AddPair(c, source[i + 1], i);
                i += 2;
            }
            else
            {
                units.Add(c, i, i + 1);
                i++;
            }
        }

        var cased = units.Chars.ToString();
        var blank = stripCode ? CodeMask(cased) : null;
        var final = new Builder(cased.Length);
        var space = -1;
        for (var i = 0; i < cased.Length; i++)
        {
            var c = blank is not null && blank[i] && cased[i] != '\n' ? ' ' : cased[i];
            if (c != '\n' && char.IsWhiteSpace(c))
            {
                space = space < 0 ? i : space;
                continue;
            }

            if (space >= 0 && c != '\n' && final.Chars.Length > 0 && final.Chars[^1] != '\n')
            {
                final.Append(' ', units.Starts[space], units.Ends[space]);
            }

            space = -1;
            final.Append(c, units.Starts[i], units.Ends[i]);
        }

        return new FoldedText(source, final.Chars.ToString(), [.. final.Starts], [.. final.Ends]);
    }

    /// <summary>The source text behind <paramref name="length"/> folded characters from <paramref name="index"/>, trimmed.</summary>
    public string Passage(int index, int length)
    {
        if (length <= 0 || index < 0 || index + length > _starts.Length)
        {
            return string.Empty;
        }

        return Source[_starts[index].._ends[index + length - 1]].Trim();
    }

    private static (string Decoded, int Length)? Entity(string source, int at)
    {
        var end = source.IndexOf(';', at + 1, Math.Min(34, source.Length - at - 1));
        if (end < 0)
        {
            return null;
        }

        for (var k = at + 1; k < end; k++)
        {
            if (!char.IsAsciiLetterOrDigit(source[k]) && !(k == at + 1 && source[k] == '#'))
            {
                return null;
            }
        }

        var token = source[at..(end + 1)];
        var decoded = WebUtility.HtmlDecode(token);
        return decoded == token ? null : (decoded, token.Length);
    }

    /// <summary>True for characters inside closed code fences (the fence lines too) and inline code spans.</summary>
    private static bool[] CodeMask(string text)
    {
        var mask = new bool[text.Length];
        var lines = new List<(int Start, int End)>();
        for (var start = 0; start <= text.Length;)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            lines.Add((start, end));
            start = end + 1;
        }

        var failed = new Dictionary<char, int>();
        for (var line = 0; line < lines.Count; line++)
        {
            var (fenceChar, fenceLength, _) = Fence(text, lines[line]);
            if (fenceLength >= 3 && !(failed.TryGetValue(fenceChar, out var shortest) && fenceLength >= shortest))
            {
                var closer = -1;
                for (var next = line + 1; next < lines.Count; next++)
                {
                    var (c, length, bare) = Fence(text, lines[next]);
                    if (c == fenceChar && length >= fenceLength && bare)
                    {
                        closer = next;
                        break;
                    }
                }

                if (closer >= 0)
                {
                    Array.Fill(mask, true, lines[line].Start, lines[closer].End - lines[line].Start);
                    line = closer;
                    continue;
                }

                failed[fenceChar] = fenceLength;
            }

            InlineCode(text, lines[line], mask);
        }

        return mask;
    }

    /// <summary>The fence character and run length at the start of a line, and whether nothing but white space follows the run.</summary>
    private static (char Char, int Length, bool Bare) Fence(string text, (int Start, int End) line)
    {
        var i = line.Start;
        while (i < line.End && text[i] is ' ' or '\t')
        {
            i++;
        }

        if (i == line.End || text[i] is not ('`' or '~'))
        {
            return ('\0', 0, false);
        }

        var c = text[i];
        var run = i;
        while (run < line.End && text[run] == c)
        {
            run++;
        }

        var rest = run;
        while (rest < line.End && char.IsWhiteSpace(text[rest]))
        {
            rest++;
        }

        return (c, run - i, rest == line.End);
    }

    private static void InlineCode(string text, (int Start, int End) line, bool[] mask)
    {
        HashSet<int>? unmatched = null;
        for (var i = line.Start; i < line.End;)
        {
            if (text[i] != '`')
            {
                i++;
                continue;
            }

            var run = Run(text, i, line.End);
            var closing = -1;
            if (unmatched is null || !unmatched.Contains(run))
            {
                for (var k = i + run; k < line.End;)
                {
                    if (text[k] != '`')
                    {
                        k++;
                        continue;
                    }

                    var other = Run(text, k, line.End);
                    if (other == run)
                    {
                        closing = k;
                        break;
                    }

                    k += other;
                }
            }

            if (closing < 0)
            {
                (unmatched ??= []).Add(run);
                i += run;
                continue;
            }

            Array.Fill(mask, true, i, closing + run - i);
            i = closing + run;
        }
    }

    private static int Run(string text, int at, int end)
    {
        var k = at;
        while (k < end && text[k] == '`')
        {
            k++;
        }

        return k - at;
    }

    private static string Fold(char c) => Folds.GetOrAdd(c, static ch => FoldUncached(ch.ToString()));

    private static string FoldUncached(string unit)
    {
        var folded = new StringBuilder(unit.Length + 2);
        foreach (var c in JudgeText.NormalizeKC(unit))
        {
            if (JudgeText.IsInvisible(c))
            {
                continue;
            }

            if (c < '\u0080')
            {
                folded.Append(c);
                continue;
            }

            string decomposed;
            try
            {
                decomposed = char.IsSurrogate(c) ? c.ToString() : c.ToString().Normalize(NormalizationForm.FormD);
            }
            catch (ArgumentException)
            {
                decomposed = c.ToString();
            }

            foreach (var d in decomposed)
            {
                switch (CharUnicodeInfo.GetUnicodeCategory(d))
                {
                    case UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format:
                        continue;
                }

                if (d == 'ß')
                {
                    folded.Append("ss");
                }
                else if (JudgeText.IsDash(d))
                {
                    folded.Append('-');
                }
                else if (JudgeText.IsQuote(d))
                {
                    folded.Append(d is '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u00B4' or '\u2032' or '\uFF07' ? '\'' : d == '`' ? '`' : '"');
                }
                else
                {
                    folded.Append(LookAlikes.TryGetValue(d, out var ascii) ? ascii : d);
                }
            }
        }

        return folded.ToString();
    }

    private static Dictionary<char, char> BuildLookAlikes()
    {
        var map = new Dictionary<char, char>();
        void Add(string from, string to)
        {
            for (var i = 0; i < from.Length; i++)
            {
                map[from[i]] = to[i];
            }
        }

        Add("\u0430\u0435\u043E\u0440\u0441\u0443\u0445\u0456\u0458\u0455\u0501\u04BB\u051B\u051D\u04CF\u043A\u043C\u043D\u0442\u0432\u0261\u0251\u0269\u0131\u03F2\u03F3", "aeopcyxijsdhqwlkmhtbgaiicj"); // Cyrillic and Latin look-alikes, lower case
        Add("\u0410\u0412\u0415\u0405\u0406\u0408\u041A\u041C\u041D\u041E\u0420\u0421\u0422\u0423\u0425\u0500\u04BA\u051A\u051C\u04C0", "ABESIJKMHOPCTYXDHQWI"); // Cyrillic upper case
        Add("\u0391\u0392\u0395\u0396\u0397\u0399\u039A\u039C\u039D\u039F\u03A1\u03A4\u03A5\u03A7", "ABEZHIKMNOPTYX"); // Greek upper case
        Add("\u03BF\u03B1\u03B5\u03B9\u03BA\u03BD\u03C1\u03C4\u03C5\u03C7", "oaeikvptux"); // Greek lower case
        return map;
    }

    /// <summary>Folded characters with their source spans.</summary>
    private sealed class Builder(int capacity)
    {
        public StringBuilder Chars { get; } = new(capacity);

        public List<int> Starts { get; } = new(capacity);

        public List<int> Ends { get; } = new(capacity);

        public void Append(char c, int start, int end)
        {
            Chars.Append(c);
            Starts.Add(start);
            Ends.Add(end);
        }

        /// <summary>One source character (never half a surrogate pair).</summary>
        public void Add(char c, int start, int end)
        {
            if (c < '\u0080')
            {
                Append(c, start, end);
            }
            else if (char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                Append(JudgeText.Replacement, start, end);
            }
            else
            {
                foreach (var f in Fold(c))
                {
                    Append(f, start, end);
                }
            }
        }

        public void AddPair(char high, char low, int start)
        {
            var codePoint = char.ConvertToUtf32(high, low);
            if (codePoint is >= 0xE0020 and <= 0xE007E)
            {
                Append((char)(codePoint - 0xE0000), start, start + 2); // a tag character smuggling ASCII
                return;
            }

            if (CharUnicodeInfo.GetUnicodeCategory(codePoint) == UnicodeCategory.Format)
            {
                return;
            }

            foreach (var f in FoldUncached(new string([high, low])))
            {
                Append(f, start, start + 2);
            }
        }

        /// <summary>Decoded text (an entity) standing for one source span.</summary>
        public void AddAll(string text, int start, int end)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    foreach (var f in FoldUncached(text.Substring(i, 2)))
                    {
                        Append(f, start, end);
                    }

                    i++;
                }
                else
                {
                    Add(text[i], start, end);
                }
            }
        }
    }
}
