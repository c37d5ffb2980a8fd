namespace RestateEvals;

/// <summary>A criterion's graded score: the mean over samples, with the judge's reasons and the spread over samples.</summary>
/// <param name="Criterion">The rubric line.</param>
/// <param name="Score">Mean score over the (conclusive) samples, 1-5.</param>
/// <param name="Reasons">The judge's reason per sample.</param>
/// <param name="Evidence">The judge's evidence quote per sample.</param>
public sealed record CriterionResult(Criterion Criterion, double Score, IReadOnlyList<string> Reasons, IReadOnlyList<string> Evidence)
{
    /// <summary>The score of each (conclusive) sample, in sample order; empty when not recorded, and then <see cref="Min"/>, <see cref="Mean"/> and <see cref="Max"/> are <see cref="Score"/>.</summary>
    public IReadOnlyList<int> SampleScores { get; init; } = [];

    /// <summary>Lowest score over the samples.</summary>
    public double Min => SampleScores.Count == 0 ? Score : SampleScores.Min();

    /// <summary>Mean score over the samples (the same as <see cref="Score"/> when graded by <see cref="Grader"/>).</summary>
    public double Mean => SampleScores.Count == 0 ? Score : SampleScores.Average();

    /// <summary>Highest score over the samples.</summary>
    public double Max => SampleScores.Count == 0 ? Score : SampleScores.Max();
}
