using FluentAssertions;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.AI.Evaluation;

namespace RestateEvals.Tests;

public sealed class RubricEvaluatorTests
{
    private static readonly EvalCase Case = EvalCatalog.Get("VOS-03");

    [Fact]
    public async Task Emits_one_numeric_metric_per_criterion_judged_by_the_chat_configuration()
    {
        var judge = FakeChatClient.Replying(JudgeJson.Scores(Case, "an answer to grade", 5, 4, 3, 2));
        var evaluator = new RubricEvaluator(Case);
        var result = await evaluator.EvaluateAsync(
            [new ChatMessage(ChatRole.User, Case.Input)],
            new ChatResponse(new ChatMessage(ChatRole.Assistant, "an answer to grade")),
            new ChatConfiguration(judge));

        evaluator.EvaluationMetricNames.Should().Equal(Case.Criteria.Select(c => c.Id));
        result.Metrics.Keys.Should().BeEquivalentTo(Case.Criteria.Select(c => c.Id));
        var metrics = Case.Criteria.Select(c => result.Get<NumericMetric>(c.Id)).ToList();
        metrics.Select(m => m.Value).Should().Equal(5, 4, 3, 2);
        metrics.Select(m => m.Interpretation!.Rating).Should().Equal(EvaluationRating.Exceptional, EvaluationRating.Good, EvaluationRating.Average, EvaluationRating.Poor);
        metrics.Select(m => m.Interpretation!.Failed).Should().Equal(false, false, false, true);
        metrics[3].Reason.Should().Be($"reason for {Case.Criteria[3].Id}");
        judge.Calls.Single().Messages[1].Text.Should().Contain("an answer to grade");
    }

    [Fact]
    public async Task The_answer_is_graded_by_the_grader_and_every_metric_carries_the_case_verdict()
    {
        var response = new ChatResponse(new ChatMessage(ChatRole.Assistant, Case.GoodAnswers[0]));
        var judge = FakeChatClient.Replying(JudgeJson.AllScores(Case, 3));
        var result = await new RubricEvaluator(Case).EvaluateAsync([], response, new ChatConfiguration(judge));

        result.Metrics.Values.Should().OnlyContain(m => !m.Interpretation!.Failed, "no criterion is below 3");
        result.Metrics.Values.Should().OnlyContain(m => m.Metadata!["restateevals.verdict"] == "Failed", "the mean 3 is below 4.0");
        result.Metrics.Values.First().Metadata!["restateevals.summary"].Should().Be("mean 3 (needs >= 4.0), lowest 3 (needs >= 3)");

        var passing = await new RubricEvaluator(Case, new GradingPolicy { Samples = 3, Reducer = SampleReducer.AtLeast(3) })
            .EvaluateAsync([], response, new ChatConfiguration(FakeChatClient.Replying(JudgeJson.AllScores(Case, 4))));
        passing.Metrics.Values.Should().OnlyContain(m => m.Metadata!["restateevals.verdict"] == "Passed", "one answer graded under AtLeast(3) needs only itself");
    }

    [Fact]
    public async Task Unusable_judge_output_gives_inconclusive_failed_metrics_with_an_error()
    {
        var result = await new RubricEvaluator(Case).EvaluateAsync([], new ChatResponse(new ChatMessage(ChatRole.Assistant, "x")), new ChatConfiguration(FakeChatClient.Replying("no")));
        foreach (var metric in result.Metrics.Values)
        {
            ((NumericMetric)metric).Value.Should().BeNull();
            metric.Interpretation!.Rating.Should().Be(EvaluationRating.Inconclusive);
            metric.Interpretation.Failed.Should().BeTrue();
            metric.Diagnostics.Should().ContainSingle(d => d.Severity == EvaluationDiagnosticSeverity.Error);
        }
    }

    [Fact]
    public async Task Without_a_chat_configuration_it_fails_clearly_unless_given_a_judge()
    {
        var response = new ChatResponse(new ChatMessage(ChatRole.Assistant, Case.GoodAnswers[0]));
        var missing = await new RubricEvaluator(Case).EvaluateAsync([], response);
        missing.Metrics.Values.Should().OnlyContain(m => m.Interpretation!.Failed && m.Interpretation.Reason!.StartsWith("no judge", StringComparison.Ordinal));

        var offline = await new RubricEvaluator(Case, new ReferenceAnswerJudge()).EvaluateAsync([], response);
        offline.Metrics.Values.Should().OnlyContain(m => !m.Interpretation!.Failed);
    }
}
