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

    /// <summary>
    /// Why the verdict is what it is, in one line, e.g. <c>mean 2.67 (needs &gt;= 4.0), lowest 1 (needs &gt;= 3)</c>; with
    /// k &gt; 1 samples the pass rate and each sample that did not pass, e.g. <c>1 of 2 samples passed (needs all 2);
    /// sample 2 failed: mean 3 (needs &gt;= 4.0), lowest 1 (needs &gt;= 3)</c>.
    /// </summary>
    public static string Summary(Verdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        var samples = verdict.Samples;
        if (verdict.Status == VerdictStatus.Inconclusive)
        {
            var broken = samples.Count > 1 ? samples.FirstOrDefault(s => s.Status == VerdictStatus.Inconclusive) : null;
            return broken is null
                ? $"{verdict.Problem} (inconclusive is never a pass)"
                : string.Create(CultureInfo.InvariantCulture, $"sample {broken.Index + 1} of {samples.Count} inconclusive: {verdict.Problem} (inconclusive is never a pass)");
        }

        if (samples.Count <= 1)
        {
            return Rule(verdict.Mean!.Value, verdict.Minimum!.Value, verdict.Policy) + MustPassNote(verdict);
        }

        var policy = verdict.Policy;
        var inconclusive = samples.Count(s => s.Status == VerdictStatus.Inconclusive);
        var counted = policy.InconclusiveSamples == InconclusiveSampleHandling.Ignore ? samples.Count - inconclusive : samples.Count;
        var ignored = policy.InconclusiveSamples == InconclusiveSampleHandling.Ignore && inconclusive > 0
            ? string.Create(CultureInfo.InvariantCulture, $", {inconclusive} inconclusive ignored")
            : string.Empty;
        var text = new StringBuilder();
        if (policy.Reducer.RequiredPasses(counted, samples.Count) is { } required)
        {
            var needs = policy.Reducer.Kind switch
            {
                SampleReducerKind.AllSamplesPass => string.Create(CultureInfo.InvariantCulture, $"all {required}"),
                SampleReducerKind.Majority => string.Create(CultureInfo.InvariantCulture, $"a majority, {required} of {counted}"),
                _ => string.Create(CultureInfo.InvariantCulture, $"at least {required}"),
            };
            text.Append(PassRate(verdict)).Append(ignored).Append(" (needs ").Append(needs).Append(')');
        }
        else
        {
            text.Append(Rule(verdict.Mean!.Value, verdict.Minimum!.Value, policy))
                .Append(CultureInfo.InvariantCulture, $" over the criterion means of {samples.Count - inconclusive} samples; {PassRate(verdict)} on its own").Append(ignored);
        }

        foreach (var sample in samples.Where(s => !s.Passed))
        {
            text.Append(CultureInfo.InvariantCulture, $"; sample {sample.Index + 1} ");
            if (sample.Status == VerdictStatus.Failed)
            {
                text.Append("failed: ").Append(Rule(sample.Mean!.Value, sample.Minimum!.Value, policy));
            }
            else
            {
                text.Append(policy.InconclusiveSamples == InconclusiveSampleHandling.Ignore ? "inconclusive (ignored): " : "inconclusive (counted as failed): ").Append(sample.Problem);
            }
        }

        return text.Append(MustPassNote(verdict)).ToString();
    }

    /// <summary>For each must-pass criterion (<see cref="Criterion.MustPass"/>) that a sample missed: <c>; executes-correctly must pass (5) and scored 1</c>.</summary>
    private static string MustPassNote(Verdict verdict) => string.Concat(verdict.Criteria
        .Where(c => c.Criterion.MustPass && c.Min < 5)
        .Select(c => $"; {c.Criterion.Id} must pass (5) and scored {Score(c.Min)}, which fails the case whatever the other scores"));

    /// <summary>How many samples passed on their own, e.g. <c>1 of 2 samples passed</c>.</summary>
    public static string PassRate(Verdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        var count = verdict.Samples.Count;
        return string.Create(CultureInfo.InvariantCulture, $"{verdict.SamplesPassed} of {count} {(count == 1 ? "sample" : "samples")} passed");
    }

    /// <summary>
    /// A Markdown table with one row per sample: its verdict, its scores in rubric order, its mean and lowest score,
    /// marked when below the thresholds.
    /// </summary>
    public static string SampleTable(Verdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        var policy = verdict.Policy;
        var text = new StringBuilder("| Sample | Verdict | Scores | Mean | Lowest |\n| --- | --- | --- | --- | --- |\n");
        foreach (var s in verdict.Samples)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {s.Index + 1} | ");
            if (s.Status == VerdictStatus.Inconclusive)
            {
                text.Append("inconclusive: ").Append(Cell(s.Problem ?? string.Empty)).Append(" | - | - | - |\n");
                continue;
            }

            text.Append(s.Status.ToString().ToLowerInvariant()).Append(" | ").Append(string.Join(", ", s.Scores.Select(x => Score(x.Score))))
                .Append(" | ").Append(Score(s.Mean!.Value)).Append(Mark(s.Mean.Value, policy.MinimumMean))
                .Append(" | ").Append(Score(s.Minimum!.Value)).Append(Mark(s.Minimum.Value, policy.MinimumCriterionScore)).Append(" |\n");
        }

        return text.ToString();
    }

    /// <summary>
    /// A Markdown table: criterion, score, threshold, judge's reason, with a mark on criteria below the threshold. With
    /// k &gt; 1 samples the score is shown as min, mean and max over the samples, and the mark goes on the value the
    /// reducer grades (the mean for <see cref="SampleReducer.MeanOfScores"/>, the min otherwise).
    /// </summary>
    public static string Table(Verdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        var threshold = verdict.Policy.MinimumCriterionScore;
        if (verdict.Samples.Count <= 1)
        {
            var single = new StringBuilder("| Criterion | Score | Threshold | Reason | Quote |\n| --- | --- | --- | --- | --- |\n");
            foreach (var c in verdict.Criteria)
            {
                single.Append("| ").Append(c.Criterion.Id).Append(" | ").Append(Score(c.Score)).Append(Mark(c.Score, threshold))
                    .Append(" | >= ").Append(Score(threshold))
                    .Append(" | ").Append(Cell(string.Join(" / ", c.Reasons.Distinct(StringComparer.Ordinal))))
                    .Append(" | ").Append(Quotes(c.Evidence)).Append(" |\n");
            }

            return single.ToString();
        }

        var byMean = verdict.Policy.Reducer.Kind == SampleReducerKind.MeanOfScores;
        var scored = verdict.Samples.Where(s => s.Status != VerdictStatus.Inconclusive).ToList();
        var text = new StringBuilder("| Criterion | Min | Mean | Max | Threshold | Reason | Quote |\n| --- | --- | --- | --- | --- | --- | --- |\n");
        foreach (var (c, i) in verdict.Criteria.Select((c, i) => (c, i)))
        {
            var reasons = scored.Select(s => (s.Index, s.Scores[i].Reason)).ToList();
            var reason = reasons.Select(r => r.Reason).Distinct(StringComparer.Ordinal).Count() <= 1
                ? string.Join(" / ", c.Reasons.Distinct(StringComparer.Ordinal))
                : string.Join(" / ", reasons.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Index + 1}: {r.Reason}")));
            text.Append("| ").Append(c.Criterion.Id)
                .Append(" | ").Append(Score(c.Min)).Append(byMean ? string.Empty : Mark(c.Min, threshold))
                .Append(" | ").Append(Score(c.Mean)).Append(byMean ? Mark(c.Mean, threshold) : string.Empty)
                .Append(" | ").Append(Score(c.Max))
                .Append(" | >= ").Append(Score(threshold))
                .Append(" | ").Append(Cell(reason))
                .Append(" | ").Append(Quotes(c.Evidence)).Append(" |\n");
        }

        return text.ToString();
    }

    /// <summary>The full explanation: a headline with the summary, then <see cref="Details"/>; secrets scrubbed.</summary>
    public static string Describe(EvalResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var c = result.Case;
        return SecretScrubber.Scrub($"{c.Id} \"{c.Title}\" ({c.Severity.ToString().ToLowerInvariant()}): {result.Verdict.Status.ToString().ToLowerInvariant()}, {Summary(result.Verdict)}{FailedExecutionNote(result)}.\n\n{Details(result)}");
    }

    /// <summary>
    /// When the verdict is inconclusive but a sample's code failed on the server (a definite result the judge cannot
    /// change): <c>; the code failed on a real Restate server, so the case cannot pass whatever the judge says: …</c>.
    /// </summary>
    private static string FailedExecutionNote(EvalResult result) =>
        result.Verdict.Status == VerdictStatus.Inconclusive && result.FailedExecution is { } failed
            ? $"; the code failed on a real Restate server, so the case cannot pass whatever the judge says: {failed.Summary.TrimEnd('.')}"
            : string.Empty;

    /// <summary>
    /// The criterion table (or the judge's raw output when inconclusive), then the ideal behaviour; with k &gt; 1
    /// samples the sample table comes first.
    /// </summary>
    public static string Details(EvalResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var verdict = result.Verdict;
        var text = new StringBuilder();
        if (verdict.Samples.Count > 1)
        {
            text.Append(SampleTable(verdict)).Append('\n');
        }

        if (verdict.Status == VerdictStatus.Inconclusive)
        {
            text.Append("Raw judge output:\n").Append(string.IsNullOrEmpty(verdict.RawJudgeText) ? "(none)" : verdict.RawJudgeText).Append("\n\n");
        }
        else
        {
            text.Append(Table(verdict)).Append('\n');
        }

        foreach (var sample in result.Samples.Where(s => s.Execution is not null))
        {
            var execution = sample.Execution!;
            text.Append(result.Samples.Count > 1 ? string.Create(CultureInfo.InvariantCulture, $"Execution of sample {sample.Index + 1}: ") : "Execution: ")
                .Append(execution.Status.ToString().ToLowerInvariant()).Append(", ").Append(execution.Summary).Append('\n');
            foreach (var observation in execution.Observations)
            {
                text.Append("- ").Append(observation).Append('\n');
            }

            text.Append('\n');
        }

        return text.Append("Ideal behavior: ").Append(result.Case.IdealBehavior).Append('\n').ToString();
    }

    private static string Rule(double mean, double minimum, GradingPolicy policy) =>
        $"mean {Score(mean)} (needs >= {policy.MinimumMean.ToString("0.0#", CultureInfo.InvariantCulture)}), lowest {Score(minimum)} (needs >= {Score(policy.MinimumCriterionScore)})";

    private static string Mark(double value, double threshold) => value < threshold - 1e-9 ? " ✗" : string.Empty;

    /// <summary>The judge's evidence quotes (verified against the answer for scores of 4 and 5), each in quotes and at most 160 characters; "-" when none.</summary>
    private static string Quotes(IReadOnlyList<string> evidence)
    {
        var quotes = evidence.Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e.Trim()).Distinct(StringComparer.Ordinal)
            .Select(e => "\u201C" + (e.Length <= 160 ? e : e[..160] + "\u2026") + "\u201D").ToList();
        return quotes.Count == 0 ? "-" : Cell(string.Join(" / ", quotes));
    }

    /// <summary>Text made safe for one Markdown table cell: one line, pipes escaped.</summary>
    internal static string Cell(string text) => text.ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal);
}
