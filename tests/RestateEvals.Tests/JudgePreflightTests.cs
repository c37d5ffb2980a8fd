using System.Collections.Concurrent;
using System.Reflection;
using FluentAssertions;
using Microsoft.Extensions.AI;
using RestateEvals;
using Xunit.Abstractions;

namespace RestateEvals.Tests;

public sealed class JudgePreflightTests
{
    private static readonly string ProseOnly = "I read the answer carefully. It is a very good answer and I would give it full marks.";

    /// <summary>The nine case tests of the suite, as xUnit would call them (a fresh instance per test).</summary>
    private static readonly MethodInfo[] CaseTests = [.. typeof(VirtualObjectsAndStateEvals).GetMethods().Where(m => m.GetCustomAttributes(typeof(TheoryAttribute), false).Length > 0)];

    [Fact]
    public async Task A_judge_that_cannot_score_fails_every_test_with_the_diagnosis_and_the_agent_is_never_called()
    {
        CaseTests.Should().HaveCount(9);
        var messages = new List<string>();
        var judgeCallsAfterFirstTest = -1;
        foreach (var test in CaseTests)
        {
            var suite = new ProseJudgeSuite(new RecordingOutput());
            var row = new EvalCaseRow(((CaseTraitsAttribute)test.GetCustomAttributes(typeof(CaseTraitsAttribute), false).Single()).CaseId);
            var act = () => (Task)test.Invoke(suite, [row])!;
            messages.Add((await act.Should().ThrowAsync<JudgePreflightException>()).Which.Message);
            judgeCallsAfterFirstTest = judgeCallsAfterFirstTest < 0 ? ProseJudgeSuite.Judge.Calls.Count : judgeCallsAfterFirstTest;
        }

        messages.Should().OnlyContain(m => m.StartsWith("Judge preflight failed: the judge could not score a known-good reference answer of VOS-01: ", StringComparison.Ordinal)
            && m.Contains("Fix the judge configuration (model, token limit, JSON output) before running the evals.", StringComparison.Ordinal)
            && m.Contains(ProseOnly, StringComparison.Ordinal));
        messages[0].Should().Contain("no JSON", "the judge's problem is named");
        ProseJudgeSuite.Agent.Calls.Should().BeEmpty("no case is put to the agent when the judge cannot score");
        ProseJudgeSuite.Judge.Calls.Should().HaveCount(judgeCallsAfterFirstTest, "the preflight runs once per suite, not once per test");
        ProseJudgeSuite.Judge.Calls.Should().HaveCountLessThanOrEqualTo(1 + new JudgeOptions().MaxReasks);
    }

    [Fact]
    public async Task A_judge_that_scores_passes_the_preflight_once_per_suite_run()
    {
        var output = new RecordingOutput();
        foreach (var caseId in new[] { "VOS-02", "VOS-05", "VOS-09" })
        {
            await new CountingJudgeSuite(output).EvaluateCaseAsync(caseId);
        }

        CountingJudgeSuite.Judged.Should().Equal(
            ("VOS-01", EvalCatalog.Get("VOS-01").GoodAnswers[0]),
            ("VOS-02", EvalCatalog.Get("VOS-02").GoodAnswers[0]),
            ("VOS-05", EvalCatalog.Get("VOS-05").GoodAnswers[0]),
            ("VOS-09", EvalCatalog.Get("VOS-09").GoodAnswers[0]));
        output.Lines.Where(l => l.StartsWith("Judge preflight: reference-answers scored a known-good reference answer of VOS-01 and passed it", StringComparison.Ordinal)).Should().HaveCount(3);
    }

    [Fact]
    public async Task Turned_off_the_cases_run_and_an_unusable_judge_makes_them_inconclusive()
    {
        var act = () => new UncheckedProseJudgeSuite().EvaluateCaseAsync("VOS-03");
        (await act.Should().ThrowAsync<RubricNotMetException>()).Which.Message.Should().Contain("inconclusive");
        UncheckedProseJudgeSuite.Agent.Calls.Should().ContainSingle();
    }

    private static ChatResponse GoodAnswerFor(ChatOptions? options) =>
        new(new ChatMessage(ChatRole.Assistant, EvalCatalog.Get((string)options!.AdditionalProperties![EvalChatProperties.CaseId]!).GoodAnswers[0]));

    private abstract class TestSuite(ITestOutputHelper? output = null) : VirtualObjectsAndStateEvals(output)
    {
        protected override ISnapshotVerifier? Snapshots => null;

        protected override string? ReportDirectory => null;

        public Task EvaluateCaseAsync(string caseId) => EvaluateAsync(new EvalCaseRow(caseId));
    }

    /// <summary>A judge model that answers in prose only (a provider without JSON output).</summary>
    private sealed class ProseJudgeSuite(ITestOutputHelper output) : TestSuite(output)
    {
        public static FakeChatClient Agent { get; } = new((_, options, _) => Task.FromResult(GoodAnswerFor(options)));

        public static FakeChatClient Judge { get; } = FakeChatClient.Replying(ProseOnly);

        protected override IChatClient CreateAgent() => Agent;

        protected override IChatClient? CreateJudgeClient() => Judge;
    }

    private sealed class UncheckedProseJudgeSuite : TestSuite
    {
        public static FakeChatClient Agent { get; } = new((_, options, _) => Task.FromResult(GoodAnswerFor(options)));

        protected override bool JudgePreflight => false;

        protected override IChatClient CreateAgent() => Agent;

        protected override IChatClient? CreateJudgeClient() => FakeChatClient.Replying(ProseOnly);
    }

    /// <summary>The reference-answer judge, recording every answer it is given (across the suite's instances).</summary>
    private sealed class CountingJudgeSuite(ITestOutputHelper output) : TestSuite(output)
    {
        private static readonly ConcurrentQueue<(string CaseId, string Answer)> Calls = new();

        public static IReadOnlyList<(string CaseId, string Answer)> Judged => [.. Calls];

        protected override IChatClient CreateAgent() => new ReferenceAnswerChatClient();

        protected override IJudge CreateJudge() => new CountingJudge(Calls);
    }

    private sealed class CountingJudge(ConcurrentQueue<(string CaseId, string Answer)> calls) : IJudge
    {
        private readonly ReferenceAnswerJudge _inner = new();

        public Task<JudgeOutcome> JudgeAsync(EvalCase evalCase, string answer, CancellationToken cancellationToken = default)
        {
            calls.Enqueue((evalCase.Id, answer));
            return _inner.JudgeAsync(evalCase, answer, cancellationToken);
        }
    }

    private sealed class RecordingOutput : ITestOutputHelper
    {
        private readonly ConcurrentQueue<string> _lines = new();

        public IReadOnlyList<string> Lines => [.. _lines];

        public void WriteLine(string message) => _lines.Enqueue(message);

        public void WriteLine(string format, params object[] args) => _lines.Enqueue(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args));
    }
}
