namespace RestateEvals;

/// <summary>The checklist's decision on one criterion of one answer.</summary>
/// <param name="CriterionId">The criterion.</param>
/// <param name="Decision">Met, not met, or unsure.</param>
/// <param name="Score">5 or 4 when met, 1 when not met, 3 when unsure (never used to pass an answer).</param>
/// <param name="Reason">Why, naming the matched or missing patterns.</param>
/// <param name="Quote">The text that decided it; empty when nothing matched.</param>
public sealed record ChecklistFinding(string CriterionId, ChecklistDecision Decision, int Score, string Reason, string Quote)
{
    /// <summary>This finding as a judge score.</summary>
    public JudgeScore ToScore() => new(CriterionId, Score, Reason, Quote);
}
