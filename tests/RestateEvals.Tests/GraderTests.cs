using FluentAssertions;

namespace RestateEvals.Tests;

public sealed class GraderTests
{
    private static readonly EvalCase Case = EvalCatalog.Get("VOS-01"); // four criteria

    private static JudgeOutcome Outcome(params int[] scores) =>
        JudgeOutcome.Conclusive([.. Case.Criteria.Select((c, i) => new JudgeScore(c.Id, scores[i], $"r{i}", string.Empty))], "raw", "judge");

    [Theory]
    [InlineData(new[] { 4, 4, 4, 4 }, VerdictStatus.Passed)] // mean exactly 4.0
    [InlineData(new[] { 5, 5, 3, 3 }, VerdictStatus.Passed)] // minimum exactly 3
    [InlineData(new[] { 5, 5, 5, 2 }, VerdictStatus.Failed)] // mean 4.25 but one criterion below 3
    [InlineData(new[] { 4, 4, 4, 3 }, VerdictStatus.Failed)] // mean 3.75
    [InlineData(new[] { 1, 1, 1, 1 }, VerdictStatus.Failed)]
    public void Passes_iff_mean_at_least_4_and_no_criterion_below_3(int[] scores, VerdictStatus expected)
    {
        Grader.Grade(Case, [Outcome(scores)], new GradingPolicy()).Status.Should().Be(expected);
    }

    [Fact]
    public void With_k_samples_a_criterion_scores_its_mean_over_samples()
    {
        var verdict = Grader.Grade(Case, [Outcome(5, 4, 2, 5), Outcome(5, 4, 4, 5), Outcome(5, 4, 3, 5)], new GradingPolicy { Samples = 3, Reducer = SampleReducer.MeanOfScores });
        verdict.Criteria.Select(c => c.Score).Should().Equal(5, 4, 3, 5);
        verdict.Mean.Should().Be(4.25);
        verdict.Minimum.Should().Be(3);
        verdict.Status.Should().Be(VerdictStatus.Passed);
        verdict.Criteria[2].Reasons.Should().Equal("r2", "r2", "r2");
        verdict.Criteria[2].SampleScores.Should().Equal(2, 4, 3);
        (verdict.Criteria[2].Min, verdict.Criteria[2].Mean, verdict.Criteria[2].Max).Should().Be((2.0, 3.0, 4.0));

        Grader.Grade(Case, [Outcome(5, 4, 2, 5), Outcome(5, 4, 4, 5), Outcome(5, 4, 3, 5)], new GradingPolicy { Samples = 3 })
            .Status.Should().Be(VerdictStatus.Failed, "by default every sample must pass, and the first has a 2");
    }

    [Fact]
    public void Thresholds_are_configurable()
    {
        var strict = new GradingPolicy { MinimumMean = 4.5, MinimumCriterionScore = 4 };
        Grader.Grade(Case, [Outcome(5, 5, 4, 4)], strict).Status.Should().Be(VerdictStatus.Passed);
        Grader.Grade(Case, [Outcome(5, 5, 5, 3)], strict).Status.Should().Be(VerdictStatus.Failed);
    }

    [Fact]
    public void Any_inconclusive_sample_makes_the_verdict_inconclusive()
    {
        var verdict = Grader.Grade(Case, [Outcome(5, 5, 5, 5), JudgeOutcome.Inconclusive("bad json", "{oops", "judge", InconclusiveReason.JudgeUnusable)], new GradingPolicy { Samples = 2 });
        verdict.Status.Should().Be(VerdictStatus.Inconclusive);
        verdict.Passed.Should().BeFalse();
        verdict.Problem.Should().Be("bad json");
        verdict.RawJudgeText.Should().Be("{oops");
        verdict.Mean.Should().BeNull();
    }

    [Fact]
    public void No_samples_is_inconclusive()
    {
        Grader.Grade(Case, [], new GradingPolicy()).Status.Should().Be(VerdictStatus.Inconclusive);
    }

    [Theory]
    [InlineData(0.5, 3, 1)]
    [InlineData(4, 6, 1)]
    [InlineData(4, 3, 0)]
    [InlineData(double.NaN, 3, 1)]
    public void Policy_values_are_validated(double mean, double minimum, int samples)
    {
        var act = () => new GradingPolicy { MinimumMean = mean, MinimumCriterionScore = minimum, Samples = samples }.Validate();
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Policy_describes_itself_invariantly()
    {
        new GradingPolicy().ToString().Should().Be("mean >= 4.0, every criterion >= 3");
        new GradingPolicy { MinimumMean = 4.25, MinimumCriterionScore = 3.5 }.ToString().Should().Be("mean >= 4.25, every criterion >= 3.5");
    }
}
