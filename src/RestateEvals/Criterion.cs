namespace RestateEvals;

/// <summary>One rubric line, scored 1-5 by a judge.</summary>
/// <param name="Id">Stable id, unique within its case (e.g. <c>no-app-lock</c>).</param>
/// <param name="Dimension">What the criterion measures.</param>
/// <param name="Description">What is being judged.</param>
/// <param name="Anchors">What an answer scoring 5, 4, 3, 2 and 1 looks like.</param>
public sealed record Criterion(string Id, Dimension Dimension, string Description, ScoreAnchors Anchors)
{
    /// <summary>
    /// Patterns (regular expressions, case-insensitive) whose affirmed presence is evidence the criterion is met; used
    /// by the advisory <see cref="Checklist"/>. A gap written <c>[^.]{m,n}</c> never spans a negation or the end of a clause.
    /// </summary>
    public IReadOnlyList<string> Evidence { get; init; } = [];

    /// <summary>Patterns that signal the wrong advice this criterion guards against, when affirmed ("add a mutex", not "do not add a mutex").</summary>
    public IReadOnlyList<string> RedFlags { get; init; } = [];

    /// <summary>
    /// A pass/fail criterion (e.g. <see cref="ExecutionCriterion"/>): a sample that scores it below 5 fails, and so does
    /// the case, whatever the other scores, the thresholds and the sample reducer say. Default: <see langword="false"/>.
    /// </summary>
    public bool MustPass { get; init; }
}
