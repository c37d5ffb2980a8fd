using FluentAssertions;

namespace RestateEvals.Tests;

/// <summary>A team's own reporter beside the built-in ones, and what changed since the last run.</summary>
public sealed class ReporterSeamTests : IDisposable
{
    private readonly TempDirectory _temp = new("reporters");

    public void Dispose() => _temp.Dispose();

    private sealed class CsvReporter : IEvalReporter
    {
        public string FileName => "results.csv";

        public string Render(EvalRun run) =>
            "case,verdict\n" + string.Concat(run.Results.Select(r => $"{r.Case.Id},{run.Outcome(r)}\n"));
    }

    [Fact]
    public async Task A_reporter_you_add_writes_its_file_beside_the_built_in_ones()
    {
        var report = new EvalReport();
        report.Reporters.Select(r => r.FileName).Should().Equal(EvalReport.SummaryFileName, EvalReport.ResultsFileName, EvalReport.HtmlFileName);
        report.Reporters.Add(new CsvReporter());
        report.Add(await new EvalRunner(new ReferenceAnswerChatClient(), new ReferenceAnswerJudge()).RunAsync(EvalCatalog.Get("VOS-02")));
        report.Write(_temp.Path);

        (await File.ReadAllTextAsync(Path.Combine(_temp.Path, "results.csv"))).Should().Be("case,verdict\nVOS-02,Passed\n");
        File.Exists(Path.Combine(_temp.Path, EvalReport.HtmlFileName)).Should().BeTrue();
    }

    [Fact]
    public async Task Changes_since_the_last_run_list_flipped_verdicts_and_criterion_moves_of_one_or_more()
    {
        var evalCase = EvalCatalog.Get("VOS-02");
        var good = await new EvalRunner(new ReferenceAnswerChatClient(), new ReferenceAnswerJudge()).RunAsync(evalCase);
        var earlier = new EvalReport();
        earlier.Add(good);
        earlier.Write(_temp.Path);

        var scores = new[] { 5, 2, 4, 5 };
        var outcome = JudgeOutcome.Conclusive([.. evalCase.Criteria.Select((c, i) => new JudgeScore(c.Id, scores[i], "r", string.Empty))], "raw", "judge");
        var worse = good with { Verdict = Grader.Grade(evalCase, [outcome], new GradingPolicy()) };
        var later = new EvalReport();
        later.Add(worse);
        later.Write(_temp.Path);

        var ids = evalCase.Criteria.Select(c => c.Id).ToList();
        var expected = new[] { "VOS-02: passed → failed", $"VOS-02 {ids[1]}: 5 → 2", $"VOS-02 {ids[2]}: 5 → 4" };
        var markdown = await File.ReadAllTextAsync(Path.Combine(_temp.Path, EvalReport.SummaryFileName));
        markdown.Should().Contain("Changed since the last run: " + string.Join("; ", expected));
        var html = await File.ReadAllTextAsync(Path.Combine(_temp.Path, EvalReport.HtmlFileName));
        foreach (var line in expected)
        {
            html.Should().Contain("<li>" + System.Net.WebUtility.HtmlEncode(line) + "</li>");
        }

        var records = Directory.GetFiles(Path.Combine(_temp.Path, "history"), "*.json");
        records.Should().HaveCount(2, "one record per run");
        var record = System.Text.Json.Nodes.JsonNode.Parse(await File.ReadAllTextAsync(records.Order(StringComparer.Ordinal).First()))!;
        ((int)record["configuration"]!["samples"]!).Should().Be(1);
        ((string)record["configuration"]!["reducer"]!).Should().Be("AllSamplesPass");
        record["configuration"]!["judges"]!.AsArray().Select(n => (string)n!).Should().Equal("reference-answers");
        ((double)record["cases"]!["VOS-02"]!["criteria"]![ids[1]]!).Should().Be(5);
    }
}
