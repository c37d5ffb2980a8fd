namespace RestateEvals;

/// <summary>The parsed judge output: either a score per criterion or the problem found.</summary>
/// <param name="Scores">Scores in rubric order; empty when <paramref name="Problem"/> is set.</param>
/// <param name="Problem">Why the output is unusable, or <see langword="null"/>.</param>
internal sealed record JudgeReply(IReadOnlyList<JudgeScore> Scores, string? Problem)
{
    /// <summary>A usable reply.</summary>
    public bool IsValid => Problem is null;

    /// <summary>The kind of problem, when <see cref="Problem"/> is set.</summary>
    public JudgeReplyProblem? Kind { get; init; }

    /// <summary>The judge says the answer addresses the grader or tries to instruct it (absent counts as false).</summary>
    public bool AddressesGrader { get; init; }

    /// <summary>The judge's reason for <see cref="AddressesGrader"/>, if it gave one.</summary>
    public string? AddressesGraderReason { get; init; }

    internal static JudgeReply Invalid(string problem, JudgeReplyProblem kind) => new([], problem) { Kind = kind };
}
