namespace RestateEvals;

/// <summary>Checks that a case file is complete enough to grade with.</summary>
internal static class EvalCaseValidator
{
    public static void Validate(EvalCase c, string source)
    {
        Require(!string.IsNullOrWhiteSpace(c.Id), source, "id is missing");
        Require(!string.IsNullOrWhiteSpace(c.Title), source, "title is missing");
        Require(!string.IsNullOrWhiteSpace(c.Input), source, "input is missing");
        Require(!string.IsNullOrWhiteSpace(c.IdealBehavior), source, "idealBehavior is missing");
        Require(c.Criteria is { Count: >= 3 and <= 5 }, source, $"needs 3-5 criteria, has {c.Criteria?.Count ?? 0}");
        Require(c.Criteria!.Select(x => x.Id).Distinct(StringComparer.Ordinal).Count() == c.Criteria!.Count, source, "criterion ids are not unique");
        foreach (var criterion in c.Criteria!)
        {
            Require(!string.IsNullOrWhiteSpace(criterion.Id), source, "a criterion has no id");
            Require(!string.IsNullOrWhiteSpace(criterion.Description), source, $"criterion '{criterion.Id}' has no description");
            Require(criterion.Anchors is not null, source, $"criterion '{criterion.Id}' needs \"anchors\" for the scores 5, 4, 3, 2 and 1");
            foreach (var score in new[] { 5, 4, 3, 2, 1 })
            {
                Require(!string.IsNullOrWhiteSpace(criterion.Anchors!.For(score)), source, $"criterion '{criterion.Id}' has no anchor for score {score}");
            }

            foreach (var pattern in criterion.Evidence.Concat(criterion.RedFlags))
            {
                try
                {
                    _ = ChecklistPatterns.Get(pattern);
                }
                catch (ArgumentException ex)
                {
                    throw new InvalidDataException($"{source}: criterion '{criterion.Id}' has an invalid pattern '{pattern}': {ex.Message}", ex);
                }
            }
        }
    }

    private static void Require(bool condition, string source, string problem)
    {
        if (!condition)
        {
            throw new InvalidDataException($"{source}: {problem}.");
        }
    }
}
