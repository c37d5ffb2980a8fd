using FluentAssertions;
using Xunit.Sdk;

namespace RestateEvals.Tests;

public sealed class AssertionMessageTests
{
    private static readonly EvalCase Case = EvalCatalog.Get("VOS-01");

    private static EvalResult Result(params (int Score, string Reason)[] scores)
    {
        var outcome = JudgeOutcome.Conclusive([.. Case.Criteria.Select((c, i) => new JudgeScore(c.Id, scores[i].Score, scores[i].Reason, scores[i].Score >= 4 ? $"quote | for {c.Id}" : string.Empty))], "raw", "judge");
        return new EvalResult(Case, [new EvalSample(0, new AgentAnswer("a", "m", 1, 1, TimeSpan.Zero), outcome)], Grader.Grade(Case, [outcome], new GradingPolicy()));
    }

    [Fact]
    public void PassRubric_failure_lists_every_criterion_score_threshold_reason_and_the_ideal_behavior()
    {
        var result = Result((5, "Explains per-key queueing."), (1, "Keeps the mutex | adds Redlock {sic}."), (4, "Mentions SKU object."), (2, "No reason given."));
        var act = () => result.Should().PassRubric("the agent must not advise locks");

        act.Should().Throw<XunitException>().Which.Message.Should().Be(
            "Expected result VOS-01 \"Concurrent decrements on one key: adding an application mutex\" to pass its rubric (mean >= 4.0, every criterion >= 3) because the agent must not advise locks, but failed: mean 3 (needs >= 4.0), lowest 1 (needs >= 3).\n\n"
            + "| Criterion | Score | Threshold | Reason | Quote |\n"
            + "| --- | --- | --- | --- | --- |\n"
            + "| key-serialization | 5 | >= 3 | Explains per-key queueing. | \u201Cquote \\| for key-serialization\u201D |\n"
            + "| no-app-lock | 1 ✗ | >= 3 | Keeps the mutex \\| adds Redlock {sic}. | - |\n"
            + "| key-boundary | 4 | >= 3 | Mentions SKU object. | \u201Cquote \\| for key-boundary\u201D |\n"
            + "| why-lock-harms | 2 ✗ | >= 3 | No reason given. | - |\n\n"
            + "Ideal behavior: " + Case.IdealBehavior + "\n");
    }

    [Fact]
    public void PassRubric_failure_with_two_samples_shows_each_sample_verdict_the_pass_rate_and_min_mean_max()
    {
        var good = JudgeOutcome.Conclusive(Scores((5, "Explains per-key queueing."), (5, "Says to remove the mutex."), (5, "Mentions SKU object."), (5, "Notes the lock does not span replicas.")), "raw", "judge");
        var bad = JudgeOutcome.Conclusive(Scores((1, "Says the calls can race."), (1, "Recommends Redlock."), (5, "Mentions SKU object."), (5, "Notes the lock does not span replicas.")), "raw", "judge");
        var policy = new GradingPolicy { Samples = 2 };
        var answer = new AgentAnswer("a", "m", 1, 1, TimeSpan.Zero);
        var result = new EvalResult(Case, [new EvalSample(0, answer, good), new EvalSample(1, answer, bad)], Grader.Grade(Case, [good, bad], policy));
        var act = () => result.Should().PassRubric();

        const string Details =
            "| Sample | Verdict | Scores | Mean | Lowest |\n"
            + "| --- | --- | --- | --- | --- |\n"
            + "| 1 | passed | 5, 5, 5, 5 | 5 | 5 |\n"
            + "| 2 | failed | 1, 1, 5, 5 | 3 ✗ | 1 ✗ |\n\n"
            + "| Criterion | Min | Mean | Max | Threshold | Reason | Quote |\n"
            + "| --- | --- | --- | --- | --- | --- | --- |\n"
            + "| key-serialization | 1 ✗ | 3 | 5 | >= 3 | 1: Explains per-key queueing. / 2: Says the calls can race. | - |\n"
            + "| no-app-lock | 1 ✗ | 3 | 5 | >= 3 | 1: Says to remove the mutex. / 2: Recommends Redlock. | - |\n"
            + "| key-boundary | 5 | 5 | 5 | >= 3 | Mentions SKU object. | - |\n"
            + "| why-lock-harms | 5 | 5 | 5 | >= 3 | Notes the lock does not span replicas. | - |\n\n";
        act.Should().Throw<XunitException>().Which.Message.Should().Be(
            "Expected result VOS-01 \"Concurrent decrements on one key: adding an application mutex\" to pass its rubric (mean >= 4.0, every criterion >= 3; all 2 samples must pass), but failed: 1 of 2 samples passed (needs all 2); sample 2 failed: mean 3 (needs >= 4.0), lowest 1 (needs >= 3).\n\n"
            + Details
            + "Ideal behavior: " + Case.IdealBehavior + "\n");

        var ensure = () => result.EnsurePassed();
        ensure.Should().Throw<RubricNotMetException>().Which.Message.Should().Be(
            "VOS-01 \"Concurrent decrements on one key: adding an application mutex\" (critical): failed, 1 of 2 samples passed (needs all 2); sample 2 failed: mean 3 (needs >= 4.0), lowest 1 (needs >= 3).\n\n"
            + Details
            + "Ideal behavior: " + Case.IdealBehavior + "\n");

        var mean = result with { Verdict = Grader.Grade(Case, [good, bad], new GradingPolicy { Samples = 2, Reducer = SampleReducer.MeanOfScores }) };
        var notPass = () => mean.Should().NotPassRubric();
        notPass.Should().Throw<XunitException>().Which.Message.Should().Contain("| key-serialization | 1 | 3 | 5 | >= 3 |", "under mean of scores the mean is graded, and 3 is not below 3");
    }

    [Fact]
    public void PassRubric_on_an_inconclusive_sample_of_two_shows_the_sample_table_and_raw_judge_output()
    {
        var good = JudgeOutcome.Conclusive(Scores((5, "a"), (5, "b"), (5, "c"), (5, "d")), "raw", "judge");
        var broken = JudgeOutcome.Inconclusive("no JSON object in the reply", "I cannot grade this.", "judge", InconclusiveReason.JudgeUnusable, JudgeReplyProblem.NotOneJsonObject);
        var result = new EvalResult(Case, [new EvalSample(0, null, good), new EvalSample(1, null, broken)], Grader.Grade(Case, [good, broken], new GradingPolicy { Samples = 2 }));
        var act = () => result.Should().PassRubric();

        act.Should().Throw<XunitException>().Which.Message.Should().Be(
            "Expected result VOS-01 \"Concurrent decrements on one key: adding an application mutex\" to pass its rubric (mean >= 4.0, every criterion >= 3; all 2 samples must pass), but inconclusive: sample 2 of 2 inconclusive: no JSON object in the reply (inconclusive is never a pass).\n\n"
            + "| Sample | Verdict | Scores | Mean | Lowest |\n"
            + "| --- | --- | --- | --- | --- |\n"
            + "| 1 | passed | 5, 5, 5, 5 | 5 | 5 |\n"
            + "| 2 | inconclusive: no JSON object in the reply | - | - | - |\n\n"
            + "Raw judge output:\nI cannot grade this.\n\n"
            + "Ideal behavior: " + Case.IdealBehavior + "\n");
    }

    private static JudgeScore[] Scores(params (int Score, string Reason)[] scores) =>
        [.. Case.Criteria.Select((c, i) => new JudgeScore(c.Id, scores[i].Score, scores[i].Reason, string.Empty))];

    [Fact]
    public void PassRubric_on_an_inconclusive_result_shows_the_problem_and_raw_judge_output()
    {
        var outcome = JudgeOutcome.Inconclusive("unusable judge output after 2 attempt(s): missing criterion 'no-app-lock'", "{\"criteria\":[]}", "judge", InconclusiveReason.JudgeUnusable, JudgeReplyProblem.WrongShape);
        var result = new EvalResult(Case, [new EvalSample(0, null, outcome)], Grader.Grade(Case, [outcome], new GradingPolicy()));
        var act = () => result.Should().PassRubric();

        act.Should().Throw<XunitException>().Which.Message.Should().Be(
            "Expected result VOS-01 \"Concurrent decrements on one key: adding an application mutex\" to pass its rubric (mean >= 4.0, every criterion >= 3), but inconclusive: unusable judge output after 2 attempt(s): missing criterion 'no-app-lock' (inconclusive is never a pass).\n\n"
            + "Raw judge output:\n{\"criteria\":[]}\n\n"
            + "Ideal behavior: " + Case.IdealBehavior + "\n");
    }

    [Fact]
    public void PassRubric_succeeds_on_a_passing_result_and_chains()
    {
        var result = Result((5, "a"), (4, "b"), (4, "c"), (3, "d"));
        result.Should().PassRubric().And.HaveCriterionScoreAtLeast("no-app-lock", 4);
    }

    [Fact]
    public void NotPassRubric_fails_on_a_passing_result()
    {
        var result = Result((5, "a"), (5, "b"), (5, "c"), (5, "d"));
        var act = () => result.Should().NotPassRubric();
        act.Should().Throw<XunitException>().Which.Message.Should().StartWith(
            "Expected result VOS-01 \"Concurrent decrements on one key: adding an application mutex\" not to pass its rubric (mean >= 4.0, every criterion >= 3), but it passed: mean 5 (needs >= 4.0), lowest 5 (needs >= 3).\n\n| Criterion |");
    }

    [Fact]
    public void HaveCriterionScoreAtLeast_names_the_score_and_reason()
    {
        var result = Result((5, "a"), (2, "Keeps the lock."), (4, "c"), (4, "d"));
        var act = () => result.Should().HaveCriterionScoreAtLeast("no-app-lock", 3);
        act.Should().Throw<XunitException>().Which.Message.Should().Be(
            "Expected result VOS-01 to score criterion 'no-app-lock' at least 3, but it scored 2: Keeps the lock.");

        var unknown = () => result.Should().HaveCriterionScoreAtLeast("nope", 3);
        unknown.Should().Throw<XunitException>().Which.Message.Should().Be(
            "Expected result VOS-01 to score criterion 'nope' at least 3, but the case has no such criterion (it has key-serialization, no-app-lock, key-boundary, why-lock-harms).");
    }

    [Fact]
    public void A_null_result_fails_cleanly()
    {
        EvalResult? result = null;
        var act = () => result.Should().PassRubric();
        act.Should().Throw<XunitException>().Which.Message.Should().Be("Expected result to pass its rubric, but it was <null>.");
    }

    [Fact]
    public void Api_keys_never_reach_the_failure_message()
    {
        var result = Result((1, "The answer leaked sk-live-0123456789abcdefghij and Bearer abcdefghijklmnopqrstuvwxyz."), (5, "a"), (5, "b"), (5, "c"));
        var act = () => result.Should().PassRubric();
        var message = act.Should().Throw<XunitException>().Which.Message;
        message.Should().Contain("The answer leaked {scrubbed-secret} and Bearer {scrubbed-secret}").And.NotContain("0123456789abcdefghij");
        VerdictFormatter.Describe(result).Should().NotContain("0123456789abcdefghij");

        var report = new EvalReport();
        report.Add(result);
        report.RenderMarkdown().Should().NotContain("0123456789abcdefghij");
        report.RenderJson().Should().NotContain("0123456789abcdefghij");
    }
}
