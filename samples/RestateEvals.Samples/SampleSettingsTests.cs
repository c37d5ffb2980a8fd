namespace RestateEvals.Samples;

public sealed class SampleSettingsTests
{
    private static Func<string, string?> Env(params (string Name, string Value)[] values) =>
        name => values.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void Nothing_set_is_offline()
    {
        var settings = SampleSettings.FromEnvironment(Env());
        Assert.True(settings.Offline);
        Assert.Equal(1, settings.Options.Policy.Samples);
    }

    [Fact]
    public void Judge_falls_back_to_the_agent_endpoint_and_numbers_are_invariant()
    {
        var settings = SampleSettings.FromEnvironment(Env(
            ("RESTATEEVALS_AGENT_PROVIDER", "ollama"), ("RESTATEEVALS_AGENT_MODEL", "llama3.1"),
            ("RESTATEEVALS_SAMPLES", "3"), ("RESTATEEVALS_MIN_MEAN", "4.5")));
        Assert.Equal("ollama:llama3.1@http://localhost:11434/v1", settings.Judge!.ToString());
        Assert.Equal(3, settings.Options.Policy.Samples);
        Assert.Equal(4.5, settings.Options.Policy.MinimumMean);
    }

    [Theory]
    [InlineData("openai", "gpt-4.1", null, "RESTATEEVALS_AGENT_PROVIDER is 'openai' but neither RESTATEEVALS_AGENT_API_KEY nor OPENAI_API_KEY is set.")]
    [InlineData("openai", null, "k", "RESTATEEVALS_AGENT_PROVIDER is 'openai' but RESTATEEVALS_AGENT_MODEL is not set.")]
    [InlineData("anthropic", "m", "k", "RESTATEEVALS_AGENT_PROVIDER 'anthropic' is not supported: use 'openai' (any OpenAI-compatible endpoint) or 'ollama'.")]
    public void Incomplete_configuration_is_a_clear_error(string provider, string? model, string? key, string message)
    {
        var ex = Assert.Throws<InvalidOperationException>(() => SampleSettings.FromEnvironment(Env(
            ("RESTATEEVALS_AGENT_PROVIDER", provider), ("RESTATEEVALS_AGENT_MODEL", model!), ("RESTATEEVALS_AGENT_API_KEY", key!))));
        Assert.Equal(message, ex.Message);
    }

    [Fact]
    public void MaxConcurrency_is_a_fixed_cap_only_when_set()
    {
        Assert.Null(SampleSettings.FromEnvironment(Env()).Options.MaxConcurrency);
        Assert.Equal(4, SampleSettings.FromEnvironment(Env(("RESTATEEVALS_MAX_CONCURRENCY", "4"))).Options.MaxConcurrency);
        Assert.Throws<ArgumentOutOfRangeException>(() => SampleSettings.FromEnvironment(Env(("RESTATEEVALS_MAX_CONCURRENCY", "0"))));
    }

    [Fact]
    public void Agent_and_judge_share_a_limiter_key_when_they_call_the_same_server()
    {
        var settings = SampleSettings.FromEnvironment(Env(
            ("RESTATEEVALS_AGENT_PROVIDER", "ollama"), ("RESTATEEVALS_AGENT_MODEL", "llama3.1"),
            ("RESTATEEVALS_JUDGE_PROVIDER", "ollama"), ("RESTATEEVALS_JUDGE_MODEL", "qwen3")));
        Assert.Equal("ollama@http://localhost:11434/v1", settings.Agent!.EndpointKey);
        Assert.Equal(settings.Agent.EndpointKey, settings.Judge!.EndpointKey);
        Assert.NotEqual(settings.Agent.EndpointKey, (settings.Agent with { Endpoint = new Uri("http://gpu-2:11434/v1") }).EndpointKey);
    }

    [Fact]
    public void A_malformed_number_is_a_clear_error()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => SampleSettings.FromEnvironment(Env(("RESTATEEVALS_MIN_MEAN", "4,5"))));
        Assert.Equal("RESTATEEVALS_MIN_MEAN '4,5' is not a number (use '.' as the decimal separator).", ex.Message);
    }

    [Fact]
    public void The_api_key_is_not_part_of_the_description()
    {
        var settings = SampleSettings.FromEnvironment(Env(("RESTATEEVALS_AGENT_PROVIDER", "openai"), ("RESTATEEVALS_AGENT_MODEL", "m"), ("OPENAI_API_KEY", "sk-secret")));
        Assert.DoesNotContain("sk-secret", settings.Agent!.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("sk-secret", settings.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Recording_defaults_to_Record_and_rejects_unknown_modes()
    {
        Assert.Equal(RecordingMode.Record, SampleSettings.FromEnvironment(Env()).Recording);
        Assert.Equal(RecordingMode.ReplayOnly, SampleSettings.FromEnvironment(Env(("RESTATEEVALS_RECORDING", "replayonly"))).Recording);
        var ex = Assert.Throws<InvalidOperationException>(() => SampleSettings.FromEnvironment(Env(("RESTATEEVALS_RECORDING", "sometimes"))));
        Assert.Equal("RESTATEEVALS_RECORDING 'sometimes' is not one of Live, Record, ReplayOnly.", ex.Message);
    }
}
