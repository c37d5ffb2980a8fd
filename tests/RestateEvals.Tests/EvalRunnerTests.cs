using FluentAssertions;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Time.Testing;

namespace RestateEvals.Tests;

public sealed class EvalRunnerTests
{
    private static readonly EvalCase Case = EvalCatalog.Get("VOS-05");

    [Fact]
    public async Task Sends_the_system_prompt_and_case_input_and_captures_model_tokens_and_latency()
    {
        var time = new FakeTimeProvider();
        var agent = new FakeChatClient((_, _, _) =>
        {
            time.Advance(TimeSpan.FromMilliseconds(1234));
            return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "the agent answer")) { ModelId = "agent-7", Usage = new UsageDetails { InputTokenCount = 10, OutputTokenCount = 20 } });
        });
        var judge = FakeChatClient.Replying(JudgeJson.AllScores(Case, 5, "the agent answer"));
        var result = await new EvalRunner(agent, new LlmJudge(judge), new EvalOptions { SystemPrompt = "You are a Restate expert." }, time).RunAsync(Case);

        result.Verdict.Status.Should().Be(VerdictStatus.Passed);
        result.Samples.Should().ContainSingle().Which.Answer.Should().Be(new AgentAnswer("the agent answer", "agent-7", 10, 20, TimeSpan.FromMilliseconds(1234)));
        var (messages, options) = agent.Calls.Single();
        messages.Select(m => (m.Role, m.Text)).Should().Equal((ChatRole.System, "You are a Restate expert."), (ChatRole.User, Case.Input));
        options!.AdditionalProperties![EvalChatProperties.CaseId].Should().Be("VOS-05");
        options.AdditionalProperties[EvalChatProperties.Role].Should().Be("agent");
    }

    [Fact]
    public async Task Without_a_system_prompt_only_the_input_is_sent()
    {
        var agent = FakeChatClient.Replying("answer");
        await new EvalRunner(agent, new LlmJudge(FakeChatClient.Replying(JudgeJson.AllScores(Case, 5)))).RunAsync(Case);
        agent.Calls.Single().Messages.Should().ContainSingle().Which.Text.Should().Be(Case.Input);
    }

    [Fact]
    public async Task K_samples_ask_and_judge_k_times_and_average()
    {
        var agent = FakeChatClient.Replying("a sample answer a0", "a sample answer a1", "a sample answer a2");
        var judge = FakeChatClient.Replying(JudgeJson.AllScores(Case, 5, "a sample answer"), JudgeJson.AllScores(Case, 3, "a sample answer"), JudgeJson.AllScores(Case, 4, "a sample answer"));
        var result = await new EvalRunner(agent, new LlmJudge(judge), new EvalOptions { Policy = new GradingPolicy { Samples = 3, Reducer = SampleReducer.MeanOfScores } }).RunAsync(Case);

        agent.Calls.Select(c => c.Options!.AdditionalProperties![EvalChatProperties.SampleIndex]).Should().Equal(0, 1, 2);
        judge.Calls.Should().HaveCount(3);
        result.Samples.Select(s => s.Answer!.Text).Should().Equal("a sample answer a0", "a sample answer a1", "a sample answer a2");
        result.Verdict.Criteria.Should().OnlyContain(c => c.Score == 4);
        result.Verdict.Status.Should().Be(VerdictStatus.Passed);
    }

    [Fact]
    public async Task A_throwing_agent_is_inconclusive_and_the_judge_is_not_called()
    {
        var judge = FakeChatClient.Replying(JudgeJson.AllScores(Case, 5));
        var result = await new EvalRunner(FakeChatClient.Throwing(new InvalidOperationException("model overloaded")), new LlmJudge(judge)).RunAsync(Case);

        result.Verdict.Status.Should().Be(VerdictStatus.Inconclusive);
        result.Verdict.Problem.Should().Be("The agent threw while answering VOS-05: InvalidOperationException: model overloaded");
        judge.Calls.Should().BeEmpty();
    }

    [Fact]
    public async Task A_slow_agent_times_out_as_inconclusive()
    {
        var slow = FakeChatClient.Slow();
        var result = await new EvalRunner(slow, new ReferenceAnswerJudge(), new EvalOptions { AgentTimeout = TimeSpan.FromMilliseconds(50) }).RunAsync(Case);
        result.Verdict.Problem.Should().Be("The agent did not answer VOS-05 within 0.05 s (EvalOptions.AgentTimeout); a later answer is discarded.");
    }

    [Fact]
    public async Task An_empty_answer_is_inconclusive()
    {
        var result = await new EvalRunner(FakeChatClient.Replying("  "), new ReferenceAnswerJudge()).RunAsync(Case);
        result.Verdict.Problem.Should().Be("The agent returned an empty answer for VOS-05.");
    }

    [Fact]
    public async Task Caller_cancellation_propagates()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        var act = () => new EvalRunner(FakeChatClient.Replying("a"), new ReferenceAnswerJudge()).RunAsync(Case, cts.Token);
        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task EnsurePassed_throws_with_the_full_explanation()
    {
        var result = await new EvalRunner(FakeChatClient.Replying("a"), new LlmJudge(FakeChatClient.Replying(JudgeJson.AllScores(Case, 2)))).RunAsync(Case);
        var act = () => result.EnsurePassed();
        act.Should().Throw<RubricNotMetException>().Which.Message.Should().Be(VerdictFormatter.Describe(result));
    }
}
