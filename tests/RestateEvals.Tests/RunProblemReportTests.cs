using System.Text.Json.Nodes;
using FluentAssertions;
using Microsoft.Extensions.AI;

namespace RestateEvals.Tests;

/// <summary>A run that fails before any case is graded still writes its reports and a history record, saying why: the last green report never stays.</summary>
public sealed class RunProblemReportTests
{
    [Fact]
    public async Task A_failed_judge_preflight_replaces_the_last_green_report_and_is_recorded_in_the_history()
    {
        var folder = DeadJudgeSuite.Folder;
        var green = new EvalReport();
        green.Add(await new EvalRunner(new ReferenceAnswerChatClient(), new ReferenceAnswerJudge()).RunAsync(EvalCatalog.Get("VOS-01")));
        green.Write(folder);
        (await File.ReadAllTextAsync(Path.Combine(folder, EvalReport.SummaryFileName))).Should().Contain("1 passed, 0 failed");

        var act = () => new DeadJudgeSuite().EvaluateCaseAsync("VOS-02");
        await act.Should().ThrowAsync<JudgePreflightException>();

        var summary = await File.ReadAllTextAsync(Path.Combine(folder, EvalReport.SummaryFileName));
        summary.Should().Contain("**This run could not grade:** judge preflight failed: the judge could not score a known-good reference answer of VOS-01")
            .And.Contain("0 passed, 0 failed, 0 inconclusive")
            .And.NotContain("1 passed");
        (await File.ReadAllTextAsync(Path.Combine(folder, EvalReport.HtmlFileName))).Should().Contain("This run could not grade:");
        var records = Directory.GetFiles(Path.Combine(folder, "history"), "*.json").Select(f => JsonNode.Parse(File.ReadAllText(f))!).ToList();
        records.Should().HaveCount(2, "the green run and the run that could not grade");
        var failed = records.Single(r => r["problem"] is not null);
        ((string)failed["problem"]!).Should().StartWith("judge preflight failed:");
        ((string)failed["cases"]!["VOS-02"]!["cause"]!).Should().Be("not-judged");
    }

    [Fact]
    public async Task A_configuration_error_is_reported_as_one()
    {
        var act = () => new BrokenAgentSuite().EvaluateCaseAsync("VOS-03");
        await act.Should().ThrowAsync<InvalidOperationException>();
        (await File.ReadAllTextAsync(Path.Combine(BrokenAgentSuite.Folder, EvalReport.SummaryFileName)))
            .Should().Contain("**This run could not grade:** configuration error: InvalidOperationException: Set OPENAI_API_KEY");
    }

    private abstract class Suite : VirtualObjectsAndStateEvals
    {
        protected override ISnapshotVerifier? Snapshots => null;

        public Task EvaluateCaseAsync(string caseId) => EvaluateAsync(new EvalCaseRow(caseId));
    }

    private sealed class DeadJudgeSuite : Suite
    {
        public static string Folder { get; } = Path.Combine(Path.GetTempPath(), "restateevals-run-problem-" + Guid.NewGuid().ToString("N")[..8]);

        protected override string? ReportDirectory => Folder;

        protected override IChatClient CreateAgent() => new ReferenceAnswerChatClient();

        protected override IChatClient? CreateJudgeClient() => FakeChatClient.Throwing(new HttpRequestException("Connection refused (127.0.0.1:9)"));
    }

    private sealed class BrokenAgentSuite : Suite
    {
        public static string Folder { get; } = Path.Combine(Path.GetTempPath(), "restateevals-run-problem-" + Guid.NewGuid().ToString("N")[..8]);

        protected override string? ReportDirectory => Folder;

        protected override bool JudgePreflight => false;

        protected override IChatClient CreateAgent() => throw new InvalidOperationException("Set OPENAI_API_KEY to run the evals.");

        protected override IJudge CreateJudge() => new ReferenceAnswerJudge();
    }
}
