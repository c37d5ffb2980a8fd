using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using FluentAssertions;
using Microsoft.Extensions.Time.Testing;

namespace RestateEvals.Tests;

public sealed class HtmlReportTests : IDisposable
{
    private readonly TempDirectory _temp = new("html");

    public void Dispose() => _temp.Dispose();

    private static async Task<(EvalReport Report, IHtmlDocument Document, string Html)> RenderAsync()
    {
        var report = await HtmlReportFixture.ReportAsync();
        var html = report.RenderHtml();
        return (report, new HtmlParser().ParseDocument(html), html);
    }

    [Fact]
    public async Task A_row_per_case_with_severity_verdict_mean_min_and_pass_rate()
    {
        var (report, document, _) = await RenderAsync();
        var rows = document.QuerySelectorAll("#cases tr.case");
        rows.Select(r => r.GetAttribute("data-case")).Should().Equal("VOS-01", "VOS-02", "VOS-03", "VOS-04", "VOS-05", "VOS-06", "VOS-07", "VOS-08", "VOS-09");
        rows.Select(r => r.GetAttribute("data-verdict")).Should().Equal("failed", "passed", "inconclusive", "passed", "inconclusive", "inconclusive", "inconclusive", "inconclusive", "inconclusive");
        var passed = Row(document, "VOS-02");
        passed.QuerySelector("th")!.TextContent.Should().Be("VOS-02 Shared getBalance handler that writes state");
        passed.QuerySelector("td.severity")!.TextContent.Should().Be("high");
        passed.QuerySelector("td.verdict")!.TextContent.Should().Be("passed");
        passed.QuerySelector("td.mean")!.TextContent.Should().Be("5");
        passed.QuerySelector("td.min")!.TextContent.Should().Be("5");
        passed.QuerySelector("td.pass-rate")!.TextContent.Should().Be(VerdictFormatter.PassRate(report.Results[1].Verdict));
        Row(document, "VOS-04").QuerySelector("td.pass-rate")!.TextContent.Should().Be("2 of 2 samples passed");
        Row(document, "VOS-03").QuerySelector("td.problem")!.TextContent.Should().Contain("The agent threw while answering VOS-03");
        document.QuerySelector("#counts")!.TextContent.Should().Be("2 passed, 1 failed, 6 inconclusive");
        document.QuerySelector("#partial")!.TextContent.Should().Contain("partial: 9 of 10 selected cases finished");
    }

    [Fact]
    public async Task Heat_cells_print_the_score_and_are_coloured_by_it()
    {
        var (report, document, _) = await RenderAsync();
        var failed = report.Results.Single(r => r.Case.Id == "VOS-01");
        var cells = Row(document, "VOS-01").QuerySelectorAll("td.heat");
        cells.Should().HaveCount(failed.Case.Criteria.Count);
        foreach (var (cell, criterion) in cells.Zip(failed.Verdict.Criteria))
        {
            cell.GetAttribute("data-criterion").Should().Be(criterion.Criterion.Id);
            cell.QuerySelector(".score")!.TextContent.Should().Be(VerdictFormatter.Score(criterion.Score));
            cell.ClassList.Should().Contain($"s{(int)Math.Floor(criterion.Score)}");
        }

        cells.Select(c => c.QuerySelector(".score")!.TextContent).Should().Contain(s => s != "5", "the flawed answer misses criteria");
        var sampled = Row(document, "VOS-04").QuerySelectorAll("td.heat");
        sampled.Select(c => c.QuerySelector(".score")!.TextContent).Should().AllBe("4.5");
        sampled.Should().AllSatisfy(c => c.ClassList.Should().Contain("s4", "a mean is never shown greener than earned"));
        HtmlReporter.Heat(1).Should().Be(1);
        HtmlReporter.Heat(2.99).Should().Be(2);
        HtmlReporter.Heat(5).Should().Be(5);
    }

    [Fact]
    public async Task Expanded_rows_hold_each_samples_answer_scores_reasons_evidence_and_the_ideal_behaviour()
    {
        var (report, document, _) = await RenderAsync();
        var evalCase = EvalCatalog.Get("VOS-04");
        var toggle = Row(document, "VOS-04").QuerySelector("button.toggle")!;
        toggle.GetAttribute("aria-expanded").Should().Be("false");
        var detail = document.GetElementById(toggle.GetAttribute("aria-controls")!)!;
        detail.HasAttribute("hidden").Should().BeTrue();
        detail.QuerySelector(".ideal")!.TextContent.Should().Be(evalCase.IdealBehavior);
        detail.QuerySelector(".changed")!.TextContent.Should().Contain("answer changed since verified");
        Row(document, "VOS-04").QuerySelector("td.verdict")!.TextContent.Should().Contain("answer changed since verified");
        var samples = detail.QuerySelectorAll("section.sample");
        samples.Should().HaveCount(2);
        samples[0].QuerySelector("h4")!.TextContent.Should().Be("Sample 1 of 2: passed");
        samples[0].QuerySelector(".facts")!.TextContent.Should().Be("model agent-model; tokens in 120, out 80; latency 1.5 s; judge judge-model");
        var scoreRows = samples[1].QuerySelectorAll("table.scores tbody tr");
        scoreRows.Should().HaveCount(evalCase.Criteria.Count);
        scoreRows[0].QuerySelector("th")!.TextContent.Should().Be(evalCase.Criteria[0].Id);
        scoreRows[0].QuerySelector("td.heat .score")!.TextContent.Should().Be("4");
        scoreRows[0].QuerySelector("td.reason")!.TextContent.Should().Be($"reason for {evalCase.Criteria[0].Id} <b>bold</b>");
        scoreRows[0].QuerySelector("td.evidence blockquote")!.TextContent.Should().Be("one key per account");
        Row(document, "VOS-01").NextElementSibling!.QuerySelectorAll("section.sample table.scores tbody tr").Should().HaveCount(report.Results[0].Case.Criteria.Count);
    }

    [Fact]
    public async Task Answers_are_escaped_and_scrubbed_and_the_page_loads_nothing_external()
    {
        var (_, document, html) = await RenderAsync();
        document.QuerySelectorAll("script").Should().ContainSingle("only the report's own inline script").Which.HasAttribute("src").Should().BeFalse();
        document.QuerySelectorAll("img, link, iframe, object, embed, [src], [href^='http']").Should().BeEmpty();
        document.QuerySelectorAll("b").Should().BeEmpty("a judge's reason is text, not markup");
        var answer = document.QuerySelector("#detail-VOS-04 pre.answer")!.TextContent;
        answer.Should().Contain("<script>window.__pwned = true;</script><img src=\"https://example.invalid/x.png\"> & \"quotes\" 'too'");
        answer.Should().Contain(SecretScrubber.Replacement);
        html.Should().NotContain(HtmlReportFixture.Secret[..12]).And.NotContain(HtmlReportFixture.Secret[^12..]);
        html.Should().Contain("&lt;script&gt;window.__pwned");
        document.Title.Should().Be("Report <test> & co");
        document.QuerySelector("meta[http-equiv='Content-Security-Policy']")!.GetAttribute("content").Should().StartWith("default-src 'none'");
    }

    [Fact]
    public async Task Run_metadata_names_models_judges_k_thresholds_reducer_and_tokens()
    {
        var (_, document, _) = await RenderAsync();
        string Meta(string id) => document.GetElementById($"meta-{id}")!.TextContent;
        Meta("models").Should().Be("agent-model, reference-answers");
        Meta("judges").Should().Be("judge-model, reference-answers");
        Meta("k").Should().Be("1, 2");
        Meta("thresholds").Should().Be("mean >= 4.0, every criterion >= 3");
        Meta("reducer").Should().Contain("AllSamplesPass").And.Contain("all 2 samples must pass");
        Meta("tokens").Should().StartWith("in ").And.Contain(", out ");
        Meta("judge-tokens").Should().StartWith("in ").And.Contain(", out ");
        Meta("duration").Should().EndWith(" s");
    }

    [Fact]
    public async Task Failures_are_grouped_by_cause_in_the_html_and_the_markdown()
    {
        var (report, document, _) = await RenderAsync();
        var groups = document.QuerySelectorAll("#failures section.cause")
            .ToDictionary(s => s.GetAttribute("data-cause")!, s => s.QuerySelectorAll("li").Select(li => li.GetAttribute("data-case")).ToList());
        groups.Should().BeEquivalentTo(new Dictionary<string, List<string>>
        {
            ["rubric-failed"] = ["VOS-01"],
            ["judge-unusable"] = ["VOS-08"],
            ["judges-disagree"] = ["VOS-06"],
            ["answer-addressed-the-grader"] = ["VOS-09"],
            ["agent-error"] = ["VOS-03"],
            ["timeout"] = ["VOS-07"],
            ["rate-limited"] = ["VOS-05"],
            ["interrupted"] = ["VOS-99"],
        });
        document.QuerySelectorAll("#failures section.cause h3").Select(h => h.TextContent).Should().Equal(
            "rubric failed (1)", "judge unusable (1)", "judges disagree (1)", "answer addressed the grader (1)", "agent error (1)", "timeout (1)", "rate-limited (1)", "interrupted (1)");
        Row(document, "VOS-05").GetAttribute("data-cause").Should().Be("rate-limited");
        Row(document, "VOS-02").HasAttribute("data-cause").Should().BeFalse();

        var lines = report.RenderMarkdown().Split('\n');
        lines.Should().Contain("### Failures by cause");
        lines.Should().Contain("- **rubric failed** (1): VOS-01");
        lines.Should().Contain("- **agent error** (1): VOS-03");
        lines.Should().Contain("- **rate-limited** (1): VOS-05");
        lines.Should().Contain("- **interrupted** (1): VOS-99");
    }

    [Fact]
    public async Task Strict_snapshot_failures_are_their_own_cause_and_a_clean_run_has_no_failures()
    {
        var good = await new EvalRunner(new ReferenceAnswerChatClient(), new ReferenceAnswerJudge()).RunAsync(EvalCatalog.Get("VOS-02"));
        var report = new EvalReport();
        report.Add(good);
        var document = new HtmlParser().ParseDocument(report.RenderHtml());
        document.QuerySelector("#failures")!.TextContent.Should().Contain("None: every case passed.");
        report.RenderMarkdown().Should().NotContain("Failures by cause");

        report.Add(good, "the answer changed", snapshotFailsTest: true);
        document = new HtmlParser().ParseDocument(report.RenderHtml());
        document.QuerySelector("#failures section.cause")!.GetAttribute("data-cause").Should().Be("snapshot-changed");
        Row(document, "VOS-02").QuerySelector("td.verdict")!.TextContent.Should().Contain("snapshot changed");
    }

    [Fact]
    public async Task Write_puts_the_html_report_beside_the_summary_and_results()
    {
        var report = await HtmlReportFixture.ReportAsync();
        report.Write(_temp.Path);
        var html = await File.ReadAllTextAsync(Path.Combine(_temp.Path, EvalReport.HtmlFileName));
        new HtmlParser().ParseDocument(html).QuerySelectorAll("#cases tr.case").Should().HaveCount(9);
        File.Exists(Path.Combine(_temp.Path, EvalReport.SummaryFileName)).Should().BeTrue();
        File.Exists(Path.Combine(_temp.Path, EvalReport.ResultsFileName)).Should().BeTrue();
        (await File.ReadAllTextAsync(Path.Combine(_temp.Path, EvalReport.ResultsFileName))).Should().Contain("\"cause\": \"rate-limited\"");
    }

    [Fact]
    public async Task History_keeps_a_record_per_run_and_shows_the_last_ten_verdicts_and_what_changed_since_the_last_run()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var passed = await new EvalRunner(new ReferenceAnswerChatClient(), new ReferenceAnswerJudge()).RunAsync(EvalCatalog.Get("VOS-01"));
        var failed = await new EvalRunner(new ReferenceAnswerChatClient(flawed: true), new ReferenceAnswerJudge()).RunAsync(EvalCatalog.Get("VOS-01"));
        var other = await new EvalRunner(new ReferenceAnswerChatClient(), new ReferenceAnswerJudge()).RunAsync(EvalCatalog.Get("VOS-02"));
        for (var i = 0; i < 11; i++)
        {
            time.Advance(TimeSpan.FromMinutes(1));
            var earlier = new EvalReport(timeProvider: time);
            earlier.Add(i % 2 == 0 ? failed : passed);
            earlier.Add(other);
            earlier.Write(_temp.Path);
            earlier.Write(_temp.Path);
        }

        Directory.GetFiles(Path.Combine(_temp.Path, "history"), "*.json").Should().HaveCount(11, "one record per run, however often the run is written");
        time.Advance(TimeSpan.FromMinutes(1));
        var report = new EvalReport(timeProvider: time);
        report.Add(passed);
        report.Add(other);
        report.Write(_temp.Path);

        var document = new HtmlParser().ParseDocument(await File.ReadAllTextAsync(Path.Combine(_temp.Path, EvalReport.HtmlFileName)));
        var marks = Row(document, "VOS-01").QuerySelectorAll("td.history li");
        marks.Should().HaveCount(10, "the last ten verdicts, this run's included");
        marks.Select(m => m.GetAttribute("data-verdict")).Should().Equal("failed", "passed", "failed", "passed", "failed", "passed", "failed", "passed", "failed", "passed"); // runs 3 to 11 (the 1st, 3rd, ... failed), then this one
        marks[^1].ClassList.Should().Contain("current");
        marks.Select(m => m.TextContent[..1]).Should().Equal("✗", "✓", "✗", "✓", "✗", "✓", "✗", "✓", "✗", "✓");
        Row(document, "VOS-01").QuerySelector(".changed-since-last")!.TextContent.Should().Be("changed since the last run (was failed)");
        Row(document, "VOS-02").QuerySelector(".changed-since-last").Should().BeNull();
        (await File.ReadAllTextAsync(Path.Combine(_temp.Path, EvalReport.SummaryFileName))).Split('\n').Should().Contain(l => l.StartsWith("Changed since the last run: VOS-01: failed → passed; VOS-01 key-serialization: 1 → 5", StringComparison.Ordinal));
        new HtmlParser().ParseDocument(new EvalReport().RenderHtml()).QuerySelectorAll("td.history").Should().BeEmpty();
    }

    private static IElement Row(IDocument document, string caseId) => document.QuerySelector($"#cases tr.case[data-case='{caseId}']")!;
}
