using FluentAssertions;
using Microsoft.Extensions.AI;

namespace RestateEvals.Tests;

public sealed class RecordingTests : IDisposable
{
    private static readonly EvalCase Case = EvalCatalog.Get("VOS-07");
    private readonly TempDirectory _temp = new("rec");

    public void Dispose() => _temp.Dispose();

    private IChatClient Recorded(IChatClient model, RecordingMode mode) => new ChatClientBuilder(model).UseEvalRecording(_temp.Path, mode).Build();

    private static FakeChatClient Counting(string text = "answer") => FakeChatClient.Replying(text);

    [Fact]
    public async Task Record_replays_from_disk_across_client_instances()
    {
        var model = Counting(Case.GoodAnswers[0]);
        var first = await new Agent(Recorded(model, RecordingMode.Record)).AskAsync(Case, 0);
        var replayed = await new Agent(Recorded(model, RecordingMode.Record)).AskAsync(Case, 0);
        var replayOnly = await new Agent(Recorded(FakeChatClient.Throwing(new InvalidOperationException("must not be called")), RecordingMode.ReplayOnly)).AskAsync(Case, 0);

        model.Calls.Should().ContainSingle();
        replayed.Text.Should().Be(first.Text);
        replayOnly.Text.Should().Be(first.Text);
        Directory.GetFiles(_temp.Path, "*.json").Should().ContainSingle();
    }

    [Fact]
    public async Task The_key_covers_sample_index_model_and_case()
    {
        var model = Counting();
        var agent = new Agent(Recorded(model, RecordingMode.Record));
        await agent.AskAsync(Case, 0);
        await agent.AskAsync(Case, 1);
        await new Agent(Recorded(model, RecordingMode.Record), new EvalOptions { AgentChatOptions = new ChatOptions { ModelId = "other-model" } }).AskAsync(Case, 0);
        await agent.AskAsync(EvalCatalog.Get("VOS-08"), 0);
        await agent.AskAsync(Case, 1);

        model.Calls.Should().HaveCount(4, "sample 1 of VOS-07 was replayed; everything else differed");
    }

    [Fact]
    public async Task The_judge_key_covers_the_rubric_hash()
    {
        var judgeModel = FakeChatClient.Replying(JudgeJson.AllScores(Case, 5, "same answer"));
        var judge = new LlmJudge(Recorded(judgeModel, RecordingMode.Record));
        await judge.JudgeAsync(Case, "same answer");
        await judge.JudgeAsync(Case, "same answer");
        await judge.JudgeAsync(Case with { IdealBehavior = Case.IdealBehavior + " Changed." }, "same answer");

        judgeModel.Calls.Should().HaveCount(2);
        judgeModel.Calls[0].Options!.AdditionalProperties![EvalChatProperties.RubricHash].Should().Be(JudgePrompt.RubricHash(Case));
        JudgePrompt.RubricHash(Case).Should().NotBe(JudgePrompt.RubricHash(Case with { IdealBehavior = "x" }));
    }

    [Fact]
    public async Task ReplayOnly_fails_a_miss_clearly_and_the_case_is_inconclusive()
    {
        var result = await new EvalRunner(Recorded(Counting(), RecordingMode.ReplayOnly), new ChecklistJudge()).RunAsync(Case);
        result.Verdict.Status.Should().Be(VerdictStatus.Inconclusive);
        result.Verdict.Problem.Should().StartWith("The agent threw while answering VOS-07: RecordingMissingException: ReplayOnly: no recording for case VOS-07 (agent call, sample 0) in " + _temp.Path);
    }

    [Fact]
    public async Task A_failing_answer_is_not_replayed_on_the_next_run_but_a_passing_one_is()
    {
        var flawed = Counting(Case.FlawedAnswers[0]);
        (await new EvalRunner(Recorded(flawed, RecordingMode.Record), new ChecklistJudge()).RunAsync(Case)).Verdict.Status.Should().Be(VerdictStatus.Failed);
        (await new EvalRunner(Recorded(flawed, RecordingMode.Record), new ChecklistJudge()).RunAsync(Case)).Verdict.Status.Should().Be(VerdictStatus.Failed);
        flawed.Calls.Should().HaveCount(2, "the failing answer was dropped and asked again");

        var good = Counting(Case.GoodAnswers[0]);
        (await new EvalRunner(Recorded(good, RecordingMode.Record), new ChecklistJudge()).RunAsync(Case)).Verdict.Passed.Should().BeTrue();
        (await new EvalRunner(Recorded(good, RecordingMode.Record), new ChecklistJudge()).RunAsync(Case)).Verdict.Passed.Should().BeTrue();
        good.Calls.Should().ContainSingle("a passing answer is replayed");
    }

    [Fact]
    public async Task Errors_are_not_recorded()
    {
        var calls = 0;
        var model = new FakeChatClient((_, _, _) => ++calls == 1 ? throw new HttpRequestException("boom") : Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, "ok"))));
        var agent = new Agent(Recorded(model, RecordingMode.Record));
        await agent.Invoking(a => a.AskAsync(Case, 0)).Should().ThrowAsync<AgentFailedException>();
        (await agent.AskAsync(Case, 0)).Text.Should().Be("ok");
        calls.Should().Be(2);
    }
}
