namespace RestateEvals;

/// <summary>Turns judge outcomes for k samples into a <see cref="Verdict"/>.</summary>
public static class Grader
{
    /// <summary>
    /// Grades <paramref name="outcomes"/> (one per sample): any inconclusive outcome makes the verdict inconclusive;
    /// otherwise a criterion's score is its mean over samples and the case passes iff the mean of those scores is at
    /// least <see cref="GradingPolicy.MinimumMean"/> and none is below <see cref="GradingPolicy.MinimumCriterionScore"/>.
    /// </summary>
    public static Verdict Grade(EvalCase evalCase, IReadOnlyList<JudgeOutcome> outcomes, GradingPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(evalCase);
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(policy);
        policy.Validate();
        if (outcomes.Count == 0)
        {
            return Inconclusive(policy, "no sample was judged", null);
        }

        var broken = outcomes.FirstOrDefault(o => !o.IsConclusive);
        if (broken is not null)
        {
            return Inconclusive(policy, broken.Problem!, broken.RawText);
        }

        var criteria = evalCase.Criteria.Select(c =>
        {
            var scores = outcomes.Select(o => o.Scores.SingleOrDefault(s => s.CriterionId == c.Id)
                ?? throw new ArgumentException($"A conclusive outcome lacks criterion '{c.Id}' of {evalCase.Id}.", nameof(outcomes))).ToList();
            return new CriterionResult(c, scores.Average(s => s.Score), [.. scores.Select(s => s.Reason)], [.. scores.Select(s => s.Evidence)]);
        }).ToList();

        var mean = criteria.Average(c => c.Score);
        var minimum = criteria.Min(c => c.Score);
        var passed = mean >= policy.MinimumMean - 1e-9 && minimum >= policy.MinimumCriterionScore - 1e-9;
        return new Verdict
        {
            Status = passed ? VerdictStatus.Passed : VerdictStatus.Failed,
            Criteria = criteria,
            Policy = policy,
            Mean = mean,
            Minimum = minimum,
        };
    }

    /// <summary>An inconclusive verdict with the reason and the judge's raw text.</summary>
    public static Verdict Inconclusive(GradingPolicy policy, string problem, string? rawJudgeText) => new()
    {
        Status = VerdictStatus.Inconclusive,
        Criteria = [],
        Policy = policy,
        Problem = problem,
        RawJudgeText = rawJudgeText,
    };
}
