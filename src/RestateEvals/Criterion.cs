namespace RestateEvals;

/// <summary>One rubric line, scored 1-5 by a judge.</summary>
/// <param name="Id">Stable id, unique within its case (e.g. <c>no-app-lock</c>).</param>
/// <param name="Dimension">What the criterion measures.</param>
/// <param name="Description">What is being judged.</param>
/// <param name="Excellent">What an answer scoring 5 looks like.</param>
/// <param name="Poor">What an answer scoring 1 looks like.</param>
public sealed record Criterion(string Id, Dimension Dimension, string Description, string Excellent, string Poor)
{
    /// <summary>Patterns (regular expressions, case-insensitive) whose presence is evidence the criterion is met; used by <see cref="ChecklistJudge"/>.</summary>
    public IReadOnlyList<string> Evidence { get; init; } = [];

    /// <summary>Patterns that signal the wrong advice this criterion guards against, unless negated ("do not add a mutex").</summary>
    public IReadOnlyList<string> RedFlags { get; init; } = [];
}
