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
        var judgeModel = FakeChatClient.Replying(JudgeJson.AllScores(Case, 5, "the same answer text"));
        var judge = new LlmJudge(Recorded(judgeModel, RecordingMode.Record));
        await judge.JudgeAsync(Case, "the same answer text");
        await judge.JudgeAsync(Case, "the same answer text");
        await judge.JudgeAsync(Case with { IdealBehavior = Case.IdealBehavior + " Changed." }, "the same answer text");

        judgeModel.Calls.Should().HaveCount(2);
        judgeModel.Calls[0].Options!.AdditionalProperties![EvalChatProperties.RubricHash].Should().Be(JudgePrompt.RubricHash(Case));
        JudgePrompt.RubricHash(Case).Should().NotBe(JudgePrompt.RubricHash(Case with { IdealBehavior = "x" }));
    }

    [Fact]
    public async Task ReplayOnly_fails_a_miss_clearly_and_the_case_is_inconclusive()
    {
        var result = await new EvalRunner(Recorded(Counting(), RecordingMode.ReplayOnly), new ReferenceAnswerJudge()).RunAsync(Case);
        result.Verdict.Status.Should().Be(VerdictStatus.Inconclusive);
        result.Verdict.Problem.Should().StartWith("The agent threw while answering VOS-07: RecordingMissingException: ReplayOnly: no recording for case VOS-07 (agent call, sample 0) in " + _temp.Path);
    }

    [Fact]
    public async Task A_failing_answer_is_not_replayed_on_the_next_run_but_a_passing_one_is()
    {
        var flawed = Counting(Case.FlawedAnswers[0]);
        (await new EvalRunner(Recorded(flawed, RecordingMode.Record), new ReferenceAnswerJudge()).RunAsync(Case)).Verdict.Status.Should().Be(VerdictStatus.Failed);
        (await new EvalRunner(Recorded(flawed, RecordingMode.Record), new ReferenceAnswerJudge()).RunAsync(Case)).Verdict.Status.Should().Be(VerdictStatus.Failed);
        flawed.Calls.Should().HaveCount(2, "the failing answer was dropped and asked again");

        var good = Counting(Case.GoodAnswers[0]);
        (await new EvalRunner(Recorded(good, RecordingMode.Record), new ReferenceAnswerJudge()).RunAsync(Case)).Verdict.Passed.Should().BeTrue();
        (await new EvalRunner(Recorded(good, RecordingMode.Record), new ReferenceAnswerJudge()).RunAsync(Case)).Verdict.Passed.Should().BeTrue();
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

    [Theory]
    [InlineData("fails", VerdictStatus.Failed)]
    [InlineData("refuses", VerdictStatus.Inconclusive)]
    [InlineData("passes", VerdictStatus.Passed)]
    public async Task The_judge_recordings_of_a_case_that_did_not_pass_are_dropped_too(string judgeBehaviour, VerdictStatus expected)
    {
        var answer = Case.GoodAnswers[0];
        var reply = judgeBehaviour switch { "fails" => JudgeJson.AllScores(Case, 1, answer), "refuses" => "I cannot grade this.", _ => JudgeJson.AllScores(Case, 5, answer) };
        var agentModel = Counting(answer);
        var judgeModel = FakeChatClient.Replying(reply);
        for (var run = 0; run < 2; run++)
        {
            var runner = new EvalRunner(Recorded(agentModel, RecordingMode.Record), new LlmJudge(Recorded(judgeModel, RecordingMode.Record)));
            (await runner.RunAsync(Case)).Verdict.Status.Should().Be(expected);
        }

        var callsPerRun = judgeBehaviour == "refuses" ? 2 : 1;
        (agentModel.Calls.Count, judgeModel.Calls.Count).Should().Be(
            expected == VerdictStatus.Passed ? (1, 1) : (2, 2 * callsPerRun),
            "a case that did not pass asks agent and judge again on the next run; a passing one replays both");
        Directory.GetFiles(_temp.Path, "*.json").Should().HaveCount(expected == VerdictStatus.Passed ? 2 : 0);
    }

    [Fact]
    public async Task The_judge_recordings_behind_a_panel_are_dropped_too()
    {
        var answer = Case.GoodAnswers[0];
        var judgeA = FakeChatClient.Replying(JudgeJson.AllScores(Case, 1, answer));
        var judgeB = FakeChatClient.Replying(JudgeJson.AllScores(Case, 1, answer));
        for (var run = 0; run < 2; run++)
        {
            var panel = new JudgePanel([Judge(judgeA, "model-a"), Judge(judgeB, "model-b")]);
            (await new EvalRunner(Recorded(Counting(answer), RecordingMode.Record), panel).RunAsync(Case)).Verdict.Status.Should().Be(VerdictStatus.Failed);
        }

        judgeA.Calls.Should().HaveCount(2);
        judgeB.Calls.Should().HaveCount(2);

        LlmJudge Judge(FakeChatClient model, string modelId) =>
            new(Recorded(model, RecordingMode.Record), new JudgeOptions { ChatOptions = new ChatOptions { ModelId = modelId } });
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"messages\": [")]
    [InlineData("not json at all")]
    [InlineData("null")]
    public async Task An_unreadable_recording_is_a_miss_re_recorded_in_Record_and_a_clear_failure_in_ReplayOnly(string corrupt)
    {
        var answer = Case.GoodAnswers[0];
        var model = Counting(answer);
        (await new Agent(Recorded(model, RecordingMode.Record)).AskAsync(Case, 0)).Text.Should().Be(answer);
        var file = Directory.GetFiles(_temp.Path, "*.json").Should().ContainSingle().Subject;
        await File.WriteAllTextAsync(file, corrupt);

        var replayOnly = await new EvalRunner(Recorded(FakeChatClient.Throwing(new InvalidOperationException("must not be called")), RecordingMode.ReplayOnly), new ReferenceAnswerJudge()).RunAsync(Case);
        replayOnly.Verdict.Status.Should().Be(VerdictStatus.Inconclusive);
        if (corrupt == "null")
        {
            replayOnly.Verdict.Problem.Should().Contain("ReplayOnly: no recording for case VOS-07", "a JSON null is an empty entry, a miss");
        }
        else
        {
            replayOnly.Verdict.Problem.Should().Contain($"ReplayOnly: recording unreadable: {file}");
        }

        (await new Agent(Recorded(model, RecordingMode.Record)).AskAsync(Case, 0)).Text.Should().Be(answer);
        model.Calls.Should().HaveCount(2, "the unreadable recording was a miss, asked again");
        (await File.ReadAllTextAsync(file)).Should().Contain("\"messages\"", "and recorded again");
    }

    [Fact]
    public async Task A_recording_deleted_by_another_process_while_read_is_a_miss()
    {
        var cache = new FileDistributedCache(_temp.Path);
        var other = new FileDistributedCache(_temp.Path);
        var errors = 0;
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        var writer = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await other.SetAsync("k", new byte[4096], new());
                await other.RemoveAsync("k");
            }
        });
        var reads = 0;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var value = await cache.GetAsync("k");
                (value is null || value.Length == 4096).Should().BeTrue();
                reads++;
            }
            catch (IOException)
            {
                errors++;
            }
        }

        await writer;
        reads.Should().BeGreaterThan(100);
        errors.Should().Be(0);
    }

    [Fact]
    public async Task Temporary_files_never_sit_beside_the_recordings_and_crash_leftovers_are_removed()
    {
        Directory.CreateDirectory(Path.Combine(_temp.Path, ".tmp"));
        var oldStyle = Path.Combine(_temp.Path, "abc.json.0123.tmp");
        var stale = Path.Combine(_temp.Path, ".tmp", "stale.tmp");
        var fresh = Path.Combine(_temp.Path, ".tmp", "in-flight.tmp");
        foreach (var file in new[] { oldStyle, stale, fresh })
        {
            await File.WriteAllTextAsync(file, string.Empty);
        }

        File.SetLastWriteTimeUtc(stale, DateTime.UtcNow.AddHours(-1));
        var cache = new FileDistributedCache(_temp.Path);
        await cache.SetAsync("key", [1, 2, 3], new());

        File.Exists(oldStyle).Should().BeFalse();
        File.Exists(stale).Should().BeFalse();
        File.Exists(fresh).Should().BeTrue("another process may be writing it right now");
        Directory.GetFiles(_temp.Path).Select(Path.GetFileName).Should().Equal("key.json");
        (await File.ReadAllTextAsync(Path.Combine(_temp.Path, ".tmp", ".gitignore"))).Should().Be("*\n");
        Directory.GetFiles(Path.Combine(_temp.Path, ".tmp"), "*.tmp").Should().Equal(fresh);
    }
}
