using System.ClientModel;
using System.ClientModel.Primitives;
using System.Diagnostics;
using FluentAssertions;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Time.Testing;
using OpenAI;

namespace RestateEvals.Tests;

public sealed class RetryTests
{
    private static readonly EvalCase Case = EvalCatalog.Get("VOS-06");

    private static IChatClient Client(LoopbackChatServer server, RetryOptions options) =>
        new OpenAIClient(new ApiKeyCredential("sk-test-key-abcdefghijklmnop"), new OpenAIClientOptions { Endpoint = server.Endpoint, RetryPolicy = new ClientRetryPolicy(0) })
            .GetChatClient("m").AsIChatClient().AsBuilder().UseEvalRetries(options).Build();

    [Fact]
    public async Task A_429_is_retried_after_the_servers_Retry_After()
    {
        await using var server = new LoopbackChatServer(_ => "answer");
        server.Failures.Enqueue((429, new Dictionary<string, string> { ["Retry-After"] = "1" }));
        var watch = Stopwatch.StartNew();
        var answer = await new Agent(Client(server, new RetryOptions { BaseDelay = TimeSpan.FromMilliseconds(1) })).AskAsync(Case, 0);

        answer.Text.Should().Be("answer");
        server.Requests.Should().HaveCount(2);
        watch.Elapsed.Should().BeGreaterThan(TimeSpan.FromMilliseconds(900), "Retry-After: 1 was honoured rather than the 1 ms backoff");
    }

    [Fact]
    public async Task Server_errors_back_off_exponentially_until_success()
    {
        await using var server = new LoopbackChatServer(_ => "answer");
        server.Failures.Enqueue((503, []));
        server.Failures.Enqueue((500, []));
        var answer = await new Agent(Client(server, new RetryOptions { BaseDelay = TimeSpan.FromMilliseconds(10) })).AskAsync(Case, 0);
        answer.Text.Should().Be("answer");
        server.Requests.Should().HaveCount(3);
    }

    [Fact]
    public async Task Client_errors_are_not_retried_and_the_case_is_inconclusive()
    {
        await using var server = new LoopbackChatServer(_ => "answer");
        server.Failures.Enqueue((400, []));
        var result = await new EvalRunner(Client(server, new RetryOptions()), new ReferenceAnswerJudge()).RunAsync(Case);
        result.Verdict.Status.Should().Be(VerdictStatus.Inconclusive);
        result.Verdict.Problem.Should().StartWith("The agent threw while answering VOS-06: ClientResultException:");
        server.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task Exhausted_retries_surface_the_last_failure_and_never_pass()
    {
        await using var server = new LoopbackChatServer(_ => "answer");
        for (var i = 0; i < 3; i++)
        {
            server.Failures.Enqueue((502, []));
        }

        var result = await new EvalRunner(Client(server, new RetryOptions { MaxRetries = 2, BaseDelay = TimeSpan.Zero }), new ReferenceAnswerJudge()).RunAsync(Case);
        result.Verdict.Status.Should().Be(VerdictStatus.Inconclusive);
        server.Requests.Should().HaveCount(3);
        result.Verdict.Problem.Should().NotContain("sk-test-key");
    }

    [Fact]
    public async Task A_Retry_After_beyond_the_cap_fails_instead_of_stalling()
    {
        await using var server = new LoopbackChatServer(_ => "answer");
        server.Failures.Enqueue((429, new Dictionary<string, string> { ["Retry-After"] = "3600" }));
        var act = () => Client(server, new RetryOptions()).GetResponseAsync("hi");
        (await act.Should().ThrowAsync<InvalidOperationException>()).Which.Message.Should().Be("The model asked to retry after 3600 s, longer than RetryOptions.MaxRetryAfter (60 s).");
    }

    [Fact]
    public async Task Cancellation_interrupts_the_backoff()
    {
        var time = new FakeTimeProvider();
        var model = FakeChatClient.Throwing(new HttpRequestException("unreachable"));
        using var cts = new CancellationTokenSource();
        var call = new RetryingChatClient(model, new RetryOptions { TimeProvider = time, BaseDelay = TimeSpan.FromMinutes(1), MaxDelay = TimeSpan.FromMinutes(1) }).GetResponseAsync("hi", cancellationToken: cts.Token);
        model.Calls.Should().ContainSingle("the first attempt failed and the retry waits for a minute");
        await cts.CancelAsync();
        await call.Invoking(c => c).Should().ThrowAsync<OperationCanceledException>();
        model.Calls.Should().ContainSingle();
    }

    [Theory]
    [InlineData("5", 5.0)]
    [InlineData("0.5", 0.5)]
    [InlineData("Wed, 25 Nov 2026 12:00:30 GMT", 30.0)]
    [InlineData("Wed, 25 Nov 2026 11:00:00 GMT", 0.0)]
    [InlineData("soon", null)]
    [InlineData("-3", null)]
    [InlineData("", null)]
    public void Retry_After_accepts_seconds_and_http_dates(string value, double? seconds)
    {
        var now = new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
        TransientFailure.Parse(value, now).Should().Be(seconds is null ? null : TimeSpan.FromSeconds(seconds.Value));
    }

    [Fact]
    public void Options_are_validated()
    {
        var act = () => new RetryingChatClient(FakeChatClient.Replying("x"), new RetryOptions { MaxRetries = 11 });
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MaxRetries");
    }
}
