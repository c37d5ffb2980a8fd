namespace RestateEvals;

/// <summary>How a <see cref="JudgePanel"/> combines its judges' scores for one criterion.</summary>
public enum PanelAggregation
{
    /// <summary>The median score; with an even number of judges the lower of the two middle scores (scores are whole numbers, and a tie goes against the answer).</summary>
    Median,

    /// <summary>The lowest score: every judge must be satisfied.</summary>
    Minimum,
}
