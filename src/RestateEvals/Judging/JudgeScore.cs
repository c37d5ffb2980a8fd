namespace RestateEvals;

/// <summary>A judge's score for one criterion of one answer.</summary>
/// <param name="CriterionId">The <see cref="Criterion.Id"/> scored.</param>
/// <param name="Score">1 (poor) to 5 (excellent).</param>
/// <param name="Reason">Why the judge gave that score.</param>
/// <param name="Evidence">A short quote from the answer supporting the score; may be empty.</param>
public sealed record JudgeScore(string CriterionId, int Score, string Reason, string Evidence);
