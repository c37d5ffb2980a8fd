using FluentAssertions;
using Microsoft.Extensions.AI;
using Xunit;

namespace RestateEvals.Tests;

/// <summary>Grading by execution in the core, with a scripted <see cref="IExecutionGrader"/>: no server, no Node.</summary>
public sealed class ExecutionGradingTests
{
    private static readonly EvalCase Case = EvalCatalog.Get("VOS-01");

    [Fact]
    public async Task The_code_turn_follows_the_advice_and_its_result_is_a_must_pass_criterion()
    {
        var agent = FakeChatClient.Replying("advice", "```ts\nexport const cart = 1;\n```");
        var execution = new ScriptedExecution(ExecutionStatus.Passed);
        var judge = new AnswerScoringJudge(new Dictionary<string, int> { ["advice"] = 5 });
        var result = await new EvalRunner(agent, judge, new EvalOptions { Execution = execution }).RunAsync(Case);

        result.Verdict.Status.Should().Be(VerdictStatus.Passed);
        agent.Calls.Should().HaveCount(2);
        var codeTurn = agent.Calls[1];
        codeTurn.Messages.Select(m => (m.Role, m.Text)).Should().Equal((ChatRole.User, Case.Input), (ChatRole.Assistant, "advice"), (ChatRole.User, "write the code"));
        codeTurn.Options!.AdditionalProperties![EvalChatProperties.Role].Should().Be("agent-code");
        execution.Replies.Should().Equal("```ts\nexport const cart = 1;\n```");
        result.Case.Criteria.Select(c => c.Id).Should().EndWith(ExecutionCriterion.Id);
        result.Verdict.Criteria[^1].Reasons.Should().Equal("scripted passed");
        result.Samples[0].CodeAnswer!.Text.Should().Contain("export const cart");
    }

    [Fact]
    public async Task A_failed_execution_fails_the_case_under_any_thresholds_and_reducer()
    {
        var policy = new GradingPolicy { Samples = 3, Reducer = SampleReducer.Majority, MinimumMean = 1, MinimumCriterionScore = 1 };
        var execution = new ScriptedExecution(ExecutionStatus.Passed, ExecutionStatus.Failed, ExecutionStatus.Passed);
        var judge = new AnswerScoringJudge(new Dictionary<string, int> { ["advice"] = 5 });
        var result = await new EvalRunner(FakeChatClient.Replying("advice"), judge, new EvalOptions { Execution = execution, Policy = policy }).RunAsync(Case);

        result.Verdict.Samples.Count(s => s.Passed).Should().Be(2, "a majority of samples passed on their own");
        result.Verdict.Status.Should().Be(VerdictStatus.Failed, "one failed execution fails the case whatever the reducer");
        VerdictFormatter.Summary(result.Verdict).Should().EndWith("; executes-correctly must pass (5) and scored 1, which fails the case whatever the other scores");
        VerdictFormatter.Details(result).Should().MatchRegex(@"Execution of sample [123]: failed, scripted failed\n- observed failed\n", "the samples run concurrently, so which one the script failed varies");
    }

    [Fact]
    public async Task An_inconclusive_execution_makes_the_case_inconclusive_with_its_reason()
    {
        var execution = new ScriptedExecution(ExecutionStatus.Inconclusive);
        var judge = new AnswerScoringJudge(new Dictionary<string, int> { ["advice"] = 5 });
        var result = await new EvalRunner(FakeChatClient.Replying("advice"), judge, new EvalOptions { Execution = execution }).RunAsync(Case);

        result.Verdict.Status.Should().Be(VerdictStatus.Inconclusive);
        result.Verdict.Problem.Should().Be("Grading by execution was inconclusive: scripted inconclusive");
        FailureCauses.Classify(result, result.Verdict.Status).Should().Be(FailureCause.ExecutionInconclusive);
    }

    [Fact]
    public async Task Failed_code_with_an_inconclusive_judge_is_reported_as_an_execution_failure()
    {
        var execution = new ScriptedExecution(ExecutionStatus.Failed);
        var judge = new StubJudge("stuck", (_, _) => Task.FromResult(JudgeOutcome.Inconclusive("The judge did not answer within 120 s.", string.Empty, "stuck", InconclusiveReason.JudgeTimeout)));
        var result = await new EvalRunner(FakeChatClient.Replying("advice"), judge, new EvalOptions { Execution = execution }).RunAsync(Case);

        result.Verdict.Status.Should().Be(VerdictStatus.Inconclusive, "without the judge's scores there is no rubric verdict");
        VerdictFormatter.Describe(result).Should().StartWith(
            $"VOS-01 \"{Case.Title}\" (critical): inconclusive, The judge did not answer within 120 s. (inconclusive is never a pass); " +
            "the code failed on a real Restate server, so the case cannot pass whatever the judge says: scripted failed.\n");
        FailureCauses.Classify(result, result.Verdict.Status).Should().Be(FailureCause.ExecutionFailed, "the failed code decides the case, not the judge's timeout");
        FailureCauses.Problem(result).Should().Be("scripted failed");
    }

    [Fact]
    public async Task Without_a_task_for_the_case_nothing_changes()
    {
        var agent = FakeChatClient.Replying("advice");
        var judge = new AnswerScoringJudge(new Dictionary<string, int> { ["advice"] = 5 });
        var result = await new EvalRunner(agent, judge, new EvalOptions { Execution = new ScriptedExecution(ExecutionStatus.Failed) { HasTask = false } }).RunAsync(Case);

        result.Verdict.Status.Should().Be(VerdictStatus.Passed);
        agent.Calls.Should().HaveCount(1);
        result.Case.Should().BeSameAs(Case);
    }

    [Fact]
    public void A_must_pass_criterion_below_5_fails_the_sample_even_when_the_rule_is_met()
    {
        var evalCase = ExecutionCriterion.AddTo(Case);
        var scores = evalCase.Criteria.Select(c => new JudgeScore(c.Id, c.MustPass ? 4 : 5, "r", string.Empty)).ToList();
        var verdict = Grader.Grade(evalCase, [JudgeOutcome.Conclusive(scores, "{}", "j")], new GradingPolicy());

        verdict.Mean.Should().BeGreaterThan(4);
        verdict.Status.Should().Be(VerdictStatus.Failed);
        ExecutionCriterion.AddTo(evalCase).Should().BeSameAs(evalCase, "adding twice is a no-op");
        ExecutionCriterion.RemoveFrom(evalCase).Criteria.Should().Equal(Case.Criteria);
    }

    [Fact]
    public void The_snapshot_keeps_only_the_judge_scores_for_reuse_and_shows_the_code()
    {
        var evalCase = ExecutionCriterion.AddTo(Case);
        var scores = evalCase.Criteria.Select(c => new JudgeScore(c.Id, 5, "r", string.Empty)).ToList();
        var execution = new ExecutionResult(ExecutionStatus.Passed, "held", "export const cart = 1;", ["twenty calls answered"]);
        var sample = new EvalSample(0, new AgentAnswer("advice", "m", null, null, TimeSpan.Zero), JudgeOutcome.Conclusive(scores, "{}", "j")) { Execution = execution };
        var result = new EvalResult(evalCase, [sample], Grader.Grade(evalCase, [sample.Outcome], new GradingPolicy()));

        var snapshot = SnapshotDocument.Render(result);
        snapshot.Should().Contain("### Code, run on a real Restate server: passed\n\nheld\n\n- twenty calls answered\n\n```ts\nexport const cart = 1;\n```");
        var reused = SnapshotDocument.ReadOutcomes(snapshot)[SnapshotDocument.Key(Case, "advice")];
        reused.Scores.Select(s => s.CriterionId).Should().Equal(Case.Criteria.Select(c => c.Id), "the judge's rubric, without executes-correctly");
    }

    private sealed class ScriptedExecution(params ExecutionStatus[] statuses) : IExecutionGrader
    {
        private int _next = -1;

        public bool HasTask { get; init; } = true;

        public List<string> Replies { get; } = [];

        public string? CodeRequestFor(EvalCase evalCase) => HasTask ? "write the code" : null;

        public Task<ExecutionResult> ExecuteAsync(EvalCase evalCase, string reply, CancellationToken cancellationToken = default)
        {
            lock (Replies)
            {
                Replies.Add(reply);
                var status = statuses[Math.Min(++_next, statuses.Length - 1)];
                var name = status.ToString().ToLowerInvariant();
                return Task.FromResult(new ExecutionResult(status, $"scripted {name}", reply, [$"observed {name}"]));
            }
        }
    }
}
