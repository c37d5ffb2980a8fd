using System.Text;
using FluentAssertions;
using Microsoft.Extensions.AI;
using RestateEvals.Snapshots;
using RestateEvals;
using Xunit.Abstractions;

namespace RestateEvals.Tests;

public sealed class SnapshotTests : IDisposable
{
    private readonly TempDirectory _temp = new("snap");

    private SnapshotName Name => new(_temp.Path, "MyEvals", "Vos01_Test", "VOS-01");

    public void Dispose() => _temp.Dispose();

    private static MarkdownSnapshotVerifier Verifier(bool autoAccept = false) => new(new SnapshotOptions { AutoAccept = autoAccept, LaunchDiffTool = false });

    [Fact]
    public void Names_follow_Verify_conventions()
    {
        Name.VerifiedPath.Should().Be(Path.Combine(_temp.Path, "MyEvals.Vos01_Test_VOS-01.verified.md"));
        Name.ReceivedPath.Should().Be(Path.Combine(_temp.Path, "MyEvals.Vos01_Test_VOS-01.received.md"));
    }

    [Fact]
    public async Task A_new_snapshot_fails_and_leaves_the_received_file_in_utf8_with_lf()
    {
        var problem = await Verifier().VerifyAsync(Name, "# Title\r\n\r\nbody ü\r\n");
        problem.Should().Be($"New snapshot MyEvals.Vos01_Test_VOS-01: no verified file yet.\nReceived: {Name.ReceivedPath}\nVerified: {Name.VerifiedPath}\n"
            + "Review it, then accept by renaming the received file to .verified.md (or run with RESTATEEVALS_ACCEPT_SNAPSHOTS=true).\n");
        var bytes = await File.ReadAllBytesAsync(Name.ReceivedPath);
        bytes.Should().Equal(Encoding.UTF8.GetBytes("# Title\n\nbody ü\n"), "UTF-8 without BOM, LF line endings");
        File.Exists(Name.VerifiedPath).Should().BeFalse();
    }

    [Fact]
    public async Task A_matching_snapshot_passes_and_removes_a_stale_received_file()
    {
        Directory.CreateDirectory(_temp.Path);
        await File.WriteAllTextAsync(Name.VerifiedPath, "same\n");
        await File.WriteAllTextAsync(Name.ReceivedPath, "old\n");
        (await Verifier().VerifyAsync(Name, "same")).Should().BeNull();
        File.Exists(Name.ReceivedPath).Should().BeFalse();
    }

    [Fact]
    public async Task A_difference_fails_with_an_inline_diff()
    {
        Directory.CreateDirectory(_temp.Path);
        await File.WriteAllTextAsync(Name.VerifiedPath, "a\nb\nc\nd\ne\nf\ng\n");
        var problem = await Verifier().VerifyAsync(Name, "a\nb\nc\nD\ne\nf\ng\n");
        problem.Should().Be(
            $"Snapshot MyEvals.Vos01_Test_VOS-01 differs from the verified file.\nReceived: {Name.ReceivedPath}\nVerified: {Name.VerifiedPath}\n"
            + "Review it, then accept by renaming the received file to .verified.md (or run with RESTATEEVALS_ACCEPT_SNAPSHOTS=true).\n\n"
            + "  ...\n  b\n  c\n- d\n+ D\n  e\n  f\n  ...\n");
        (await File.ReadAllTextAsync(Name.ReceivedPath)).Should().Be("a\nb\nc\nD\ne\nf\ng\n");
    }

    [Fact]
    public async Task Auto_accept_writes_the_verified_file()
    {
        (await Verifier(autoAccept: true).VerifyAsync(Name, "accepted")).Should().BeNull();
        (await File.ReadAllTextAsync(Name.VerifiedPath)).Should().Be("accepted\n");
        File.Exists(Name.ReceivedPath).Should().BeFalse();
    }

    [Fact]
    public async Task Rendered_snapshots_round_trip_their_judge_scores_and_scrub_secrets()
    {
        var evalCase = EvalCatalog.Get("VOS-01");
        var secret = "sk-proj-abcdefghijklmnopqrstuvwxyz123456";
        var agent = FakeChatClient.Replying(evalCase.GoodAnswers[0] + "\nMy key is " + secret);
        var result = await new EvalRunner(agent, StubJudge.Scoring("judge", 5, 4, 5, 3)).RunAsync(evalCase);

        var text = SnapshotDocument.Render(result);
        text.Should().NotContain(secret).And.Contain("My key is {scrubbed-secret}").And.NotContain("\r");
        text.Should().Contain("- model: fake-model").And.NotContain("Latency", "volatile values are left out");
        var outcomes = SnapshotDocument.ReadOutcomes(text);
        outcomes.Should().ContainKey(SnapshotDocument.Key(evalCase, result.Samples[0].Answer!.Text));
        outcomes.Single().Value.Scores.Should().BeEquivalentTo(result.Samples[0].Outcome.Scores);
        SnapshotDocument.ReadOutcomes("```json restateevals-scores\n{not json\n```").Should().BeEmpty();
        SnapshotDocument.ReadOutcomes(null).Should().BeEmpty();
    }

    [Fact]
    public async Task Verified_verdicts_are_reused_only_for_the_exact_answer()
    {
        var evalCase = EvalCatalog.Get("VOS-02");
        var stored = JudgeOutcome.Conclusive([.. evalCase.Criteria.Select(c => new JudgeScore(c.Id, 4, "stored", ""))], "", "judge-x");
        var judgeModel = FakeChatClient.Replying(JudgeJson.AllScores(evalCase, 5, "a known answer text"));
        var judge = new VerifiedVerdictJudge(new LlmJudge(judgeModel), _ => new Dictionary<string, JudgeOutcome> { [SnapshotDocument.Key(evalCase, "a known answer text")] = stored });

        (await judge.JudgeAsync(evalCase, "a known answer text")).Should().BeSameAs(stored);
        judgeModel.Calls.Should().BeEmpty();
        (await judge.JudgeAsync(evalCase, "a known answer text.")).Scores.Should().OnlyContain(s => s.Score == 5);
        judgeModel.Calls.Should().ContainSingle();
        (await judge.JudgeAsync(evalCase with { IdealBehavior = "A changed rubric." }, "a known answer text")).Should().NotBeSameAs(stored, "a changed rubric is judged afresh");
        judgeModel.Calls.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_strict_suite_fails_on_a_new_snapshot_then_passes_once_accepted_without_calling_the_judge_again()
    {
        var judgeModel = new FakeChatClient((_, _, _) => Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, JudgeJson.AllScores(EvalCatalog.Get("VOS-03"), 5)))));
        var first = new SnapshotSuite(_temp.Path, judgeModel);
        var act = () => first.Vos03_ObjectsAreNotPods(new EvalCaseRow("VOS-03"));
        (await act.Should().ThrowAsync<SnapshotMismatchException>()).Which.Message.Should().StartWith("New snapshot SnapshotSuite.Vos03_ObjectsAreNotPods_VOS-03: no verified file yet.");
        judgeModel.Calls.Should().ContainSingle();

        File.Move(Path.Combine(_temp.Path, "SnapshotSuite.Vos03_ObjectsAreNotPods_VOS-03.received.md"), Path.Combine(_temp.Path, "SnapshotSuite.Vos03_ObjectsAreNotPods_VOS-03.verified.md"));
        await new SnapshotSuite(_temp.Path, judgeModel).Vos03_ObjectsAreNotPods(new EvalCaseRow("VOS-03"));
        judgeModel.Calls.Should().ContainSingle("the unchanged answer reused the verified verdict");
        Directory.GetFiles(_temp.Path, "*.received.md").Should().BeEmpty();
    }

    [Fact]
    public async Task In_review_mode_a_new_or_changed_answer_never_fails_the_test_but_is_reported_and_left_for_review()
    {
        var evalCase = EvalCatalog.Get("VOS-03");
        var judgeModel = new FakeChatClient((_, _, _) => Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, JudgeJson.AllScores(evalCase, 5)))));
        var output = new RecordingOutput();
        await new SnapshotSuite(_temp.Path, judgeModel, SnapshotMode.Review, output).Vos03_ObjectsAreNotPods(new EvalCaseRow("VOS-03"));

        File.Exists(Path.Combine(_temp.Path, "SnapshotSuite.Vos03_ObjectsAreNotPods_VOS-03.received.md")).Should().BeTrue("it stays for review");
        output.Text.Should().Contain("Answer changed since verified (VOS-03); it does not fail the test in SnapshotMode.Review:\nNew snapshot SnapshotSuite.Vos03_ObjectsAreNotPods_VOS-03: no verified file yet.");

        var failing = new FakeChatClient((_, _, _) => Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, JudgeJson.AllScores(evalCase, 1)))));
        var act = () => new SnapshotSuite(_temp.Path, failing, SnapshotMode.Review).Vos03_ObjectsAreNotPods(new EvalCaseRow("VOS-03"));
        (await act.Should().ThrowAsync<RubricNotMetException>()).Which.Message.Should().NotContain("New snapshot", "in review the verdict alone decides");
    }

    [Fact]
    public async Task Off_writes_and_compares_nothing()
    {
        var evalCase = EvalCatalog.Get("VOS-03");
        var judgeModel = new FakeChatClient((_, _, _) => Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, JudgeJson.AllScores(evalCase, 5)))));
        await new SnapshotSuite(_temp.Path, judgeModel, SnapshotMode.Off).Vos03_ObjectsAreNotPods(new EvalCaseRow("VOS-03"));
        Directory.Exists(_temp.Path).Should().BeFalse();
    }

    [Theory]
    [InlineData(null, SnapshotMode.Review)]
    [InlineData("strict", SnapshotMode.Strict)]
    [InlineData("OFF", SnapshotMode.Off)]
    [InlineData("bogus", SnapshotMode.Review)]
    public void The_mode_defaults_to_review_and_reads_RESTATEEVALS_SNAPSHOT_MODE(string? value, SnapshotMode expected)
    {
        var before = Environment.GetEnvironmentVariable("RESTATEEVALS_SNAPSHOT_MODE");
        try
        {
            Environment.SetEnvironmentVariable("RESTATEEVALS_SNAPSHOT_MODE", value);
            new SnapshotOptions().Mode.Should().Be(expected);
        }
        finally
        {
            Environment.SetEnvironmentVariable("RESTATEEVALS_SNAPSHOT_MODE", before);
        }
    }

    [Fact]
    public void A_suite_class_that_declares_no_constructor_still_keeps_its_snapshots_beside_its_source_file()
    {
        new NoConstructorSuite().Directory.Should().Be(Path.GetDirectoryName(ThisFile()));
    }

    private static string ThisFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;

    private sealed class NoConstructorSuite : VirtualObjectsAndStateEvals
    {
        public string Directory => SnapshotFor(EvalCatalog.Get("VOS-01")).Directory;

        protected override IChatClient CreateAgent() => new ReferenceAnswerChatClient();
    }

    private sealed class RecordingOutput : ITestOutputHelper
    {
        private readonly System.Text.StringBuilder _text = new();

        public string Text => _text.ToString();

        public void WriteLine(string message) => _text.AppendLine(message);

        public void WriteLine(string format, params object[] args) => _text.AppendLine(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args));
    }

    private sealed class SnapshotSuite(string directory, IChatClient judge, SnapshotMode mode = SnapshotMode.Strict, ITestOutputHelper? output = null) : VirtualObjectsAndStateEvals(output)
    {
        protected override ISnapshotVerifier? Snapshots { get; } = new MarkdownSnapshotVerifier(new SnapshotOptions { AutoAccept = false, LaunchDiffTool = false, Mode = mode });

        // The judge model here answers for VOS-03 only, and the test counts its calls: no preflight on VOS-01.
        protected override bool JudgePreflight => false;

        protected override string SnapshotDirectory => directory;

        protected override string? ReportDirectory => null;

        protected override IChatClient CreateAgent() => new ReferenceAnswerChatClient();

        protected override IChatClient? CreateJudgeClient() => judge;
    }
}
