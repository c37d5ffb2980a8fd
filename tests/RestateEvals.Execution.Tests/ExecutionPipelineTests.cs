using FluentAssertions;
using Microsoft.Extensions.AI;
using RestateEvals.Execution;
using Xunit;
using Xunit.Abstractions;

namespace RestateEvals.Execution.Tests;

/// <summary>The whole pipeline with grading by execution: advice, the follow-up code turn, the run on a real server, the must-pass criterion.</summary>
public sealed class ExecutionPipelineTests(ITestOutputHelper output)
{
    private static EvalRunner Runner(IChatClient agent, IJudge judge, int samples = 1) =>
        new(agent, judge, new EvalOptions { Execution = new RestateExecutionGrader(), Policy = new GradingPolicy { Samples = samples } });

    private static IChatClient ReferenceAgent(string implementation) =>
        new ReferenceAnswerChatClient().AsBuilder().UseReferenceImplementations(implementation).Build();

    [Fact]
    public async Task Good_code_adds_a_passing_executes_correctly_criterion()
    {
        var judge = new FullMarksJudge();
        var result = await Runner(ReferenceAgent("good"), judge).RunAsync(EvalCatalog.Get("VOS-07"));
        output.WriteLine(VerdictFormatter.Describe(result));

        result.Verdict.Status.Should().Be(VerdictStatus.Passed);
        result.Case.Criteria[^1].Id.Should().Be(ExecutionCriterion.Id);
        result.Verdict.Criteria.Single(c => c.Criterion.Id == ExecutionCriterion.Id).Score.Should().Be(5);
        judge.Judged.Single().Criteria.Should().NotContain(c => c.Id == ExecutionCriterion.Id, "the judge scores the advice, not the code");
        var sample = result.Samples.Single();
        sample.CodeAnswer!.Text.Should().Contain("```ts");
        sample.Execution!.Status.Should().Be(ExecutionStatus.Passed);
        sample.Execution.Code.Should().Be(ExecutionTasks.References("VOS-07")[0].Code.Trim());
        sample.Execution.Observations.Should().Contain("the count is exactly 150");
        var snapshot = SnapshotText(result);
        snapshot.Should().Contain("### Code, run on a real Restate server: passed").And.Contain("- the count is exactly 150").And.Contain("export const counter");
    }

    [Fact]
    public async Task Failing_code_fails_the_case_even_with_full_marks_and_a_lenient_policy()
    {
        var runner = new EvalRunner(
            ReferenceAgent("flawed-in-memory-map"),
            new FullMarksJudge(),
            new EvalOptions { Execution = new RestateExecutionGrader(), Policy = new GradingPolicy { MinimumMean = 1, MinimumCriterionScore = 1 } });
        var result = await runner.RunAsync(EvalCatalog.Get("VOS-07"));
        var message = VerdictFormatter.Describe(result);
        output.WriteLine(message);

        result.Verdict.Status.Should().Be(VerdictStatus.Failed, "a failed execution fails the case whatever the rubric and thresholds say");
        result.Verdict.Mean.Should().BeGreaterThan(4);
        message.Should().Contain("executes-correctly must pass (5) and scored 1")
            .And.Contain("instead of 150: in-memory state was lost with the process")
            .And.Contain("Execution: failed");
        result.Verdict.Criteria.Single(c => c.Criterion.Id == ExecutionCriterion.Id).Reasons.Single().Should().Contain("instead of 150");

        // The reports carry the code and what the scenario observed.
        var directory = Path.Combine(Path.GetTempPath(), "restateevals-execution-report-" + Guid.NewGuid().ToString("N"));
        try
        {
            var report = new EvalReport();
            report.Add(result);
            report.Write(directory);
            var html = await File.ReadAllTextAsync(Path.Combine(directory, EvalReport.HtmlFileName));
            html.Should().Contain("Executed on a real Restate server: <span class=\"verdict-failed\">failed</span>")
                .And.Contain("<pre class=\"code\">").And.Contain("const counts = new Map&lt;string, number&gt;()")
                .And.Contain("75 more increments answered");
            var json = await File.ReadAllTextAsync(Path.Combine(directory, EvalReport.ResultsFileName));
            json.Should().Contain("\"execution\": {").And.Contain("\"status\": \"Failed\"").And.Contain("the endpoint process was killed (SIGKILL) and started again")
                .And.Contain("\"cause\": \"execution-failed\"");
            var summary = await File.ReadAllTextAsync(Path.Combine(directory, EvalReport.SummaryFileName));
            summary.Should().Contain("**execution failed** (1): VOS-07");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task A_reply_without_a_code_block_is_inconclusive_with_the_reason()
    {
        var agent = new ProseCodeTurnClient(new ReferenceAnswerChatClient());
        var result = await Runner(agent, new FullMarksJudge()).RunAsync(EvalCatalog.Get("VOS-01"));

        result.Verdict.Status.Should().Be(VerdictStatus.Inconclusive);
        result.Verdict.Problem.Should().Contain("no ```ts code block");
        result.Samples.Single().Execution!.Status.Should().Be(ExecutionStatus.Inconclusive);
    }

    [Fact]
    public async Task A_case_without_a_task_is_graded_as_before()
    {
        var result = await Runner(new ReferenceAnswerChatClient(), new FullMarksJudge()).RunAsync(EvalCatalog.Get("VOS-03"));

        result.Verdict.Status.Should().Be(VerdictStatus.Passed);
        result.Case.Criteria.Should().NotContain(c => c.Id == ExecutionCriterion.Id);
        result.Samples.Single().Execution.Should().BeNull();
    }

    [Fact]
    public async Task An_agent_that_fails_the_code_turn_makes_the_case_inconclusive()
    {
        var agent = new FailingCodeTurnClient(new ReferenceAnswerChatClient());
        var result = await Runner(agent, new FullMarksJudge()).RunAsync(EvalCatalog.Get("VOS-04"));

        result.Verdict.Status.Should().Be(VerdictStatus.Inconclusive);
        result.Verdict.Problem.Should().Contain("Asked for the fix as code, the agent failed").And.Contain("model overloaded");
    }

    [Fact]
    public async Task The_code_request_continues_the_conversation_and_states_the_contract()
    {
        var agent = new ConversationCapturingClient(ReferenceAgent("good"));
        await Runner(agent, new FullMarksJudge()).RunAsync(EvalCatalog.Get("VOS-06"));

        var codeTurn = agent.Conversations.Single(c => c.Count == 3);
        codeTurn[0].Text.Should().Be(EvalCatalog.Get("VOS-06").Input);
        codeTurn[1].Role.Should().Be(ChatRole.Assistant);
        codeTurn[1].Text.Should().Be(EvalCatalog.Get("VOS-06").GoodAnswers[0]);
        codeTurn[2].Text.Should().Contain("```ts").And.Contain("export const wallet = restate.object").And.Contain("import { charge } from \"./payments\";");
    }

    private static string SnapshotText(EvalResult result) => SnapshotDocument.Render(result);

    private sealed class FailingCodeTurnClient(IChatClient inner) : DelegatingChatClient(inner)
    {
        public override Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            options?.AdditionalProperties?[EvalChatProperties.Role] as string == "agent-code"
                ? throw new InvalidOperationException("model overloaded")
                : base.GetResponseAsync(messages, options, cancellationToken);
    }

    private sealed class ProseCodeTurnClient(IChatClient inner) : DelegatingChatClient(inner)
    {
        public override Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            options?.AdditionalProperties?[EvalChatProperties.Role] as string == "agent-code"
                ? Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "Keep the read-modify-write in the exclusive handler and drop the mutex; `ctx.set` after `ctx.get` is enough.")))
                : base.GetResponseAsync(messages, options, cancellationToken);
    }

    private sealed class ConversationCapturingClient(IChatClient inner) : DelegatingChatClient(inner)
    {
        public List<List<ChatMessage>> Conversations { get; } = [];

        public override Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            lock (Conversations)
            {
                Conversations.Add([.. messages]);
            }

            return base.GetResponseAsync(messages, options, cancellationToken);
        }
    }
}
