using System.Text.RegularExpressions;

namespace RestateEvals;

/// <summary>
/// Reads the clause around a pattern match, on both sides of it: is the match stated, negated, hedged, set aside or
/// undecidable? A sentence ends at <c>. ! ?</c> followed by white space, at <c>;</c> or at a new line; clauses break
/// at commas, colons, dashes, parentheses, subordinating words ("but", "so", "because"...), "and"/"then" before a
/// verb ("drop the Redis plan | and keep the mutex") and "with" after "replace" ("replace the mutex | with a lock").
/// </summary>
internal static partial class ClauseReader
{
    /// <summary>The polarity of a match and the clause (absolute offsets) it was read in.</summary>
    public readonly record struct Reading(Polarity Polarity, int ClauseStart, int ClauseEnd);

    /// <summary>Reads the match at <paramref name="index"/> of <paramref name="length"/> characters in <paramref name="text"/>.</summary>
    public static Reading Read(string text, int index, int length)
    {
        var sentenceStart = SentenceStart(text, index);
        var sentenceEnd = SentenceEnd(text, index + length);
        var sentence = text[sentenceStart..sentenceEnd];
        var (start, end) = (index - sentenceStart, index + length - sentenceStart);
        var (clauseStart, clauseEnd, contrasted) = (0, sentence.Length, false);
        foreach (Match clauseBreak in ClauseBreak().Matches(sentence))
        {
            if (clauseBreak.Index + clauseBreak.Length <= start)
            {
                clauseStart = clauseBreak.Index + clauseBreak.Length;
            }
            else if (clauseBreak.Index >= end)
            {
                clauseEnd = Math.Min(clauseEnd, clauseBreak.Index);
                contrasted |= Contrast().IsMatch(clauseBreak.Value);
            }
        }

        var reading = (Polarity polarity) => new Reading(polarity, sentenceStart + clauseStart, sentenceStart + clauseEnd);
        var before = sentence[clauseStart..start];
        var after = sentence[end..clauseEnd];
        if ((sentenceEnd < text.Length && text[sentenceEnd] == '?') || Attribution().IsMatch(before))
        {
            return reading(Polarity.SetAside);
        }

        var hedged = Hedge().IsMatch(before) || Hedge().IsMatch(after);
        if (hedged && contrasted)
        {
            return reading(Polarity.SetAside);
        }

        var forward = Forward().Matches(before);
        var negations = forward.Count + Both().Count(before) + Both().Count(after) + Backward().Count(after);
        if (forward.Any(m => m.Value.Equals("nor", StringComparison.OrdinalIgnoreCase)) && forward.Any(m => m.Value.Equals("neither", StringComparison.OrdinalIgnoreCase)))
        {
            negations--; // "neither X nor Y" negates Y once
        }

        return reading(negations switch
        {
            0 => hedged ? Polarity.Hedged : Polarity.Affirmed,
            1 => Polarity.Negated,
            _ => Polarity.Undecided,
        });
    }

    private static int SentenceStart(string text, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (text[i] is '\n' or ';' || (text[i] is '.' or '!' or '?' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1])))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static int SentenceEnd(string text, int end)
    {
        for (var i = end; i < text.Length; i++)
        {
            if (text[i] is '\n' or ';' || (text[i] is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]))))
            {
                return i;
            }
        }

        return text.Length;
    }

    [GeneratedRegex(@"[,:()]|\s[-–—]\s|—|\b(?:but|so|because|since|while|whereas|although|though|yet|however|otherwise|except)\b|\b(?:and|then)\b(?=\s+(?:just\s+|simply\s+|also\s+)?(?:keep|use|add|switch|move|wrap|rely|call|deploy|register|cancel|kill|resume|run|send|make|put|set|write|read|remove|drop|delete|restart|wipe|clear|retry|let|leave|schedule|store|persist|flush|cache|increase|reconcile)\b)|(?<=\breplac(?:e|ing)\b[^,;.]{0,60})\bwith\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"^\W*(?:but|yet|however|though|although|except)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Contrast();

    /// <summary>Negate whatever they share a clause with: "not", "no", "never", "n't", "only if".</summary>
    [GeneratedRegex(@"\b(?:not|no|never|nothing|none|cannot)\b|n[’']t\b|\bonly (?:if|when)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Both();

    /// <summary>Negate what follows them: "instead of a lock", "avoid a mutex", "remove the mutex".</summary>
    [GeneratedRegex(@"\b(?:instead of|rather than|unlike|without|avoid(?:s|ing)?|stop(?:s|ping)?|drop(?:s|ping)?|remov(?:e|es|ing)|get(?:ting)? rid of|replac(?:e|es|ing)|skip(?:s|ping)?|forget|neither|nor|against)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Forward();

    /// <summary>Negate what precedes them: "the mutex is redundant", "keeping it is a mistake".</summary>
    [GeneratedRegex(@"\b(?:unnecessary|needless|redundant|pointless|useless|harmful|overkill|counterproductive|a mistake|wrong|an anti-?pattern|a myth|a misconception|false|a bad idea|removed|dropped)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Backward();

    /// <summary>Someone else's plan, not the writer's advice: "your plan to persist every 100 increments".</summary>
    [GeneratedRegex(@"\b(?:your|the user's|your team(?:mate)?'s)\s+(?:own\s+)?(?:plan|idea|approach|proposal|assumption|suggestion|teammate|colleague)|\byou(?:'re| are) planning\b|\byou planned\b|\byou assumed\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Attribution();

    /// <summary>Hypothetical or concessive: set aside when a "but" follows, otherwise never a definite red flag.</summary>
    [GeneratedRegex(@"\b(?:would|might|could|may|in other (?:frameworks|systems|runtimes)|elsewhere|traditionally|normally|usually|typically|tempting|at first glance|strictly speaking|you'd|it seems|seems like|think|thought|assume|assumed)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Hedge();
}
