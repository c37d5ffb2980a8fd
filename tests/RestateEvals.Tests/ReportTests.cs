using System.Text.Json.Nodes;
using FluentAssertions;

namespace RestateEvals.Tests;

public sealed class ReportTests : IDisposable
{
    private readonly TempDirectory _temp = new("report");

    public void Dispose() => _temp.Dispose();

    private static async Task<EvalReport> ReportAsync()
    {
        var report = new EvalReport();
        var good = new EvalRunner(new ReferenceAnswerChatClient(), new ReferenceAnswerJudge());
        var flawed = new EvalRunner(new ReferenceAnswerChatClient(flawed: true), new ReferenceAnswerJudge());
        report.Add(await good.RunAsync(EvalCatalog.Get("VOS-02")));
        report.Add(await flawed.RunAsync(EvalCatalog.Get("VOS-01")));
        report.Add(await new EvalRunner(FakeChatClient.Throwing(new HttpRequestException("down")), new ReferenceAnswerJudge()).RunAsync(EvalCatalog.Get("VOS-03")));
        return report;
    }

    [Fact]
    public async Task Markdown_summary_has_case_rows_and_dimension_aggregates()
    {
        var markdown = (await ReportAsync()).RenderMarkdown();
        var lines = markdown.Split('\n');
        lines.Should().Contain("1 passed, 1 failed, 1 inconclusive");
        lines.Should().Contain(l => l.StartsWith("| VOS-01 Concurrent decrements on one key: adding an application mutex | critical | key-serialization ", StringComparison.Ordinal) && l.EndsWith("| ❌ failed |", StringComparison.Ordinal));
        lines.Should().Contain("| VOS-02 Shared getBalance handler that writes state | high | shared-read-only 5, accurate-failure 5, write-in-exclusive 5, no-race-misdiagnosis 5 | 5 | 5 | ✅ passed |");
        lines.Should().Contain(l => l.StartsWith("| VOS-03 ", StringComparison.Ordinal) && l.Contains("The agent threw while answering VOS-03", StringComparison.Ordinal) && l.EndsWith("| - | - | ⚠️ inconclusive |", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("| VirtualObjectsAndState | 5 |", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("| AiPlatform | 2 |", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("| Restate | 1 | 5 | 0 |", StringComparison.Ordinal));
    }

    [Fact]
    public void With_k_samples_the_report_shows_each_sample_verdict_the_pass_rate_and_min_mean_max()
    {
        var evalCase = EvalCatalog.Get("VOS-01");
        JudgeOutcome Outcome(params int[] scores) => JudgeOutcome.Conclusive([.. evalCase.Criteria.Select((c, i) => new JudgeScore(c.Id, scores[i], "r", string.Empty))], "raw", "judge");
        var outcomes = new[] { Outcome(5, 5, 5, 5), Outcome(1, 1, 5, 5) };
        var answer = new AgentAnswer("a", "m", 1, 1, TimeSpan.Zero);
        var report = new EvalReport();
        report.Add(new EvalResult(evalCase, [new EvalSample(0, answer, outcomes[0]), new EvalSample(1, answer, outcomes[1])], Grader.Grade(evalCase, outcomes, new GradingPolicy { Samples = 2 })));

        var lines = report.RenderMarkdown().Split('\n');
        lines.Should().Contain("| VOS-01 Concurrent decrements on one key: adding an application mutex | critical | key-serialization 3 (min 1, max 5), no-app-lock 3 (min 1, max 5), key-boundary 5 (min 5, max 5), why-lock-harms 5 (min 5, max 5) | 4 | 3 | ❌ failed, 1 of 2 samples passed |");
        lines.Should().Contain("| Case | Sample | Verdict | Scores | Mean | Lowest |");
        lines.Should().Contain("| VOS-01 | 1 of 2 | ✅ passed | key-serialization 5, no-app-lock 5, key-boundary 5, why-lock-harms 5 | 5 | 5 |");
        lines.Should().Contain("| VOS-01 | 2 of 2 | ❌ failed | key-serialization 1, no-app-lock 1, key-boundary 5, why-lock-harms 5 | 3 | 1 |");

        var json = JsonNode.Parse(report.RenderJson())!.AsArray()[0]!;
        ((string)json["status"]!).Should().Be("Failed");
        ((int)json["samplesPassed"]!).Should().Be(1);
        ((double)json["passRate"]!).Should().Be(0.5);
        ((string)json["policy"]!["reducer"]!).Should().Be("AllSamplesPass");
        var criterion = json["criteria"]![0]!;
        ((double)criterion["min"]!, (double)criterion["mean"]!, (double)criterion["max"]!).Should().Be((1.0, 3.0, 5.0));
        criterion["sampleScores"]!.AsArray().Select(n => (int)n!).Should().Equal(5, 1);
        json["samples"]!.AsArray().Select(n => (string)n!["status"]!).Should().Equal("Passed", "Failed");
        ((double)json["samples"]![1]!["minimum"]!).Should().Be(1);
    }

    [Fact]
    public async Task With_one_sample_the_report_has_no_sample_table()
    {
        (await ReportAsync()).RenderMarkdown().Should().NotContain("| Case | Sample |");
    }

    [Fact]
    public async Task Json_results_and_files_are_written_and_appended_to_the_step_summary()
    {
        var report = await ReportAsync();
        report.Write(_temp.Path);
        var json = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_temp.Path, EvalReport.ResultsFileName)))!.AsArray();
        json.Select(r => (string)r!["id"]!).Should().Equal("VOS-01", "VOS-02", "VOS-03");
        ((string)json[1]!["status"]!).Should().Be("Passed");
        json[1]!["criteria"]!.AsArray().Should().HaveCount(4);
        ((string)json[1]!["samples"]![0]!["model"]!).Should().Be("reference-answers");
        File.Exists(Path.Combine(_temp.Path, EvalReport.SummaryFileName)).Should().BeTrue();

        var summary = Path.Combine(_temp.Path, "step-summary.md");
        await File.WriteAllTextAsync(summary, "earlier step\n");
        report.AppendToGitHubStepSummary(summary).Should().BeTrue();
        (await File.ReadAllTextAsync(summary)).Should().StartWith("earlier step\n## RestateEvals: Virtual Objects and State");
        new EvalReport().AppendToGitHubStepSummary(summary).Should().BeFalse("an empty report adds nothing");
    }
}
