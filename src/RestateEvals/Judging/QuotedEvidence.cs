using System.Text;

namespace RestateEvals;

/// <summary>
/// Checks that a judge's evidence is a quote of the answer: after normalising case, white space, quotes (including
/// backticks) and dashes, every fragment (fragments may be joined by "…" or "...") occurs in the answer, in order,
/// and has at least 4 characters, 8 in all.
/// </summary>
internal static class QuotedEvidence
{
    /// <summary>True when <paramref name="evidence"/> is quoted from <paramref name="answer"/>.</summary>
    public static bool IsQuotedFrom(string evidence, string answer)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(answer);
        var fragments = evidence.Replace("...", "…", StringComparison.Ordinal).Split('…').Select(Normalize).Where(f => f.Length > 0).ToList();
        if (fragments.Count == 0 || fragments.Any(f => f.Length < 4) || fragments.Sum(f => f.Length) < 8)
        {
            return false;
        }

        var text = Normalize(answer);
        var from = 0;
        foreach (var fragment in fragments)
        {
            var at = text.IndexOf(fragment, from, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            from = at + fragment.Length;
        }

        return true;
    }

    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (c is '"' or '\'' or '`' or '‘' or '’' or '‚' or '‛' or '“' or '”' or '„' or '«' or '»' or '´')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c is '‐' or '‑' or '‒' or '–' or '—' or '―' or '−' ? '-' : char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
