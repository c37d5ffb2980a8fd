using System.ClientModel;
using System.ClientModel.Primitives;
using System.Text.Json.Nodes;
using FluentAssertions;
using Microsoft.Extensions.AI;
using OpenAI;
using RestateEvals.Snapshots;
using Xunit.Sdk;

namespace RestateEvals.Tests;

/// <summary>
/// Keys of any shape, passed to clients in code and echoed back by the server in 401 bodies, never reach a file the
/// run writes (reports, snapshots, recordings) or a message (verdicts, assertion failures, exceptions).
/// </summary>
public sealed class SecretLeakTests : IDisposable
{
    private readonly TempDirectory _temp = new("leak");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Registered_and_echoed_key_shaped_secrets_reach_no_artifact_and_no_message()
    {
        var evalCase = EvalCatalog.Get("VOS-04");
        var registered = "Zq7.mirror~Vault#" + Guid.NewGuid().ToString("N")[..10];   // no known shape, not in the environment
        var unregistered = "tok_live_" + Guid.NewGuid().ToString("N");                 // never registered: caught by its shape
        SecretScrubber.Register(registered);

        await using var server = new LoopbackChatServer(body => body["response_format"] is null ? evalCase.GoodAnswers[0] : JudgeJson.AllScores(evalCase, 5))
        {
            Unauthorized = (body, authorization) => (string?)body["model"] switch
            {
                "agent-model" => new JsonObject { ["error"] = new JsonObject { ["message"] = $"Incorrect API key provided: {authorization}. Your header was Authorization: {authorization}", ["type"] = "invalid_request_error" } }.ToJsonString(),
                "judge-model" => new JsonObject { ["error"] = new JsonObject { ["message"] = $"Invalid token {unregistered}; see {authorization}", ["code"] = "invalid_api_key" } }.ToJsonString(),
                _ => null,
            },
        };

        var agentFails = await Run(evalCase, Client(server.Endpoint, "agent-model", registered), Client(server.Endpoint, "judge-ok", unregistered), "agent");
        var judgeFails = await Run(evalCase, Client(server.Endpoint, "agent-ok", registered), Client(server.Endpoint, "judge-model", unregistered), "judge");

        agentFails.Verdict.Problem.Should().Contain("401").And.Contain(SecretScrubber.Replacement, "the echoed key was there and was scrubbed");
        judgeFails.Verdict.Problem.Should().Contain("401").And.Contain(SecretScrubber.Replacement);
        server.Requests.Should().Contain(r => r.Authorization == "Bearer " + registered, "the key really was sent and echoed");

        var messages = new List<string>();
        foreach (var result in new[] { agentFails, judgeFails })
        {
            messages.Add(result.Verdict.Problem!);
            messages.Add(VerdictFormatter.Describe(result));
            messages.Add(SnapshotDocument.Render(result));
            messages.Add(result.Invoking(r => r.Should().PassRubric()).Should().Throw<XunitException>().Which.Message);
            messages.Add(result.Invoking(r => r.EnsurePassed()).Should().Throw<RubricNotMetException>().Which.Message);
        }

        var report = new EvalReport();
        report.Add(agentFails);
        report.Add(judgeFails);
        report.Write(Path.Combine(_temp.Path, "report"));
        var verifier = new MarkdownSnapshotVerifier(new SnapshotOptions { LaunchDiffTool = false });
        await verifier.VerifyAsync(new SnapshotName(Path.Combine(_temp.Path, "snapshots"), "Suite", "Agent", evalCase.Id), SnapshotDocument.Render(agentFails));
        await verifier.VerifyAsync(new SnapshotName(Path.Combine(_temp.Path, "snapshots"), "Suite", "Judge", evalCase.Id), SnapshotDocument.Render(judgeFails));

        var files = Directory.GetFiles(_temp.Path, "*", SearchOption.AllDirectories);
        files.Should().Contain(f => f.EndsWith(EvalReport.SummaryFileName, StringComparison.Ordinal)).And.Contain(f => f.EndsWith(EvalReport.ResultsFileName, StringComparison.Ordinal))
            .And.Contain(f => f.EndsWith(".received.md", StringComparison.Ordinal)).And.Contain(f => f.Contains("recordings", StringComparison.Ordinal));
        var texts = files.Select(f => (f, File.ReadAllText(f))).Concat(messages.Select(m => ("message", m))).ToList();
        foreach (var secret in new[] { registered, unregistered })
        {
            texts.Where(t => t.Item2.Contains(secret, StringComparison.Ordinal) || t.Item2.Contains(secret[..12], StringComparison.Ordinal) || t.Item2.Contains(secret[^12..], StringComparison.Ordinal)).Select(t => t.Item1)
                .Should().BeEmpty($"no artifact or message may contain the key {secret[..6]}...");
        }
    }

    [Theory]
    [InlineData("Incorrect API key provided: tok_live_51H8abcDEF123456. You can find your key", "Incorrect API key provided: {scrubbed-secret}. You can find your key")]
    [InlineData("Authorization: Bearer abcdefghijklmnop", "Authorization: Bearer {scrubbed-secret}")]
    [InlineData("api-key: 0123456789abcdef0123", "api-key: {scrubbed-secret}")]
    [InlineData("{\"token\": \"ghx.9f8e7d6c5b4a\"}", "{\"token\": \"{scrubbed-secret}\"}")]
    [InlineData("jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.abcdefghijk", "jwt {scrubbed-secret}")]
    [InlineData("sk_test_4eC39HqLyjWDarjtT1zdp7dc", "{scrubbed-secret}")]
    [InlineData("max_tokens: 500 and token usage 1234", "max_tokens: 500 and token usage 1234")]
    [InlineData("restate invocations cancel inv_1a2b3c4d5e", "restate invocations cancel inv_1a2b3c4d5e")]
    public void Echoed_key_shapes_are_scrubbed_and_ordinary_text_is_not(string text, string expected) =>
        SecretScrubber.Scrub(text).Should().Be(expected);

    [Fact]
    public void A_registered_secret_is_scrubbed_in_JSON_escaped_form_too_and_short_ones_are_refused()
    {
        var secret = "p+q<r>" + Guid.NewGuid().ToString("N")[..8];
        SecretScrubber.Register(secret);
        SecretScrubber.Scrub(System.Text.Json.JsonSerializer.Serialize(new { key = secret })).Should().Be("{\"key\":\"{scrubbed-secret}\"}");
        var act = () => SecretScrubber.Register("abc");
        act.Should().Throw<ArgumentException>().WithMessage("A secret to scrub needs at least 6 characters*");
    }

    private async Task<EvalResult> Run(EvalCase evalCase, IChatClient agent, IChatClient judge, string name)
    {
        var recordings = Path.Combine(_temp.Path, "recordings", name);
        var runner = new EvalRunner(
            agent.AsBuilder().UseEvalRecording(recordings, RecordingMode.Record).Build(),
            new LlmJudge(judge.AsBuilder().UseEvalRecording(recordings, RecordingMode.Record).Build(), new JudgeOptions { MaxReasks = 0 }));
        var result = await runner.RunAsync(evalCase);
        result.Verdict.Status.Should().Be(VerdictStatus.Inconclusive);
        return result;
    }

    private static IChatClient Client(Uri endpoint, string model, string key) =>
        new OpenAIClient(new ApiKeyCredential(key), new OpenAIClientOptions { Endpoint = endpoint, RetryPolicy = new ClientRetryPolicy(maxRetries: 0) }).GetChatClient(model).AsIChatClient();
}
