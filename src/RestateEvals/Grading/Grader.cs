namespace RestateEvals;

/// <summary>Turns judge outcomes for k samples into a <see cref="Verdict"/>.</summary>
public static class Grader
{
    private const double Epsilon = 1e-9;

    /// <summary>
    /// Grades <paramref name="outcomes"/> (one per sample). Each sample gets its own verdict by the rule: it passes iff
    /// the mean of its criterion scores is at least <see cref="GradingPolicy.MinimumMean"/> and none is below
    /// <see cref="GradingPolicy.MinimumCriterionScore"/>. <see cref="GradingPolicy.Reducer"/> then decides the case
    /// (default: every sample must pass); an inconclusive sample makes the case inconclusive unless
    /// <see cref="GradingPolicy.InconclusiveSamples"/> says otherwise, and a case with no conclusive sample is always
    /// inconclusive. <see cref="Verdict.Criteria"/> summarizes each criterion over the conclusive samples (mean, min, max).
    /// </summary>
    public static Verdict Grade(EvalCase evalCase, IReadOnlyList<JudgeOutcome> outcomes, GradingPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(evalCase);
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(policy);
        policy.Validate();
        if (outcomes.Count == 0)
        {
            return Inconclusive(policy, "no sample was judged", null, InconclusiveReason.Interrupted);
        }

        foreach (var outcome in outcomes)
        {
            ArgumentNullException.ThrowIfNull(outcome, nameof(outcomes));
            var missing = outcome.IsConclusive ? evalCase.Criteria.FirstOrDefault(c => outcome.Scores.Count(s => s.CriterionId == c.Id) != 1) : null;
            if (missing is not null)
            {
                throw new ArgumentException($"A conclusive outcome lacks criterion '{missing.Id}' of {evalCase.Id}.", nameof(outcomes));
            }
        }

        var samples = outcomes.Select((o, i) => GradeSample(evalCase, o, i, policy)).ToList();
        var broken = samples.FirstOrDefault(s => s.Status == VerdictStatus.Inconclusive);
        var conclusive = samples.Where(s => s.Status != VerdictStatus.Inconclusive).ToList();
        if (broken is not null && (policy.InconclusiveSamples == InconclusiveSampleHandling.CaseInconclusive || conclusive.Count == 0))
        {
            return Inconclusive(policy, broken.Problem!, broken.RawJudgeText, broken.Reason!.Value) with { Samples = samples };
        }

        var criteria = evalCase.Criteria.Select((c, i) =>
        {
            var scores = conclusive.Select(s => s.Scores[i]).ToList();
            return new CriterionResult(c, scores.Average(s => s.Score), [.. scores.Select(s => s.Reason)], [.. scores.Select(s => s.Evidence)])
            {
                SampleScores = [.. scores.Select(s => s.Score)],
            };
        }).ToList();

        var mean = criteria.Average(c => c.Score);
        var minimum = criteria.Min(c => c.Score);
        var counted = policy.InconclusiveSamples == InconclusiveSampleHandling.Ignore ? conclusive.Count : samples.Count;
        var passed = policy.Reducer.RequiredPasses(counted, samples.Count) is { } required
            ? samples.Count(s => s.Passed) >= required
            : MeetsRule(mean, minimum, policy) && (broken is null || policy.InconclusiveSamples == InconclusiveSampleHandling.Ignore);

        // A must-pass criterion (e.g. executes-correctly) missed by any sample fails the case, whatever the reducer says.
        passed &= !conclusive.Any(s => MissesMustPass(evalCase, s.Scores));
        return new Verdict
        {
            Status = passed ? VerdictStatus.Passed : VerdictStatus.Failed,
            Criteria = criteria,
            Policy = policy,
            Mean = mean,
            Minimum = minimum,
            Samples = samples,
        };
    }

    /// <summary>An inconclusive verdict with the reason, the problem in words and the judge's raw text.</summary>
    public static Verdict Inconclusive(GradingPolicy policy, string problem, string? rawJudgeText, InconclusiveReason reason) => new()
    {
        Status = VerdictStatus.Inconclusive,
        Criteria = [],
        Policy = policy,
        Problem = problem,
        Reason = reason,
        RawJudgeText = rawJudgeText,
    };

    private static SampleVerdict GradeSample(EvalCase evalCase, JudgeOutcome outcome, int index, GradingPolicy policy)
    {
        if (!outcome.IsConclusive)
        {
            return new SampleVerdict
            {
                Index = index,
                Status = VerdictStatus.Inconclusive,
                Scores = [],
                JudgeName = outcome.JudgeName,
                Problem = outcome.Problem,
                Reason = outcome.Reason,
                RawJudgeText = outcome.RawText,
            };
        }

        var scores = evalCase.Criteria.Select(c => outcome.Scores.Single(s => s.CriterionId == c.Id)).ToList();
        var mean = scores.Average(s => (double)s.Score);
        var minimum = scores.Min(s => s.Score);
        return new SampleVerdict
        {
            Index = index,
            Status = MeetsRule(mean, minimum, policy) && !MissesMustPass(evalCase, scores) ? VerdictStatus.Passed : VerdictStatus.Failed,
            Scores = scores,
            JudgeName = outcome.JudgeName,
            Mean = mean,
            Minimum = minimum,
        };
    }

    private static bool MissesMustPass(EvalCase evalCase, IReadOnlyList<JudgeScore> scores) =>
        evalCase.Criteria.Zip(scores).Any(pair => pair.First.MustPass && pair.Second.Score < 5);

    private static bool MeetsRule(double mean, double minimum, GradingPolicy policy) =>
        mean >= policy.MinimumMean - Epsilon && minimum >= policy.MinimumCriterionScore - Epsilon;
}
