using System.Globalization;
using System.Text;
using FluentAssertions;
using Microsoft.Extensions.AI;
using Xunit.Abstractions;

namespace RestateEvals.Tests.JudgeReplies;

/// <summary>
/// Every crafted judge reply of <see cref="JudgeReplyCorpus"/> through <see cref="LlmJudge"/> and <see cref="Grader"/>:
/// each gets exactly its expected status, nothing hangs, and only clean, complete, valid scorings can pass.
/// </summary>
public sealed class JudgeReplyCorpusTests(ITestOutputHelper output)
{
    private static readonly TimeSpan JudgeTimeout = TimeSpan.FromSeconds(1);

    public static TheoryData<string> Names => [.. JudgeReplyCorpus.All.Select(e => e.Name)];

    [Fact]
    public void The_corpus_has_at_least_120_replies_of_every_kind()
    {
        JudgeReplyCorpus.All.Should().HaveCountGreaterThanOrEqualTo(120);
        JudgeReplyCorpus.All.Select(e => e.Name).Should().OnlyHaveUniqueItems();
        JudgeReplyCorpus.All.Select(e => e.Kind).Distinct().Should().Contain(["valid", "invalid", "ambiguous", "contradictory", "late", "hanging", "injected"]);
        output.WriteLine(string.Join("\n", JudgeReplyCorpus.All.GroupBy(e => (e.Kind, e.Expected)).Select(g => $"{g.Key.Kind} -> {g.Key.Expected}: {g.Count()}")));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Each_reply_gets_exactly_its_status(string name)
    {
        var example = JudgeReplyCorpus.All.Single(e => e.Name == name);
        var client = new ScriptedJudge(example.Steps);
        var judge = new LlmJudge(client, new JudgeOptions { Timeout = JudgeTimeout, ResponseFormat = JudgeResponseFormat.JsonSchema });

        var outcome = await judge.JudgeAsync(example.Case, example.AnswerText).WaitAsync(TimeSpan.FromSeconds(20));
        var verdict = Grader.Grade(example.Case, [outcome], new GradingPolicy());

        output.WriteLine($"{name}: {verdict.Status} {outcome.Problem}");
        verdict.Status.Should().Be(example.Expected, outcome.Problem ?? "the reply was used");
        if (example.Expected != VerdictStatus.Passed)
        {
            verdict.Passed.Should().BeFalse();
        }

        client.Calls.Should().BeLessThanOrEqualTo(2, "one call and at most one re-ask");
        if (example.Kind == "injected")
        {
            client.Calls.Should().Be(0, "an answer that addresses the grader is never sent to the judge");
            outcome.Problem.Should().StartWith("the answer addresses the grader");
        }
    }

    /// <summary>Replies from a script: step n answers call n (the last step repeats).</summary>
    private sealed class ScriptedJudge(IReadOnlyList<JudgeReplyStep> steps) : IChatClient
    {
        private int _calls;

        public int Calls => _calls;

        public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
        {
            var call = Interlocked.Increment(ref _calls) - 1;
            var step = steps[Math.Min(call, steps.Count - 1)];
            switch (step.Behaviour)
            {
                case ReplyBehaviour.LateIgnoringCancellation:
                    await Task.Delay(JudgeTimeout + TimeSpan.FromMilliseconds(500), CancellationToken.None);
                    break;
                case ReplyBehaviour.Hang:
                    await new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously).Task;
                    break;
                case ReplyBehaviour.SlowCancellable:
                    await Task.Delay(TimeSpan.FromSeconds(30), cancellationToken);
                    break;
                case ReplyBehaviour.Throw:
                    throw new HttpRequestException("connection reset");
                case ReplyBehaviour.CancelByItself:
                    throw new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.");
            }

            return new ChatResponse(new ChatMessage(ChatRole.Assistant, step.Text))
            {
                ModelId = "scripted-judge",
                FinishReason = step.Finish is null ? null : new ChatFinishReason(step.Finish),
            };
        }

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }
    }
}
