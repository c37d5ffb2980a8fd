namespace RestateEvals;

/// <summary>How a <see cref="JudgePanel"/> combines its judges.</summary>
public sealed class JudgePanelOptions
{
    /// <summary>How the judges' scores for a criterion are combined. Default: <see cref="PanelAggregation.Median"/>.</summary>
    public PanelAggregation Aggregation { get; set; } = PanelAggregation.Median;

    /// <summary>Largest allowed spread (highest minus lowest judge score) on any criterion, 0-4. Default: 1.</summary>
    public int MaxSpread { get; set; } = 1;

    /// <summary>What a spread above <see cref="MaxSpread"/> does. Default: <see cref="PanelDisagreement.Inconclusive"/>.</summary>
    public PanelDisagreement Disagreement { get; set; } = PanelDisagreement.Inconclusive;

    /// <summary>Throws when a value is out of range.</summary>
    public void Validate()
    {
        if (!Enum.IsDefined(Aggregation))
        {
            throw new ArgumentOutOfRangeException(nameof(Aggregation), Aggregation, "JudgePanelOptions.Aggregation is not a known value.");
        }

        if (MaxSpread is < 0 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxSpread), MaxSpread, "JudgePanelOptions.MaxSpread must be between 0 and 4.");
        }

        if (!Enum.IsDefined(Disagreement))
        {
            throw new ArgumentOutOfRangeException(nameof(Disagreement), Disagreement, "JudgePanelOptions.Disagreement is not a known value.");
        }
    }
}
