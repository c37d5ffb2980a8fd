using System.Net;
using System.Text;

namespace RestateEvals;

/// <summary>
/// Checks that a judge's evidence is a genuine quote of the answer. Both sides are normalised identically: invalid
/// UTF-16 replaced, HTML entities decoded, NFKC, invisible characters and soft hyphens removed, markdown dropped
/// (emphasis, inline-code backticks, code-fence lines, list bullets, heading marks, blockquotes, link targets), quotes
/// removed, dashes unified, case folded and white space collapsed. The whole evidence may occur as it is; otherwise
/// its fragments (split at "…" or "...") must each occur, in any order. Every fragment must carry meaning on its own
/// (three words or one identifier-like token), start at a word boundary, and not be a strict part of a negated clause
/// whose negation it leaves out ("serialize exclusive handlers" from "Restate does not serialize exclusive handlers").
/// </summary>
internal static class QuotedEvidence
{
    /// <summary>True when <paramref name="evidence"/> is quoted from <paramref name="answer"/>; see <see cref="For"/> to check several against one answer.</summary>
    public static bool IsQuotedFrom(string evidence, string answer) => For(answer).IsQuoted(evidence);

    /// <summary>The normalised <paramref name="answer"/>, computed once, against which evidence is checked.</summary>
    public static QuotableAnswer For(string answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return new QuotableAnswer(answer);
    }

    /// <summary>Normalises <paramref name="text"/> as both sides are; <paramref name="breaks"/> receives the offsets of line breaks.</summary>
    internal static string Normalize(string text, List<int>? breaks)
    {
        var source = JudgeText.Sanitize(text);
        if (source.Contains('&', StringComparison.Ordinal))
        {
            source = WebUtility.HtmlDecode(source);
        }

        source = JudgeText.NormalizeKC(source);
        var writer = new Writer(new StringBuilder(source.Length), breaks);
        var lineStart = 0;
        while (true)
        {
            var lineEnd = source.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = source.Length;
            }

            Line(source, lineStart, lineEnd, ref writer);
            if (lineEnd == source.Length)
            {
                break;
            }

            writer.Break();
            lineStart = lineEnd + 1;
        }

        return writer.Builder.ToString();
    }

    private static void Line(string s, int start, int end, ref Writer writer)
    {
        var i = SkipSpace(s, start, end);
        if (i + 3 <= end && (string.CompareOrdinal(s, i, "```", 0, 3) == 0 || string.CompareOrdinal(s, i, "~~~", 0, 3) == 0))
        {
            return; // a code-fence line: ```ts, ~~~
        }

        while (i < end)
        {
            var c = s[i];
            if (c == '>')
            {
                i = SkipSpace(s, i + 1, end);
            }
            else if (c == '#' && After(s, i, end, '#', 6) is var h && (h == end || IsSpace(s[h])))
            {
                i = SkipSpace(s, h, end);
            }
            else if (c is '-' or '*' or '+' && (i + 1 == end || IsSpace(s[i + 1])))
            {
                i = SkipSpace(s, i + 1, end);
            }
            else if (char.IsAsciiDigit(c) && After(s, i, end, c, 9, digits: true) is var d && d < end && s[d] is '.' or ')' && (d + 1 == end || IsSpace(s[d + 1])))
            {
                i = SkipSpace(s, d + 1, end);
            }
            else
            {
                break;
            }
        }

        for (; i < end; i++)
        {
            var c = s[i];
            switch (c)
            {
                case '*':
                case '[':
                    continue;
                case '~' when (i + 1 < end && s[i + 1] == '~') || (i > start && s[i - 1] == '~'):
                    continue;
                case '_' when !(i > start && char.IsLetterOrDigit(s[i - 1]) && i + 1 < end && char.IsLetterOrDigit(s[i + 1])):
                    continue;
                case '!' when i + 1 < end && s[i + 1] == '[':
                    continue;
                case ']':
                    if (i + 1 < end && s[i + 1] == '(')
                    {
                        var k = i + 2;
                        while (k < end && s[k] != ')' && !IsSpace(s[k]))
                        {
                            k++;
                        }

                        i = k < end && s[k] == ')' ? k : k - 1; // the link target, or what is left of it
                    }

                    continue;
            }

            if (JudgeText.IsQuote(c) || JudgeText.IsInvisible(c))
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                writer.Space();
                continue;
            }

            writer.Append(JudgeText.IsDash(c) ? '-' : c);
        }
    }

    private static int After(string s, int i, int end, char same, int max, bool digits = false)
    {
        var k = i;
        while (k < end && k - i < max && (digits ? char.IsAsciiDigit(s[k]) : s[k] == same))
        {
            k++;
        }

        return k;
    }

    private static int SkipSpace(string s, int i, int end)
    {
        while (i < end && IsSpace(s[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsSpace(char c) => char.IsWhiteSpace(c);

    /// <summary>Appends normalised characters, collapsing white space and recording line breaks.</summary>
    private struct Writer(StringBuilder builder, List<int>? breaks)
    {
        private bool _space;
        private bool _break;

        public readonly StringBuilder Builder => builder;

        public void Space() => _space = true;

        public void Break() => _break = true;

        public void Append(char c)
        {
            if (builder.Length > 0 && (_space || _break))
            {
                if (_break)
                {
                    breaks?.Add(builder.Length);
                }

                builder.Append(' ');
            }

            _space = _break = false;
            builder.Append(c);
        }
    }

    /// <summary>An answer normalised once, with its clause breaks and negation words, against which evidence is checked.</summary>
    internal sealed class QuotableAnswer
    {
        private const string Edge = " .,;:!?()";
        private static readonly HashSet<string> NegationWords = new(StringComparer.Ordinal)
        {
            "not", "no", "never", "cannot", "without", "neither", "nor", "none", "nothing", "nobody", "nowhere",
            "cant", "dont", "doesnt", "didnt", "wont", "wouldnt", "isnt", "arent", "wasnt", "werent", "shouldnt", "couldnt",
            "hasnt", "havent", "hadnt", "mustnt", "neednt", "aint", "shant", "mightnt",
        };

        /// <summary>Negations that also reach back to what precedes them ("X does not", "X is never"): not "no", "without"...</summary>
        private static readonly HashSet<string> BackwardNegationWords = new(StringComparer.Ordinal)
        {
            "not", "never", "cannot", "cant", "dont", "doesnt", "didnt", "wont", "wouldnt", "isnt", "arent", "wasnt", "werent",
            "shouldnt", "couldnt", "hasnt", "havent", "hadnt", "mustnt", "neednt", "aint", "shant", "mightnt",
        };

        private static readonly HashSet<string> ClauseWords = new(StringComparer.Ordinal)
        {
            "but", "however", "although", "though", "whereas", "while", "because", "since", "yet",
        };

        /// <summary>Words after which a following negation belongs to another predicate ("X and does not Y").</summary>
        private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal)
        {
            "and", "or", "then", "which", "who", "that", "where", "when", "so", "if", "unless", "until",
        };

        private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NegationLookup = NegationWords.GetAlternateLookup<ReadOnlySpan<char>>();
        private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BackwardNegationLookup = BackwardNegationWords.GetAlternateLookup<ReadOnlySpan<char>>();
        private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseWordLookup = ClauseWords.GetAlternateLookup<ReadOnlySpan<char>>();
        private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> JoinerLookup = Joiners.GetAlternateLookup<ReadOnlySpan<char>>();

        private readonly string _text;
        private readonly List<(int Start, int End)> _clauseBreaks = [];
        private readonly List<(int Start, int End)> _negations = [];
        private readonly List<(int Start, int End)> _backwardNegations = [];
        private readonly List<int> _joiners = [];

        public QuotableAnswer(string answer)
        {
            var lineBreaks = new List<int>();
            _text = Normalize(answer, lineBreaks).ToLowerInvariant();
            Index(lineBreaks);
        }

        /// <summary>True when <paramref name="evidence"/> is a genuine quote of this answer.</summary>
        public bool IsQuoted(string? evidence)
        {
            if (string.IsNullOrEmpty(evidence))
            {
                return false;
            }

            var cased = Normalize(evidence, null);
            var lower = cased.ToLowerInvariant();
            var (start, end) = Trim(lower, 0, lower.Length);
            if (!HasWord(lower, start, end))
            {
                return false;
            }

            if (Holds(cased, lower, start, end))
            {
                return true;
            }

            var fragments = 0;
            var from = start;
            while (from <= end)
            {
                var dots = lower.IndexOf("...", from, end - from, StringComparison.Ordinal);
                var pieceEnd = dots < 0 ? end : dots;
                var (s, e) = Trim(lower, from, pieceEnd);
                if (HasWord(lower, s, e))
                {
                    if (dots < 0 && fragments == 0)
                    {
                        return false; // no ellipsis: the whole evidence was the only fragment
                    }

                    fragments++;
                    if (!Holds(cased, lower, s, e))
                    {
                        return false;
                    }
                }

                if (dots < 0)
                {
                    break;
                }

                from = dots + 3;
            }

            return fragments > 0;
        }

        private bool Holds(string cased, string lower, int start, int end) =>
            Meaningful(cased.AsSpan(start, end - start)) && Occurs(lower.Substring(start, end - start));

        private bool Occurs(string fragment)
        {
            var from = 0;
            while (from <= _text.Length - fragment.Length)
            {
                var at = _text.IndexOf(fragment, from, StringComparison.Ordinal);
                if (at < 0)
                {
                    return false;
                }

                if (Acceptable(at, at + fragment.Length))
                {
                    return true;
                }

                from = at + 1;
            }

            return false;
        }

        /// <summary>An occurrence starts at a word boundary and leaves no negation of its clause out.</summary>
        private bool Acceptable(int start, int end)
        {
            if (char.IsLetterOrDigit(_text[start]) && start > 0 && char.IsLetterOrDigit(_text[start - 1]))
            {
                return false;
            }

            var clauseStart = 0;
            var before = LastEndingBy(_clauseBreaks, start);
            if (before >= 0)
            {
                clauseStart = _clauseBreaks[before].End;
            }

            var after = FirstStartingFrom(_clauseBreaks, end);
            var clauseEnd = after < _clauseBreaks.Count ? _clauseBreaks[after].Start : _text.Length;

            var negation = FirstStartingFrom(_negations, clauseStart);
            if (negation < _negations.Count && _negations[negation].End <= start)
            {
                return false;
            }

            if (FirstStartingFrom(_clauseBreaks, start) < after)
            {
                return true; // the fragment spans clauses: what follows its last, cut clause is not part of its claim
            }

            var joiner = _joiners.BinarySearch(end);
            joiner = joiner < 0 ? ~joiner : joiner;
            var limit = joiner < _joiners.Count ? Math.Min(clauseEnd, _joiners[joiner]) : clauseEnd;
            var backward = FirstStartingFrom(_backwardNegations, end);
            return !(backward < _backwardNegations.Count && _backwardNegations[backward].End <= limit);
        }

        private void Index(List<int> lineBreaks)
        {
            var text = _text;
            var nextBreak = 0;
            for (var i = 0; i < text.Length; i++)
            {
                while (nextBreak < lineBreaks.Count && lineBreaks[nextBreak] < i)
                {
                    nextBreak++;
                }

                var c = text[i];
                if ((nextBreak < lineBreaks.Count && lineBreaks[nextBreak] == i)
                    || c is ',' or ';' or ':' or '(' or ')'
                    || (c is '.' or '!' or '?' && (i + 1 == text.Length || text[i + 1] == ' '))
                    || (c == '-' && i > 0 && text[i - 1] == ' ' && i + 1 < text.Length && text[i + 1] == ' '))
                {
                    _clauseBreaks.Add((i, i + 1));
                    continue;
                }

                if (!char.IsLetter(c) || (i > 0 && char.IsLetter(text[i - 1])))
                {
                    continue;
                }

                var wordEnd = i + 1;
                while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
                {
                    wordEnd++;
                }

                var word = text.AsSpan(i, wordEnd - i);
                if (ClauseWordLookup.Contains(word))
                {
                    _clauseBreaks.Add((i, wordEnd));
                }
                else if (NegationLookup.Contains(word))
                {
                    _negations.Add((i, wordEnd));
                    if (BackwardNegationLookup.Contains(word))
                    {
                        _backwardNegations.Add((i, wordEnd));
                    }
                }
                else if (JoinerLookup.Contains(word))
                {
                    _joiners.Add(i);
                }

                i = wordEnd - 1;
            }
        }

        /// <summary>The index of the last span ending at or before <paramref name="offset"/>, or -1.</summary>
        private static int LastEndingBy(List<(int Start, int End)> spans, int offset)
        {
            int low = 0, high = spans.Count - 1, found = -1;
            while (low <= high)
            {
                var mid = (low + high) >>> 1;
                if (spans[mid].End <= offset)
                {
                    found = mid;
                    low = mid + 1;
                }
                else
                {
                    high = mid - 1;
                }
            }

            return found;
        }

        /// <summary>The index of the first span starting at or after <paramref name="offset"/> (the count when none).</summary>
        private static int FirstStartingFrom(List<(int Start, int End)> spans, int offset)
        {
            int low = 0, high = spans.Count;
            while (low < high)
            {
                var mid = (low + high) >>> 1;
                if (spans[mid].Start < offset)
                {
                    low = mid + 1;
                }
                else
                {
                    high = mid;
                }
            }

            return low;
        }

        private static (int Start, int End) Trim(string text, int start, int end)
        {
            while (start < end && Edge.Contains(text[start], StringComparison.Ordinal))
            {
                start++;
            }

            while (end > start && Edge.Contains(text[end - 1], StringComparison.Ordinal))
            {
                end--;
            }

            return (start, end);
        }

        private static bool HasWord(string text, int start, int end)
        {
            for (var i = start; i < end; i++)
            {
                if (char.IsLetterOrDigit(text[i]))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>At least three words, or one identifier-like token (ctx.set, sys_inbox, getBalance, RT0017, --deployment).</summary>
        private static bool Meaningful(ReadOnlySpan<char> fragment)
        {
            var words = 0;
            foreach (var range in fragment.Split(' '))
            {
                var token = fragment[range].TrimStart("(\"").TrimEnd(".,;:!?)\"");
                if (!HasLetterOrDigit(token))
                {
                    continue;
                }

                if (++words >= 3 || IsIdentifierLike(token))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool HasLetterOrDigit(ReadOnlySpan<char> token)
        {
            foreach (var c in token)
            {
                if (char.IsLetterOrDigit(c))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsIdentifierLike(ReadOnlySpan<char> token)
        {
            if (token.Length > 2 && token[0] == '-' && token[1] == '-' && char.IsLetter(token[2]))
            {
                return true;
            }

            int alphanumerics = 0, letters = 0, digits = 0;
            var shaped = false;
            for (var k = 0; k < token.Length; k++)
            {
                var c = token[k];
                letters += char.IsLetter(c) ? 1 : 0;
                digits += char.IsDigit(c) ? 1 : 0;
                alphanumerics += char.IsLetterOrDigit(c) ? 1 : 0;
                var afterWord = k > 0 && char.IsLetterOrDigit(token[k - 1]);
                var beforeWord = k + 1 < token.Length && char.IsLetterOrDigit(token[k + 1]);
                shaped |= (c is '.' or '_' or '/' or ':' or '-' && afterWord && beforeWord)
                    || (c == '(' && afterWord)
                    || (char.IsLower(c) && k + 1 < token.Length && char.IsUpper(token[k + 1]));
            }

            return alphanumerics >= 4 && (shaped || (letters > 0 && digits > 0));
        }
    }
}
