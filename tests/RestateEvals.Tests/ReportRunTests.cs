using System.Text.Json.Nodes;
using FluentAssertions;
using Microsoft.Extensions.Time.Testing;

namespace RestateEvals.Tests;

/// <summary>Reports that say what they are: partial runs, stale cases of earlier runs, the test results' counting, linear cost.</summary>
public sealed class ReportRunTests : IDisposable
{
    private readonly TempDirectory _temp = new("report-run");

    public void Dispose() => _temp.Dispose();

    private static Task<EvalResult> Good(string id) => new EvalRunner(new ReferenceAnswerChatClient(), new ReferenceAnswerJudge()).RunAsync(EvalCatalog.Get(id));

    private static Task<EvalResult> Flawed(string id) => new EvalRunner(new ReferenceAnswerChatClient(flawed: true), new ReferenceAnswerJudge()).RunAsync(EvalCatalog.Get(id));

    [Fact]
    public async Task An_unfinished_selection_is_reported_as_partial()
    {
        var report = new EvalReport();
        report.Expect(["VOS-01", "VOS-02", "VOS-03"]);
        report.Add(await Good("VOS-02"));

        report.IsComplete.Should().BeFalse();
        report.RenderMarkdown().Split('\n').Should().Contain("**partial: 1 of 3 selected cases finished** (the run was interrupted or is still running)")
            .And.Contain("1 passed, 0 failed, 0 inconclusive");

        report.Add(await Good("VOS-01"));
        report.Add(await Flawed("VOS-03"));
        report.IsComplete.Should().BeTrue();
        report.RenderMarkdown().Should().NotContain("partial");
    }

    [Fact]
    public async Task A_passing_rubric_with_a_changed_snapshot_counts_as_a_failed_test()
    {
        var report = new EvalReport();
        var result = await Good("VOS-02");
        report.Add(result, "Snapshot differs from the verified file.");
        report.Add(await Good("VOS-01"));

        report.TestOutcome(result).Should().Be(VerdictStatus.Failed);
        var lines = report.RenderMarkdown().Split('\n');
        lines.Should().Contain("1 passed, 1 failed, 0 inconclusive (1 failed on a changed snapshot only)");
        lines.Should().Contain(l => l.StartsWith("| VOS-02 ", StringComparison.Ordinal) && l.EndsWith("| ✅ passed (rubric), ❌ snapshot changed |", StringComparison.Ordinal));
        var json = JsonNode.Parse(report.RenderJson())!.AsArray().Single(n => (string)n!["id"]! == "VOS-02")!;
        ((string)json["status"]!).Should().Be("Passed");
        ((string)json["test"]!).Should().Be("Failed");
        ((bool)json["snapshotChanged"]!).Should().BeTrue();

        report.Add(result);
        report.TestOutcome(result).Should().Be(VerdictStatus.Passed, "a re-run whose snapshot matches clears it");
    }

    [Fact]
    public async Task A_filtered_run_keeps_the_earlier_runs_other_cases_marked_stale_and_uncounted()
    {
        var earlier = new EvalReport();
        earlier.Add(await Good("VOS-01"));
        earlier.Add(await Flawed("VOS-02"));
        earlier.Add(await Good("VOS-03"));
        earlier.Write(_temp.Path);

        var filtered = new EvalReport();
        filtered.Expect(["VOS-02"]);
        filtered.Add(await Good("VOS-02"));
        filtered.Write(_temp.Path);

        var json = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_temp.Path, EvalReport.ResultsFileName)))!.AsArray();
        json.Select(n => ((string)n!["id"]!, (bool)n["stale"]!, (string)n["status"]!)).Should().Equal(
            ("VOS-02", false, "Passed"), ("VOS-01", true, "Passed"), ("VOS-03", true, "Passed"));
        var lines = (await File.ReadAllTextAsync(Path.Combine(_temp.Path, EvalReport.SummaryFileName))).Split('\n');
        lines.Should().Contain("1 passed, 0 failed, 0 inconclusive; 2 stale from an earlier run, not counted");
        lines.Should().Contain(l => l.StartsWith("| VOS-01 ", StringComparison.Ordinal) && l.Contains("| ✅ passed (stale: from the run finished ", StringComparison.Ordinal));

        var again = new EvalReport();
        again.Add(await Flawed("VOS-01"));
        again.Write(_temp.Path);
        JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_temp.Path, EvalReport.ResultsFileName)))!.AsArray()
            .Select(n => ((string)n!["id"]!, (bool)n["stale"]!)).Should().Equal(("VOS-01", false), ("VOS-02", true), ("VOS-03", true));
    }

    [Fact]
    public async Task Written_once_when_the_selection_finishes_not_after_every_case()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var report = new EvalReport(timeProvider: time);
        var template = await Good("VOS-01");
        var ids = Enumerable.Range(0, 200).Select(i => $"X-{i:000}").ToList();
        report.Expect(ids);
        var writes = 0;
        foreach (var id in ids)
        {
            report.Add(template with { Case = template.Case with { Id = id } });
            writes += report.WriteIfDue(_temp.Path) ? 1 : 0;
            if (id == "X-100")
            {
                time.Advance(TimeSpan.FromHours(1));
                File.Exists(Path.Combine(_temp.Path, EvalReport.SummaryFileName)).Should().BeFalse("nothing is written before the end");
            }
        }

        writes.Should().Be(1, "written once, when all 200 finished");
        report.Flush(_temp.Path).Should().BeFalse("nothing new since the last write");
        report.Add(template with { Case = template.Case with { Id = "X-000" } });
        report.Flush(_temp.Path).Should().BeTrue("at exit, anything unwritten is written");
    }

    [Fact]
    public async Task With_a_write_interval_a_long_run_also_shows_progress()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var report = new EvalReport(timeProvider: time) { WriteInterval = TimeSpan.FromSeconds(10) };
        report.Expect(["VOS-01", "VOS-02", "VOS-03"]);
        report.Add(await Good("VOS-01"));
        report.WriteIfDue(_temp.Path).Should().BeFalse("the interval has not passed");
        time.Advance(TimeSpan.FromSeconds(10));
        report.WriteIfDue(_temp.Path).Should().BeTrue();
        (await File.ReadAllTextAsync(Path.Combine(_temp.Path, EvalReport.SummaryFileName))).Should().Contain("**partial: 1 of 3 selected cases finished**");
    }
}
