using FluentAssertions;

namespace RestateEvals.Tests;

/// <summary>Item 8: with k &gt; 1 each sample is graded on its own, and a reducer decides the case.</summary>
public sealed class SampleGradingTests
{
    private static readonly EvalCase Case = EvalCatalog.Get("VOS-01"); // four criteria

    private static JudgeOutcome Outcome(params int[] scores) =>
        JudgeOutcome.Conclusive([.. Case.Criteria.Select((c, i) => new JudgeScore(c.Id, scores[i], $"r{i}", string.Empty))], "raw", "judge");

    private static JudgeOutcome Broken(string problem = "bad json") => JudgeOutcome.Inconclusive(problem, "{oops", "judge", InconclusiveReason.JudgeUnusable);

    private static readonly JudgeOutcome[] GoodAndBad = [Outcome(5, 5, 5, 5), Outcome(1, 1, 5, 5)];

    private static Verdict Grade(JudgeOutcome[] outcomes, SampleReducer? reducer = null, InconclusiveSampleHandling inconclusive = InconclusiveSampleHandling.CaseInconclusive) =>
        Grader.Grade(Case, outcomes, new GradingPolicy { Samples = outcomes.Length, Reducer = reducer ?? SampleReducer.AllSamplesPass, InconclusiveSamples = inconclusive });

    [Fact]
    public void The_default_reducer_is_all_samples_pass_and_one_bad_sample_fails_the_case()
    {
        new GradingPolicy().Reducer.Should().Be(SampleReducer.AllSamplesPass);
        new GradingPolicy().InconclusiveSamples.Should().Be(InconclusiveSampleHandling.CaseInconclusive);

        var verdict = Grader.Grade(Case, GoodAndBad, new GradingPolicy { Samples = 2 });

        verdict.Status.Should().Be(VerdictStatus.Failed, "[1,1,5,5] fails the rule, though the per-criterion means [3,3,5,5] would pass");
        verdict.Samples.Select(s => (s.Index, s.Status, s.Mean, s.Minimum)).Should().Equal((0, VerdictStatus.Passed, 5.0, 5.0), (1, VerdictStatus.Failed, 3.0, 1.0));
        verdict.Samples[1].Scores.Select(s => s.Score).Should().Equal(1, 1, 5, 5);
        verdict.SamplesPassed.Should().Be(1);
        verdict.PassRate.Should().Be(0.5);
        verdict.Criteria.Select(c => (c.Min, c.Mean, c.Max)).Should().Equal((1.0, 3.0, 5.0), (1.0, 3.0, 5.0), (5.0, 5.0, 5.0), (5.0, 5.0, 5.0));
        verdict.Criteria.Select(c => c.Score).Should().Equal(3, 3, 5, 5);
    }

    [Fact]
    public void A_one_to_one_tie_is_not_a_majority()
    {
        Grade(GoodAndBad, SampleReducer.Majority).Status.Should().Be(VerdictStatus.Failed, "1 of 2 is not more than half");
        Grade([Outcome(5, 5, 5, 5), Outcome(1, 1, 5, 5), Outcome(4, 4, 4, 4)], SampleReducer.Majority).Status.Should().Be(VerdictStatus.Passed, "2 of 3 is a majority");
        Grade([Outcome(5, 5, 5, 5), Outcome(1, 1, 5, 5), Outcome(4, 4, 4, 4), Outcome(1, 1, 1, 1)], SampleReducer.Majority).Status.Should().Be(VerdictStatus.Failed, "2 of 4 is a tie");
    }

    [Fact]
    public void Mean_of_scores_keeps_the_old_behaviour_and_passes_the_pair()
    {
        var verdict = Grade(GoodAndBad, SampleReducer.MeanOfScores);
        verdict.Status.Should().Be(VerdictStatus.Passed);
        verdict.Mean.Should().Be(4);
        verdict.Minimum.Should().Be(3);
        verdict.SamplesPassed.Should().Be(1, "sample verdicts are still reported");
    }

    [Fact]
    public void At_least_one_passes_the_pair_and_at_least_two_does_not()
    {
        Grade(GoodAndBad, SampleReducer.AtLeast(1)).Status.Should().Be(VerdictStatus.Passed);
        Grade(GoodAndBad, SampleReducer.AtLeast(2)).Status.Should().Be(VerdictStatus.Failed);
        Grade([Outcome(1, 1, 1, 1), Outcome(1, 1, 5, 5)], SampleReducer.AtLeast(1)).Status.Should().Be(VerdictStatus.Failed);
    }

    [Fact]
    public void At_least_m_is_validated_against_the_sample_count()
    {
        var zero = () => SampleReducer.AtLeast(0);
        zero.Should().Throw<ArgumentOutOfRangeException>();

        var tooMany = () => new GradingPolicy { Samples = 2, Reducer = SampleReducer.AtLeast(3) }.Validate();
        tooMany.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*AtLeast(3)*Samples (2)*");

        var missing = () => new GradingPolicy { Reducer = null! }.Validate();
        missing.Should().Throw<ArgumentNullException>();

        new GradingPolicy { Samples = 3, Reducer = SampleReducer.AtLeast(3) }.Validate();
        SampleReducer.AtLeast(2).Should().Be(SampleReducer.AtLeast(2));
    }

    [Fact]
    public void A_single_answer_under_at_least_m_needs_only_itself()
    {
        // RubricEvaluator and JudgeCalibration grade one answer with the suite's policy.
        var policy = new GradingPolicy { Samples = 3, Reducer = SampleReducer.AtLeast(2) };
        Grader.Grade(Case, [Outcome(4, 4, 4, 4)], policy).Status.Should().Be(VerdictStatus.Passed);
        Grader.Grade(Case, [Outcome(4, 4, 4, 2)], policy).Status.Should().Be(VerdictStatus.Failed);
    }

    [Fact]
    public void An_inconclusive_sample_makes_the_case_inconclusive_by_default_and_keeps_every_sample_verdict()
    {
        var verdict = Grade([Outcome(5, 5, 5, 5), Broken()], SampleReducer.AtLeast(1));
        verdict.Status.Should().Be(VerdictStatus.Inconclusive);
        verdict.Problem.Should().Be("bad json");
        verdict.RawJudgeText.Should().Be("{oops");
        verdict.Samples.Select(s => s.Status).Should().Equal(VerdictStatus.Passed, VerdictStatus.Inconclusive);
        verdict.Samples[1].Problem.Should().Be("bad json");
        VerdictFormatter.Summary(verdict).Should().Be("sample 2 of 2 inconclusive: bad json (inconclusive is never a pass)");
    }

    [Fact]
    public void An_inconclusive_sample_can_count_as_failed()
    {
        const InconclusiveSampleHandling Failed = InconclusiveSampleHandling.CountAsFailed;
        Grade([Outcome(5, 5, 5, 5), Broken()], SampleReducer.AllSamplesPass, Failed).Status.Should().Be(VerdictStatus.Failed);
        Grade([Outcome(5, 5, 5, 5), Broken()], SampleReducer.AtLeast(1), Failed).Status.Should().Be(VerdictStatus.Passed);
        Grade([Outcome(5, 5, 5, 5), Outcome(5, 5, 5, 5), Broken()], SampleReducer.Majority, Failed).Status.Should().Be(VerdictStatus.Passed);
        Grade([Outcome(5, 5, 5, 5), Broken()], SampleReducer.MeanOfScores, Failed).Status.Should().Be(VerdictStatus.Failed, "under mean of scores a failed sample fails the case");

        var verdict = Grade([Outcome(5, 5, 5, 5), Broken()], SampleReducer.AllSamplesPass, Failed);
        verdict.Criteria.Select(c => c.Score).Should().Equal(5, 5, 5, 5);
        VerdictFormatter.Summary(verdict).Should().Be("1 of 2 samples passed (needs all 2); sample 2 inconclusive (counted as failed): bad json");
    }

    [Fact]
    public void An_inconclusive_sample_can_be_ignored()
    {
        const InconclusiveSampleHandling Ignore = InconclusiveSampleHandling.Ignore;
        var verdict = Grade([Outcome(5, 5, 5, 5), Broken()], SampleReducer.AllSamplesPass, Ignore);
        verdict.Status.Should().Be(VerdictStatus.Passed, "the one conclusive sample passed");
        VerdictFormatter.Summary(verdict).Should().Be("1 of 2 samples passed, 1 inconclusive ignored (needs all 1); sample 2 inconclusive (ignored): bad json");

        Grade([Outcome(5, 5, 5, 5), Outcome(1, 1, 5, 5), Broken()], SampleReducer.Majority, Ignore).Status.Should().Be(VerdictStatus.Failed, "1 of 2 conclusive samples is a tie");
        Grade([Outcome(5, 5, 5, 5), Broken()], SampleReducer.MeanOfScores, Ignore).Status.Should().Be(VerdictStatus.Passed);
        Grade([Broken("a"), Broken("b")], SampleReducer.AllSamplesPass, Ignore).Status.Should().Be(VerdictStatus.Inconclusive, "nothing was scored");
    }

    [Fact]
    public void One_sample_behaves_as_before_under_every_reducer()
    {
        foreach (var reducer in new[] { SampleReducer.AllSamplesPass, SampleReducer.Majority, SampleReducer.AtLeast(1), SampleReducer.MeanOfScores })
        {
            Grade([Outcome(5, 5, 3, 3)], reducer).Status.Should().Be(VerdictStatus.Passed, reducer.ToString());
            Grade([Outcome(5, 5, 5, 2)], reducer).Status.Should().Be(VerdictStatus.Failed, reducer.ToString());
        }
    }

    [Fact]
    public async Task The_runner_grades_each_sample_and_by_default_every_sample_must_pass()
    {
        var agent = FakeChatClient.Replying("a0", "a1", "a2");
        var scores = new Dictionary<string, int>(StringComparer.Ordinal) { ["a0"] = 5, ["a1"] = 3, ["a2"] = 4 };
        var byAnswer = new AnswerScoringJudge(scores);
        var result = await new EvalRunner(agent, byAnswer, new EvalOptions { Policy = new GradingPolicy { Samples = 3 } }).RunAsync(Case);

        result.Verdict.Status.Should().Be(VerdictStatus.Failed, "the sample scored 3 everywhere has mean 3");
        result.Verdict.Samples.Select(s => s.Status).Should().Equal(VerdictStatus.Passed, VerdictStatus.Failed, VerdictStatus.Passed);
        result.Verdict.PassRate.Should().BeApproximately(2.0 / 3, 1e-9);
        result.Verdict.Criteria.Should().OnlyContain(c => c.Min == 3 && c.Mean == 4 && c.Max == 5);
    }

    [Fact]
    public void The_policy_names_its_reducer_when_k_is_above_one()
    {
        new GradingPolicy { Samples = 1, Reducer = SampleReducer.Majority }.ToString().Should().Be("mean >= 4.0, every criterion >= 3");
        new GradingPolicy { Samples = 2 }.ToString().Should().Be("mean >= 4.0, every criterion >= 3; all 2 samples must pass");
        new GradingPolicy { Samples = 3, Reducer = SampleReducer.Majority }.ToString().Should().Be("mean >= 4.0, every criterion >= 3; a majority of 3 samples must pass");
        new GradingPolicy { Samples = 3, Reducer = SampleReducer.AtLeast(2), InconclusiveSamples = InconclusiveSampleHandling.Ignore }.ToString()
            .Should().Be("mean >= 4.0, every criterion >= 3; at least 2 of 3 samples must pass, inconclusive samples ignored");
        new GradingPolicy { Samples = 2, Reducer = SampleReducer.MeanOfScores, InconclusiveSamples = InconclusiveSampleHandling.CountAsFailed }.ToString()
            .Should().Be("mean >= 4.0, every criterion >= 3; criterion scores averaged over 2 samples, inconclusive samples count as failed");
    }

    [Fact]
    public void Summaries_name_the_pass_rate_and_each_sample_that_did_not_pass()
    {
        VerdictFormatter.Summary(Grade(GoodAndBad)).Should().Be("1 of 2 samples passed (needs all 2); sample 2 failed: mean 3 (needs >= 4.0), lowest 1 (needs >= 3)");
        VerdictFormatter.Summary(Grade([Outcome(5, 5, 5, 5), Outcome(1, 1, 5, 5), Outcome(4, 4, 4, 4)], SampleReducer.Majority))
            .Should().Be("2 of 3 samples passed (needs a majority, 2 of 3); sample 2 failed: mean 3 (needs >= 4.0), lowest 1 (needs >= 3)");
        VerdictFormatter.Summary(Grade(GoodAndBad, SampleReducer.AtLeast(1))).Should().StartWith("1 of 2 samples passed (needs at least 1); sample 2 failed");
        VerdictFormatter.Summary(Grade(GoodAndBad, SampleReducer.MeanOfScores))
            .Should().Be("mean 4 (needs >= 4.0), lowest 3 (needs >= 3) over the criterion means of 2 samples; 1 of 2 samples passed on its own; sample 2 failed: mean 3 (needs >= 4.0), lowest 1 (needs >= 3)");
        VerdictFormatter.PassRate(Grade([Outcome(5, 5, 5, 5)])).Should().Be("1 of 1 sample passed");
    }
}
