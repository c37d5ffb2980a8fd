using System.Globalization;
using System.Text;

namespace RestateEvals;

/// <summary>Human-readable text of a result, shared by the assertion libraries and reports.</summary>
public static class VerdictFormatter
{
    /// <summary>Formats a score as <c>4</c> or <c>4.33</c>.</summary>
    public static string Score(double score) => score.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Formats a duration in seconds, e.g. <c>0.05</c> or <c>120</c>.</summary>
    public static string Seconds(TimeSpan duration) => duration.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>Why the verdict is what it is, in one line, e.g. <c>mean 2.67 (needs &gt;= 4.0), lowest 1 (needs &gt;= 3)</c>.</summary>
    public static string Summary(Verdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        return verdict.Status == VerdictStatus.Inconclusive
            ? $"{verdict.Problem} (inconclusive is never a pass)"
            : $"mean {Score(verdict.Mean!.Value)} (needs >= {verdict.Policy.MinimumMean.ToString("0.0#", CultureInfo.InvariantCulture)}), lowest {Score(verdict.Minimum!.Value)} (needs >= {Score(verdict.Policy.MinimumCriterionScore)})";
    }

    /// <summary>A Markdown table: criterion, score, threshold, judge's reason, with a mark on criteria below the threshold.</summary>
    public static string Table(Verdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        var text = new StringBuilder("| Criterion | Score | Threshold | Reason |\n| --- | --- | --- | --- |\n");
        foreach (var c in verdict.Criteria)
        {
            var mark = c.Score < verdict.Policy.MinimumCriterionScore - 1e-9 ? " ✗" : string.Empty;
            text.Append("| ").Append(c.Criterion.Id).Append(" | ").Append(Score(c.Score)).Append(mark)
                .Append(" | >= ").Append(Score(verdict.Policy.MinimumCriterionScore))
                .Append(" | ").Append(Cell(string.Join(" / ", c.Reasons.Distinct(StringComparer.Ordinal)))).Append(" |\n");
        }

        return text.ToString();
    }

    /// <summary>The full explanation: a headline with the summary, then <see cref="Details"/>; secrets scrubbed.</summary>
    public static string Describe(EvalResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var c = result.Case;
        return SecretScrubber.Scrub($"{c.Id} \"{c.Title}\" ({c.Severity.ToString().ToLowerInvariant()}): {result.Verdict.Status.ToString().ToLowerInvariant()}, {Summary(result.Verdict)}.\n\n{Details(result)}");
    }

    /// <summary>The criterion table (or the judge's raw output when inconclusive), then the ideal behaviour.</summary>
    public static string Details(EvalResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var verdict = result.Verdict;
        var text = new StringBuilder();
        if (verdict.Status == VerdictStatus.Inconclusive)
        {
            text.Append("Raw judge output:\n").Append(string.IsNullOrEmpty(verdict.RawJudgeText) ? "(none)" : verdict.RawJudgeText).Append("\n\n");
        }
        else
        {
            text.Append(Table(verdict)).Append('\n');
        }

        return text.Append("Ideal behavior: ").Append(result.Case.IdealBehavior).Append('\n').ToString();
    }

    /// <summary>Text made safe for one Markdown table cell: one line, pipes escaped.</summary>
    internal static string Cell(string text) => text.ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal);
}
