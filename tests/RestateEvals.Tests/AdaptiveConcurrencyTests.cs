using System.ClientModel;
using FluentAssertions;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Time.Testing;

namespace RestateEvals.Tests;

public sealed class AdaptiveConcurrencyTests
{
    private static string NewEndpoint() => "test-endpoint-" + Guid.NewGuid().ToString("N");

    private static EndpointLimiter Limiter(Action<AdaptiveConcurrencyOptions>? configure = null)
    {
        var options = new AdaptiveConcurrencyOptions();
        configure?.Invoke(options);
        return new EndpointLimiter("test", options);
    }

    private static IChatClient Limited(IChatClient model, string endpoint, Action<AdaptiveConcurrencyOptions>? configure = null) =>
        model.AsBuilder().UseEvalConcurrency(endpoint, configure).Build();

    [Fact]
    public void Defaults_start_high_enough_to_overlap_the_suite_and_halve_on_overload()
    {
        var options = new AdaptiveConcurrencyOptions();
        options.Validate();
        (options.InitialLimit, options.MinLimit, options.MaxLimit, options.DecreaseFactor, options.IncreaseStep).Should().Be((32, 1, 256, 0.5, 1));
        options.TimeProvider.Should().BeSameAs(TimeProvider.System);
        new EvalOptions().MaxConcurrency.Should().BeNull("no fixed cap by default: the adaptive limiters decide");
    }

    [Fact]
    public async Task The_limit_grows_by_the_step_per_success_while_callers_wait_up_to_the_cap()
    {
        var limiter = Limiter(o => { o.InitialLimit = 2; o.MaxLimit = 4; });
        var held = new Queue<EndpointLease>([await limiter.AcquireAsync(default), await limiter.AcquireAsync(default)]);
        var waiting = Enumerable.Range(0, 6).Select(_ => limiter.AcquireAsync(default).AsTask()).ToList();
        limiter.Waiting.Should().Be(6);

        List<int> limits = [];
        while (held.Count > 0)
        {
            limiter.Release(held.Dequeue(), CallOutcome.Succeeded);
            limits.Add(limiter.Limit);
            limiter.InFlight.Should().BeLessThanOrEqualTo(limiter.Limit);
            var granted = waiting.Take(waiting.Count - limiter.Waiting).ToList(); // first come, first served
            foreach (var slot in granted)
            {
                held.Enqueue(await slot);
                waiting.Remove(slot);
            }
        }

        limits.Should().StartWith([3, 4]).And.OnlyContain(l => l <= 4, "MaxLimit caps the growth");
        limits.Should().HaveCount(8, "every call was admitted and released");
        limiter.InFlight.Should().Be(0);
    }

    [Fact]
    public async Task The_limit_does_not_grow_while_it_is_not_reached()
    {
        var limiter = Limiter();
        for (var i = 0; i < 100; i++)
        {
            limiter.Release(await limiter.AcquireAsync(default), CallOutcome.Succeeded);
        }

        limiter.Limit.Should().Be(32, "a limit nobody runs into says nothing about the endpoint");
    }

    [Theory]
    [InlineData("OpenAI 429", 16)]
    [InlineData("OpenAI 503", 16)]
    [InlineData("HttpClient 429", 16)]
    [InlineData("HttpClient 503", 16)]
    [InlineData("OpenAI 500 with Retry-After", 16)]
    [InlineData("OpenAI 502 with retry-after-ms", 16)]
    [InlineData("OpenAI 500", 32)]
    [InlineData("OpenAI 400", 32)]
    [InlineData("HttpClient connection failure", 32)]
    [InlineData("other exception", 32)]
    public async Task The_limit_halves_when_the_endpoint_says_it_is_overloaded_and_only_then(string failure, int limitAfter)
    {
        Exception exception = failure switch
        {
            "OpenAI 429" => new ClientResultException(new FakePipelineResponse(429)),
            "OpenAI 503" => new ClientResultException(new FakePipelineResponse(503)),
            "HttpClient 429" => new HttpRequestException("busy", null, System.Net.HttpStatusCode.TooManyRequests),
            "HttpClient 503" => new HttpRequestException("busy", null, System.Net.HttpStatusCode.ServiceUnavailable),
            "OpenAI 500 with Retry-After" => new ClientResultException(new FakePipelineResponse(500, new Dictionary<string, string> { ["Retry-After"] = "2" })),
            "OpenAI 502 with retry-after-ms" => new ClientResultException(new FakePipelineResponse(502, new Dictionary<string, string> { ["retry-after-ms"] = "250" })),
            "OpenAI 500" => new ClientResultException(new FakePipelineResponse(500)),
            "OpenAI 400" => new ClientResultException(new FakePipelineResponse(400)),
            "HttpClient connection failure" => new HttpRequestException("unreachable"),
            _ => new InvalidOperationException("broken"),
        };
        var client = Limited(FakeChatClient.Throwing(exception), NewEndpoint());
        var limiter = client.GetService<EndpointLimiter>()!;

        await client.Invoking(c => c.GetResponseAsync("hi")).Should().ThrowAsync<Exception>().Where(e => ReferenceEquals(e, exception));
        limiter.Limit.Should().Be(limitAfter);
        limiter.InFlight.Should().Be(0);
    }

    [Fact]
    public async Task One_overload_halves_the_limit_once_however_many_calls_it_rejects()
    {
        var limiter = Limiter();
        var before = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => limiter.AcquireAsync(default).AsTask()));
        foreach (var lease in before)
        {
            limiter.Release(lease, CallOutcome.Overloaded);
        }

        limiter.Limit.Should().Be(16, "the five calls were admitted before the first rejection: one overload");
        limiter.Release(await limiter.AcquireAsync(default), CallOutcome.Overloaded);
        limiter.Limit.Should().Be(8, "a call admitted after the decrease was rejected too: the endpoint is still overloaded");
        limiter.Decreases.Should().Be(2);
    }

    [Fact]
    public async Task The_limit_never_falls_below_the_minimum()
    {
        var limiter = Limiter(o => { o.InitialLimit = 8; o.MinLimit = 3; });
        List<int> limits = [];
        for (var i = 0; i < 4; i++)
        {
            limiter.Release(await limiter.AcquireAsync(default), CallOutcome.Overloaded);
            limits.Add(limiter.Limit);
        }

        limits.Should().Equal(4, 3, 3, 3);
        var single = Limiter(o => o.InitialLimit = 1);
        single.Release(await single.AcquireAsync(default), CallOutcome.Overloaded);
        single.Limit.Should().Be(1, "half of 1 rounds down to 0, below the minimum");
    }

    [Fact]
    public void Agent_and_judge_clients_on_one_endpoint_share_one_limiter_and_other_endpoints_do_not()
    {
        var endpoint = NewEndpoint();
        var agent = Limited(FakeChatClient.Replying("answer"), endpoint);
        var judge = Limited(FakeChatClient.Replying("{}"), endpoint);
        var other = Limited(FakeChatClient.Replying("answer"), NewEndpoint());

        agent.GetService<EndpointLimiter>().Should().NotBeNull().And.BeSameAs(judge.GetService<EndpointLimiter>());
        other.GetService<EndpointLimiter>().Should().NotBeSameAs(agent.GetService<EndpointLimiter>());
    }

    [Fact]
    public void Without_a_key_clients_share_by_the_providers_uri_and_a_client_without_one_gets_its_own()
    {
        var uri = new Uri($"http://127.0.0.1:1/{Guid.NewGuid():N}/v1");
        var agent = new MetadataChatClient(uri).AsBuilder().UseEvalConcurrency().Build();
        var judge = new MetadataChatClient(uri).AsBuilder().UseEvalConcurrency().Build();
        var elsewhere = new MetadataChatClient(new Uri($"http://127.0.0.1:2/{Guid.NewGuid():N}/v1")).AsBuilder().UseEvalConcurrency().Build();
        agent.GetService<EndpointLimiter>().Should().BeSameAs(judge.GetService<EndpointLimiter>());
        agent.GetService<EndpointLimiter>()!.Endpoint.Should().Be(uri.AbsoluteUri);
        elsewhere.GetService<EndpointLimiter>().Should().NotBeSameAs(agent.GetService<EndpointLimiter>());

        var anonymous1 = FakeChatClient.Replying("x").AsBuilder().UseEvalConcurrency().Build();
        var anonymous2 = FakeChatClient.Replying("x").AsBuilder().UseEvalConcurrency().Build();
        anonymous1.GetService<EndpointLimiter>().Should().NotBeSameAs(anonymous2.GetService<EndpointLimiter>());
    }

    [Fact]
    public async Task Agent_and_judge_on_one_endpoint_share_its_limit_in_a_run_and_on_two_endpoints_each_has_its_own()
    {
        (await MaxInFlightAsync(sameEndpoint: true)).Should().Be(3, "agent and judge calls together never exceed the endpoint's limit of 3");
        (await MaxInFlightAsync(sameEndpoint: false)).Should().BeGreaterThan(3, "agent and judge each have a limit of 3 of their own");

        static async Task<int> MaxInFlightAsync(bool sameEndpoint)
        {
            var server = new CountingServer(TimeSpan.FromMilliseconds(20));
            var agentEndpoint = NewEndpoint();
            var agent = Limited(server.Client(), agentEndpoint, Fixed(3));
            var judge = Limited(server.Client(), sameEndpoint ? agentEndpoint : NewEndpoint(), Fixed(3));
            var results = await new EvalRunner(agent, new LlmJudge(judge)).RunManyAsync(EvalCatalog.All);
            results.Should().OnlyContain(r => r.Verdict.Passed);
            server.Calls.Should().Be(18);
            return server.MaxInFlight;
        }
    }

    [Fact]
    public async Task An_explicit_MaxConcurrency_caps_the_calls_below_the_adaptive_limit()
    {
        var server = new CountingServer(TimeSpan.FromMilliseconds(20));
        var endpoint = NewEndpoint();
        var agent = Limited(server.Client(), endpoint);
        var judge = Limited(server.Client(), endpoint);
        var results = await new EvalRunner(agent, new LlmJudge(judge), new EvalOptions { MaxConcurrency = 2, Policy = new GradingPolicy { Samples = 3 } }).RunManyAsync(EvalCatalog.All);

        results.Should().OnlyContain(r => r.Verdict.Passed);
        server.MaxInFlight.Should().Be(2);
        agent.GetService<EndpointLimiter>()!.Limit.Should().Be(32, "the limiter was never the bound, so it did not grow");
    }

    [Fact]
    public async Task By_default_the_runner_starts_every_pipeline_and_the_limiter_bounds_the_calls()
    {
        var server = new CountingServer(TimeSpan.FromMilliseconds(20));
        var endpoint = NewEndpoint();
        var agent = Limited(server.Client(), endpoint, o => { o.InitialLimit = 5; o.MaxLimit = 5; });
        var judge = Limited(server.Client(), endpoint, o => { o.InitialLimit = 5; o.MaxLimit = 5; });
        var results = await new EvalRunner(agent, new LlmJudge(judge), new EvalOptions { Policy = new GradingPolicy { Samples = 3 } }).RunManyAsync(EvalCatalog.All);

        results.Should().OnlyContain(r => r.Verdict.Passed);
        server.Calls.Should().Be(54);
        server.MaxInFlight.Should().Be(5);
    }

    [Fact]
    public async Task Cancelled_while_waiting_for_a_slot_throws_and_frees_nothing_it_did_not_take()
    {
        var release = new TaskCompletionSource<ChatResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        var model = new FakeChatClient((_, _, _) => release.Task);
        var client = Limited(model, NewEndpoint(), Fixed(1));
        var limiter = client.GetService<EndpointLimiter>()!;
        var holding = client.GetResponseAsync("first");
        using var cts = new CancellationTokenSource();
        var waiting = client.GetResponseAsync("second", cancellationToken: cts.Token);
        limiter.Waiting.Should().Be(1);

        await cts.CancelAsync();
        await waiting.Invoking(w => w).Should().ThrowAsync<OperationCanceledException>();
        (limiter.InFlight, limiter.Waiting).Should().Be((1, 0), "the first call still holds the only slot");
        model.Calls.Should().ContainSingle("the cancelled call never reached the model");

        release.SetResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "done")));
        (await holding).Text.Should().Be("done");
        limiter.InFlight.Should().Be(0);
        var next = client.GetResponseAsync("third");
        next.IsCompleted.Should().BeTrue("the slot is free again: the cancelled waiter took none and gave none back");
        limiter.Limit.Should().Be(1);
    }

    [Fact]
    public async Task A_call_cancelled_after_admission_gives_its_slot_back_without_changing_the_limit()
    {
        var client = Limited(FakeChatClient.Slow(), NewEndpoint(), o => o.InitialLimit = 4);
        var limiter = client.GetService<EndpointLimiter>()!;
        using var cts = new CancellationTokenSource();
        var call = client.GetResponseAsync("hi", cancellationToken: cts.Token);
        limiter.InFlight.Should().Be(1);
        await cts.CancelAsync();
        await call.Invoking(c => c).Should().ThrowAsync<OperationCanceledException>();
        (limiter.InFlight, limiter.Limit).Should().Be((0, 4));
        await client.Invoking(c => c.GetResponseAsync("hi", cancellationToken: cts.Token)).Should().ThrowAsync<OperationCanceledException>();
        limiter.InFlight.Should().Be(0, "an already cancelled call takes no slot");
    }

    [Fact]
    public async Task Behind_retries_a_rejected_attempt_waits_out_Retry_After_without_a_slot_and_is_admitted_afresh()
    {
        var time = new FakeTimeProvider();
        var holdA = new TaskCompletionSource<ChatResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        var attemptsOfB = 0;
        var model = new FakeChatClient((messages, _, _) => messages[0].Text == "A"
            ? holdA.Task
            : Interlocked.Increment(ref attemptsOfB) == 1
                ? Task.FromException<ChatResponse>(new ClientResultException(new FakePipelineResponse(429, new Dictionary<string, string> { ["Retry-After"] = "5" })))
                : Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "B answered"))));
        var client = model.AsBuilder()
            .UseEvalRetries(new RetryOptions { TimeProvider = time })
            .UseEvalConcurrency(NewEndpoint(), o => { o.InitialLimit = 2; o.TimeProvider = time; })
            .Build();
        var limiter = client.GetService<EndpointLimiter>()!;

        var a = client.GetResponseAsync("A");
        var b = client.GetResponseAsync("B");
        await Until(() => model.Calls.Count == 2 && limiter.InFlight == 1);
        limiter.Limit.Should().Be(1, "the 429 halved the limit");
        limiter.InFlight.Should().Be(1, "only A holds a slot; B waits out its Retry-After without one");
        b.IsCompleted.Should().BeFalse();

        time.Advance(TimeSpan.FromSeconds(5));
        await Until(() => limiter.Waiting == 1);
        model.Calls.Should().HaveCount(2, "B's retry waits for a slot: the limit is 1 and A holds it");

        holdA.SetResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "A answered")));
        (await b).Text.Should().Be("B answered");
        (await a).Text.Should().Be("A answered");
        model.Calls.Should().HaveCount(3);
        limiter.InFlight.Should().Be(0);
    }

    [Theory]
    [InlineData("InitialLimit", 0, "AdaptiveConcurrencyOptions.InitialLimit must be between MinLimit (1) and MaxLimit (256).")]
    [InlineData("InitialLimit", 257, "AdaptiveConcurrencyOptions.InitialLimit must be between MinLimit (1) and MaxLimit (256).")]
    [InlineData("MinLimit", 0, "AdaptiveConcurrencyOptions.MinLimit must be between 1 and 1024.")]
    [InlineData("MinLimit", 64, "AdaptiveConcurrencyOptions.InitialLimit must be between MinLimit (64) and MaxLimit (256).")]
    [InlineData("MaxLimit", 2000, "AdaptiveConcurrencyOptions.MaxLimit must be between MinLimit (1) and 1024.")]
    [InlineData("MaxLimit", 16, "AdaptiveConcurrencyOptions.InitialLimit must be between MinLimit (1) and MaxLimit (16).")]
    [InlineData("DecreaseFactor", 0, "AdaptiveConcurrencyOptions.DecreaseFactor must be greater than 0 and less than 1.")]
    [InlineData("DecreaseFactor", 1, "AdaptiveConcurrencyOptions.DecreaseFactor must be greater than 0 and less than 1.")]
    [InlineData("IncreaseStep", 0, "AdaptiveConcurrencyOptions.IncreaseStep must be between 1 and 1024.")]
    public void Options_are_validated_with_clear_messages(string option, double value, string message)
    {
        var act = () => FakeChatClient.Replying("x").AsBuilder().UseEvalConcurrency(NewEndpoint(), o =>
        {
            switch (option)
            {
                case "InitialLimit": o.InitialLimit = (int)value; break;
                case "MinLimit": o.MinLimit = (int)value; break;
                case "MaxLimit": o.MaxLimit = (int)value; break;
                case "DecreaseFactor": o.DecreaseFactor = value; break;
                default: o.IncreaseStep = (int)value; break;
            }
        });
        act.Should().Throw<ArgumentOutOfRangeException>().Which.Message.Should().StartWith(message);
    }

    [Fact]
    public void One_endpoint_with_two_different_limits_is_a_clear_error()
    {
        var endpoint = NewEndpoint();
        _ = Limited(FakeChatClient.Replying("x"), endpoint);
        var act = () => Limited(FakeChatClient.Replying("x"), endpoint, o => o.InitialLimit = 8);
        act.Should().Throw<InvalidOperationException>().WithMessage(
            $"The endpoint '{endpoint}' already has an adaptive concurrency limiter with other limits (InitialLimit 32, MinLimit 1, MaxLimit 256, DecreaseFactor 0.5, IncreaseStep 1; now asked for InitialLimit 8, *). Configure every client of one endpoint alike.");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(257)]
    public void An_explicit_MaxConcurrency_is_validated(int value)
    {
        var act = () => new EvalOptions { MaxConcurrency = value }.Validate();
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("MaxConcurrency")
            .Which.Message.Should().StartWith("EvalOptions.MaxConcurrency must be between 1 and 256, or null for no fixed cap (the adaptive limiters decide).");
        new EvalOptions { MaxConcurrency = 256 }.Invoking(o => o.Validate()).Should().NotThrow();
    }

    private static Action<AdaptiveConcurrencyOptions> Fixed(int limit) => o =>
    {
        o.InitialLimit = limit;
        o.MaxLimit = limit;
    };

    private static async Task Until(Func<bool> condition)
    {
        for (var i = 0; i < 1000 && !condition(); i++)
        {
            await Task.Delay(10);
        }

        condition().Should().BeTrue("the condition should have been reached");
    }

    /// <summary>One model server for agent and judge calls: counts the calls it is serving at once.</summary>
    private sealed class CountingServer(TimeSpan latency)
    {
        private int _inFlight;
        private int _max;
        private int _calls;

        public int MaxInFlight => Volatile.Read(ref _max);

        public int Calls => Volatile.Read(ref _calls);

        public FakeChatClient Client() => new(async (_, options, ct) =>
        {
            Interlocked.Increment(ref _calls);
            var now = Interlocked.Increment(ref _inFlight);
            int current;
            while (now > (current = Volatile.Read(ref _max)) && Interlocked.CompareExchange(ref _max, now, current) != current)
            {
            }

            try
            {
                await Task.Delay(latency, ct);
                var evalCase = EvalCatalog.Get((string)options!.AdditionalProperties![EvalChatProperties.CaseId]!);
                return new ChatResponse(new ChatMessage(ChatRole.Assistant, (string?)options.AdditionalProperties[EvalChatProperties.Role] == "agent" ? evalCase.GoodAnswers[0] : JudgeJson.AllScores(evalCase, 5)));
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        });
    }

    /// <summary>A model client that tells its endpoint through <see cref="ChatClientMetadata"/>, as the OpenAI client does.</summary>
    private sealed class MetadataChatClient(Uri endpoint) : DelegatingChatClient(FakeChatClient.Replying("x"))
    {
        private readonly ChatClientMetadata _metadata = new("fake", endpoint, "model");

        public override object? GetService(Type serviceType, object? serviceKey = null) =>
            serviceType == typeof(ChatClientMetadata) ? _metadata : base.GetService(serviceType, serviceKey);
    }
}
