using FluentAssertions;
using Microsoft.Extensions.AI;

namespace RestateEvals.Tests;

public sealed class LlmJudgeTests
{
    private static readonly EvalCase Case = EvalCatalog.Get("VOS-02");

    [Fact]
    public async Task Asks_once_at_temperature_0_for_json_with_the_rubric_and_the_answer()
    {
        var client = FakeChatClient.Replying(JudgeJson.AllScores(Case, 5));
        var outcome = await new LlmJudge(client, new JudgeOptions { ChatOptions = new ChatOptions { ModelId = "judge-1", Temperature = 0.9f } })
            .JudgeAsync(Case, "the answer text");

        outcome.IsConclusive.Should().BeTrue();
        outcome.Scores.Should().HaveCount(Case.Criteria.Count).And.OnlyContain(s => s.Score == 5);
        client.Calls.Should().ContainSingle();
        var (messages, options) = client.Calls[0];
        options!.Temperature.Should().Be(0);
        options.ModelId.Should().Be("judge-1");
        options.ResponseFormat.Should().BeOfType<ChatResponseFormatJson>();
        messages[0].Role.Should().Be(ChatRole.System);
        messages[1].Text.Should().Contain(Case.IdealBehavior).And.Contain("the answer text");
        foreach (var criterion in Case.Criteria)
        {
            messages[1].Text.Should().Contain("id: " + criterion.Id).And.Contain("5 = " + criterion.Anchors.Five).And.Contain("4 = " + criterion.Anchors.Four)
                .And.Contain("3 = " + criterion.Anchors.Three).And.Contain("2 = " + criterion.Anchors.Two).And.Contain("1 = " + criterion.Anchors.One);
        }
    }

    [Fact]
    public async Task Re_asks_once_with_the_problem_and_uses_the_second_reply()
    {
        var client = FakeChatClient.Replying("Sure! The answer looks great.", JudgeJson.AllScores(Case, 4));
        var outcome = await new LlmJudge(client).JudgeAsync(Case, "answer");

        outcome.IsConclusive.Should().BeTrue();
        client.Calls.Should().HaveCount(2);
        var reask = client.Calls[1].Messages;
        reask[^2].Role.Should().Be(ChatRole.Assistant);
        reask[^2].Text.Should().Be("Sure! The answer looks great.");
        reask[^1].Text.Should().StartWith("Your reply could not be used: no JSON object found in the judge output (refusal or prose only).")
            .And.Contain(string.Join(", ", Case.Criteria.Select(c => c.Id)));
    }

    [Fact]
    public async Task Two_unusable_replies_are_inconclusive_with_the_raw_text()
    {
        var client = FakeChatClient.Replying("{\"criteria\":[]}", "{\"criteria\":[{\"id\":\"shared-read-only\",\"score\":9,\"reason\":\"r\"}]}");
        var outcome = await new LlmJudge(client).JudgeAsync(Case, "answer");

        outcome.IsConclusive.Should().BeFalse();
        outcome.Problem.Should().Be("unusable judge output after 2 attempt(s): criterion 'shared-read-only' has score 9, outside the integers 1-5");
        outcome.RawText.Should().Contain("\"score\":9");
        client.Calls.Should().HaveCount(2);
    }

    [Fact]
    public async Task MaxReasks_0_asks_exactly_once()
    {
        var client = FakeChatClient.Replying("nope");
        var outcome = await new LlmJudge(client, new JudgeOptions { MaxReasks = 0 }).JudgeAsync(Case, "answer");
        outcome.IsConclusive.Should().BeFalse();
        client.Calls.Should().ContainSingle();
    }

    [Fact]
    public async Task A_throwing_judge_is_inconclusive_not_a_crash()
    {
        var outcome = await new LlmJudge(FakeChatClient.Throwing(new HttpRequestException("connection refused"))).JudgeAsync(Case, "answer");
        outcome.Problem.Should().Be("the judge call failed: HttpRequestException: connection refused");
    }

    [Fact]
    public async Task A_slow_judge_times_out_as_inconclusive()
    {
        var slow = FakeChatClient.Slow();
        var outcome = await new LlmJudge(slow, new JudgeOptions { Timeout = TimeSpan.FromMilliseconds(50) }).JudgeAsync(Case, "answer");
        outcome.Problem.Should().Be("the judge did not answer within 0.05 s (JudgeOptions.Timeout)");
    }

    [Fact]
    public async Task Caller_cancellation_propagates()
    {
        var slow = FakeChatClient.Slow();
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        var act = () => new LlmJudge(slow).JudgeAsync(Case, "answer", cts.Token);
        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(6)]
    public void Options_are_validated(int reasks)
    {
        var act = () => new LlmJudge(FakeChatClient.Replying("x"), new JudgeOptions { MaxReasks = reasks });
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MaxReasks");
    }
}
