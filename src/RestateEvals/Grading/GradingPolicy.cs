namespace RestateEvals;

/// <summary>
/// When a case passes: the mean of its criterion scores reaches <see cref="MinimumMean"/> and no criterion is below
/// <see cref="MinimumCriterionScore"/>. With k &gt; 1 <see cref="Samples"/>, each sample is graded by that rule and the
/// <see cref="Reducer"/> decides the case.
/// </summary>
public sealed class GradingPolicy
{
    /// <summary>Lowest passing mean of all criterion scores, 1-5. Default: 4.0.</summary>
    public double MinimumMean { get; set; } = 4.0;

    /// <summary>Lowest passing score of any one criterion, 1-5. Default: 3.</summary>
    public double MinimumCriterionScore { get; set; } = 3.0;

    /// <summary>Answers sampled per case (k), each graded on its own; see <see cref="Reducer"/>. Default: 1.</summary>
    public int Samples { get; set; } = 1;

    /// <summary>
    /// How the per-sample verdicts become the case verdict: <see cref="SampleReducer.AllSamplesPass"/> (pass^k),
    /// <see cref="SampleReducer.Majority"/>, <see cref="SampleReducer.AtLeast"/> or <see cref="SampleReducer.MeanOfScores"/>.
    /// Default: <see cref="SampleReducer.AllSamplesPass"/>.
    /// </summary>
    public SampleReducer Reducer { get; set; } = SampleReducer.AllSamplesPass;

    /// <summary>What an inconclusive sample does to the case. Default: <see cref="InconclusiveSampleHandling.CaseInconclusive"/>.</summary>
    public InconclusiveSampleHandling InconclusiveSamples { get; set; } = InconclusiveSampleHandling.CaseInconclusive;

    /// <summary>Throws when a value is out of range.</summary>
    public void Validate()
    {
        if (double.IsNaN(MinimumMean) || MinimumMean is < 1 or > 5)
        {
            throw new ArgumentOutOfRangeException(nameof(MinimumMean), MinimumMean, "GradingPolicy.MinimumMean must be between 1 and 5.");
        }

        if (double.IsNaN(MinimumCriterionScore) || MinimumCriterionScore is < 1 or > 5)
        {
            throw new ArgumentOutOfRangeException(nameof(MinimumCriterionScore), MinimumCriterionScore, "GradingPolicy.MinimumCriterionScore must be between 1 and 5.");
        }

        if (Samples is < 1 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(Samples), Samples, "GradingPolicy.Samples must be between 1 and 100.");
        }

        if (Reducer is null)
        {
            throw new ArgumentNullException(nameof(Reducer), "GradingPolicy.Reducer must be set.");
        }

        if (Reducer.MinimumPasses is { } m && m > Samples)
        {
            throw new ArgumentOutOfRangeException(nameof(Reducer), Reducer, $"GradingPolicy.Reducer {Reducer} needs more passing samples than GradingPolicy.Samples ({Samples}).");
        }

        if (!Enum.IsDefined(InconclusiveSamples))
        {
            throw new ArgumentOutOfRangeException(nameof(InconclusiveSamples), InconclusiveSamples, "GradingPolicy.InconclusiveSamples is not a known value.");
        }
    }

    /// <summary>
    /// Short text of the thresholds, e.g. <c>mean &gt;= 4.0, every criterion &gt;= 3</c>; with k &gt; 1 samples the
    /// reducer follows, e.g. <c>mean &gt;= 4.0, every criterion &gt;= 3; all 2 samples must pass</c>.
    /// </summary>
    public override string ToString()
    {
        var rule = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"mean >= {MinimumMean:0.0#}, every criterion >= {MinimumCriterionScore:0.##}");
        if (Samples <= 1 || Reducer is null)
        {
            return rule;
        }

        var inconclusive = InconclusiveSamples switch
        {
            InconclusiveSampleHandling.CountAsFailed => ", inconclusive samples count as failed",
            InconclusiveSampleHandling.Ignore => ", inconclusive samples ignored",
            _ => string.Empty,
        };
        return $"{rule}; {Reducer.Describe(Samples)}{inconclusive}";
    }
}
