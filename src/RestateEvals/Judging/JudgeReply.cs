namespace RestateEvals;

/// <summary>The parsed judge output: either a score per criterion or the problem found.</summary>
/// <param name="Scores">Scores in rubric order; empty when <paramref name="Problem"/> is set.</param>
/// <param name="Problem">Why the output is unusable, or <see langword="null"/>.</param>
internal sealed record JudgeReply(IReadOnlyList<JudgeScore> Scores, string? Problem)
{
    /// <summary>A usable reply.</summary>
    public bool IsValid => Problem is null;

    internal static JudgeReply Invalid(string problem) => new([], problem);
}
