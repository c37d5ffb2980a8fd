using FluentAssertions;
using RestateEvals.Samples;

namespace RestateEvals.Tests;

/// <summary>The sample's client composition (OpenAI-compatible client, retries, record/replay) against a loopback stub.</summary>
public sealed class SampleEndToEndTests : IDisposable
{
    private readonly TempDirectory _temp = new("sample");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Configured_from_the_environment_it_retries_records_and_then_replays_offline()
    {
        var evalCase = EvalCatalog.Get("VOS-09");
        await using var server = new LoopbackChatServer(body => body["response_format"] is null ? evalCase.GoodAnswers[0] : JudgeJson.AllScores(evalCase, 5));
        server.Failures.Enqueue((503, new Dictionary<string, string> { ["retry-after-ms"] = "20" }));
        var settings = SampleSettings.FromEnvironment(name => name switch
        {
            "RESTATEEVALS_AGENT_PROVIDER" => "openai",
            "RESTATEEVALS_AGENT_MODEL" => "agent-model",
            "RESTATEEVALS_AGENT_ENDPOINT" => server.Endpoint.ToString(),
            "RESTATEEVALS_AGENT_API_KEY" => "sk-sample-secret-0123456789abcdef",
            _ => null,
        });

        var live = new EvalRunner(settings.Agent!.CreateClient(settings.Recording, Path.Combine(_temp.Path, "agent")), new LlmJudge(settings.Judge!.CreateClient(settings.Recording, Path.Combine(_temp.Path, "judge"))), settings.Options);
        (await live.RunAsync(evalCase)).Verdict.Passed.Should().BeTrue();
        server.Requests.Should().HaveCount(3, "one 503 retried, then the agent call and the judge call");

        var replay = new EvalRunner(settings.Agent.CreateClient(RecordingMode.ReplayOnly, Path.Combine(_temp.Path, "agent")), new LlmJudge(settings.Judge.CreateClient(RecordingMode.ReplayOnly, Path.Combine(_temp.Path, "judge"))), settings.Options);
        (await replay.RunAsync(evalCase)).Verdict.Passed.Should().BeTrue();
        server.Requests.Should().HaveCount(3, "everything was replayed from the recordings");
        Directory.GetFiles(_temp.Path, "*.json", SearchOption.AllDirectories).Should().HaveCount(2)
            .And.OnlyContain(f => !File.ReadAllText(f).Contains("sk-sample-secret", StringComparison.Ordinal), "recordings never hold the API key");
    }
}
