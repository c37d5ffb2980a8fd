namespace RestateEvals;

/// <summary>When a case passes: the mean of its criterion scores reaches <see cref="MinimumMean"/> and no criterion is below <see cref="MinimumCriterionScore"/>.</summary>
public sealed class GradingPolicy
{
    /// <summary>Lowest passing mean of all criterion scores, 1-5. Default: 4.0.</summary>
    public double MinimumMean { get; set; } = 4.0;

    /// <summary>Lowest passing score of any one criterion, 1-5. Default: 3.</summary>
    public double MinimumCriterionScore { get; set; } = 3.0;

    /// <summary>Answers sampled per case (k); a criterion's score is its mean over the samples. Default: 1.</summary>
    public int Samples { get; set; } = 1;

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
    }

    /// <summary>Short text of the thresholds, e.g. <c>mean &gt;= 4.0, every criterion &gt;= 3</c>.</summary>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"mean >= {MinimumMean:0.0#}, every criterion >= {MinimumCriterionScore:0.##}");
}
