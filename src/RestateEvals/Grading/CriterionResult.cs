namespace RestateEvals;

/// <summary>A criterion's graded score: the mean over samples, with the judge's reasons.</summary>
/// <param name="Criterion">The rubric line.</param>
/// <param name="Score">Mean score over samples, 1-5.</param>
/// <param name="Reasons">The judge's reason per sample.</param>
/// <param name="Evidence">The judge's evidence quote per sample.</param>
public sealed record CriterionResult(Criterion Criterion, double Score, IReadOnlyList<string> Reasons, IReadOnlyList<string> Evidence);
