using System.ClientModel;
using System.Text.Json.Nodes;
using FluentAssertions;
using Microsoft.Extensions.AI;
using OpenAI;

namespace RestateEvals.Tests;

/// <summary>The whole pipeline through the real OpenAI client (Microsoft.Extensions.AI.OpenAI) against a loopback stub.</summary>
public sealed class OpenAiEndToEndTests
{
    private const string ApiKey = "sk-test-secret-123";

    private static IChatClient Client(Uri endpoint, string model) =>
        new OpenAIClient(new ApiKeyCredential(ApiKey), new OpenAIClientOptions { Endpoint = endpoint }).GetChatClient(model).AsIChatClient();

    [Fact]
    public async Task Agent_and_judge_over_http_grade_a_case_end_to_end()
    {
        var evalCase = EvalCatalog.Get("VOS-04");
        await using var server = new LoopbackChatServer(body =>
            body["response_format"] is null ? evalCase.GoodAnswers[0] : "```json\n" + JudgeJson.Scores(evalCase, 5, 4, 5, 4) + "\n```");

        var runner = new EvalRunner(Client(server.Endpoint, "agent-model"), new LlmJudge(Client(server.Endpoint, "judge-model")), new EvalOptions { SystemPrompt = "Be precise." });
        var result = await runner.RunAsync(evalCase);

        result.Should().PassRubric();
        result.Verdict.Mean.Should().Be(4.5);
        var answer = result.Samples.Single().Answer!;
        answer.Text.Should().Be(evalCase.GoodAnswers[0]);
        answer.ModelId.Should().Be("stub-agent-model");
        (answer.InputTokens, answer.OutputTokens).Should().Be((12L, 34L));
        result.Samples.Single().Outcome.JudgeName.Should().Be("stub-judge-model");

        server.Requests.Should().HaveCount(2);
        server.Requests.Should().OnlyContain(r => r.Path == "/v1/chat/completions" && r.Authorization == "Bearer " + ApiKey);
        var (_, _, agentBody) = server.Requests[0];
        agentBody["model"]!.GetValue<string>().Should().Be("agent-model");
        agentBody["messages"]!.AsArray().Select(m => (string?)m!["content"] ?? m!["content"]![0]!["text"]!.GetValue<string>())
            .Should().Equal("Be precise.", evalCase.Input);
        var (_, _, judgeBody) = server.Requests[1];
        judgeBody["temperature"]!.GetValue<double>().Should().Be(0);
        judgeBody["response_format"]!["type"]!.GetValue<string>().Should().Be("json_schema");
        var schema = judgeBody["response_format"]!["json_schema"]!;
        schema["name"]!.GetValue<string>().Should().Be(JudgeReplySchema.Name);
        var item = schema["schema"]!["properties"]!["criteria"]!["items"]!;
        item["properties"]!["id"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Equal(evalCase.Criteria.Select(c => c.Id));
        item["properties"]!.AsObject().Select(p => p.Key).Should().Equal("id", "evidence", "reasoning", "score");
        item["properties"]!["score"]!["type"]!.GetValue<string>().Should().Be("integer");
        server.Requests.Should().OnlyContain(r => !r.Body.ToJsonString().Contains("restateevals", StringComparison.Ordinal), "bookkeeping properties must not leak to the provider");
    }

    [Fact]
    public async Task A_provider_rejecting_json_schemas_gets_json_mode_from_then_on()
    {
        var evalCase = EvalCatalog.Get("VOS-04");
        await using var server = new LoopbackChatServer(body => body["response_format"] is null ? evalCase.GoodAnswers[0] : JudgeJson.AllScores(evalCase, 5))
        {
            Rejects = body => (string?)body["response_format"]?["type"] == "json_schema" ? "Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model." : null,
        };
        var runner = new EvalRunner(Client(server.Endpoint, "agent-model"), new LlmJudge(Client(server.Endpoint, "judge-model")));

        (await runner.RunAsync(evalCase)).Verdict.Status.Should().Be(VerdictStatus.Passed);
        (await runner.RunAsync(evalCase)).Verdict.Status.Should().Be(VerdictStatus.Passed);
        server.Requests.Where(r => r.Body["response_format"] is not null).Select(r => (string?)r.Body["response_format"]!["type"])
            .Should().Equal("json_schema", "json_object", "json_object");
    }

    [Fact]
    public async Task A_judge_that_keeps_refusing_over_http_fails_the_case_as_inconclusive()
    {
        var evalCase = EvalCatalog.Get("VOS-04");
        await using var server = new LoopbackChatServer(body => body["response_format"] is null ? "answer" : "I cannot grade this.");
        var result = await new EvalRunner(Client(server.Endpoint, "a"), new LlmJudge(Client(server.Endpoint, "j"))).RunAsync(evalCase);

        result.Verdict.Status.Should().Be(VerdictStatus.Inconclusive);
        result.Verdict.RawJudgeText.Should().Be("I cannot grade this.");
        server.Requests.Should().HaveCount(3, "one agent call, one judge call and one bounded re-ask");
        var act = () => result.Should().PassRubric();
        act.Should().Throw<Exception>().Which.Message.Should().NotContain(ApiKey);
    }
}
