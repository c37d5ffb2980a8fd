using System.ComponentModel;
using System.Text.Json.Nodes;
using FluentAssertions;
using Microsoft.Agents.AI;
using Microsoft.Extensions.AI;
using RestateEvals.Agents;

namespace RestateEvals.Tests;

/// <summary>A real Agent Framework <see cref="ChatClientAgent"/> with a function tool, over a fake chat client, as the agent under evaluation.</summary>
public sealed class AgentFrameworkTests : IDisposable
{
    private static readonly EvalCase Case = EvalCatalog.Get("VOS-02");
    private readonly TempDirectory _temp = new("agent");

    public void Dispose() => _temp.Dispose();

    [Description("Looks up a page of the Restate documentation.")]
    private static string LookupDocs([Description("The topic to look up.")] string topic) => $"docs page for {topic}: shared handlers are read-only";

    /// <summary>A model that first calls lookup_docs, then answers once it has the result.</summary>
    private static FakeChatClient Model() => new((messages, options, _) =>
    {
        var hasResult = messages.SelectMany(m => m.Contents).OfType<FunctionResultContent>().Any();
        var reply = hasResult
            ? new ChatMessage(ChatRole.Assistant, Case.GoodAnswers[0])
            : new ChatMessage(ChatRole.Assistant, [new FunctionCallContent("call-1", options!.Tools!.Single().Name, new Dictionary<string, object?> { ["topic"] = "shared handlers" })]);
        return Task.FromResult(new ChatResponse(reply) { ModelId = "fake-gpt" });
    });

    [Fact]
    public async Task An_AIAgent_is_evaluated_and_its_function_calls_reach_the_answer_snapshot_and_report()
    {
        var agent = new ChatClientAgent(Model(), instructions: "You answer Restate questions.", name: "restate-helper", tools: [AIFunctionFactory.Create(LookupDocs, "lookup_docs")]);
        var result = await new EvalRunner(agent.AsEvalChatClient(), new ReferenceAnswerJudge()).RunAsync(Case);

        result.Verdict.Passed.Should().BeTrue(result.Verdict.Problem);
        var answer = result.Samples.Single().Answer!;
        answer.Text.Should().Be(Case.GoodAnswers[0]);
        answer.FunctionCalls.Should().Equal(new FunctionCall("lookup_docs", "{\"topic\":\"shared handlers\"}", "docs page for shared handlers: shared handlers are read-only"));

        SnapshotDocument.Render(result).Should().Contain("- function call: `lookup_docs({\"topic\":\"shared handlers\"})` returned `docs page for shared handlers: shared handlers are read-only`\n");
        var report = new EvalReport();
        report.Add(result);
        var call = JsonNode.Parse(report.RenderJson())!.AsArray()[0]!["samples"]![0]!["functionCalls"]![0]!;
        ((string)call["name"]!).Should().Be("lookup_docs");
        ((string)call["result"]!).Should().StartWith("docs page for shared handlers");
    }

    [Fact]
    public async Task Each_case_is_a_new_conversation_and_the_agent_can_be_recorded_and_replayed()
    {
        var model = Model();
        var agent = new ChatClientAgent(model, instructions: "You answer Restate questions.", name: "restate-helper", tools: [AIFunctionFactory.Create(LookupDocs, "lookup_docs")]);
        var recorded = agent.AsEvalChatClient().AsBuilder().UseEvalRecording(_temp.Path, RecordingMode.Record).Build();
        var first = await new Agent(recorded).AskAsync(Case, 0);
        var second = await new Agent(agent.AsEvalChatClient().AsBuilder().UseEvalRecording(_temp.Path, RecordingMode.ReplayOnly).Build()).AskAsync(Case, 0);

        second.Text.Should().Be(first.Text);
        second.FunctionCalls.Should().Equal(first.FunctionCalls, "the recording keeps the function calls");
        model.Calls.Should().HaveCount(2, "one tool round trip, then the answer; the replay called nothing");
        model.Calls[0].Messages.Count(m => m.Role == ChatRole.User).Should().Be(1, "no earlier conversation leaks into a case");
        agent.AsEvalChatClient().GetService<ChatClientMetadata>()!.DefaultModelId.Should().Be("restate-helper");
    }

    [Fact]
    public async Task An_agent_that_throws_makes_the_case_inconclusive()
    {
        var agent = new ChatClientAgent(FakeChatClient.Throwing(new HttpRequestException("model down")), instructions: "x");
        var result = await new EvalRunner(agent.AsEvalChatClient(), new ReferenceAnswerJudge()).RunAsync(Case);
        result.Verdict.Status.Should().Be(VerdictStatus.Inconclusive);
        result.Verdict.Problem.Should().Contain("HttpRequestException: model down");
    }
}
