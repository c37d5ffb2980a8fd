using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using FluentAssertions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace RestateEvals.Tests;

/// <summary>
/// Opens the HTML report in headless Chromium (CHROMIUM_PATH, a system Chromium, or the one npm's @sparticuz/chromium
/// ships, installed on first use; Playwright downloads no browser) and checks what a reader sees. Never skips.
/// </summary>
public sealed class HtmlReportBrowserTests(ITestOutputHelper output) : IDisposable
{
    private static readonly Dictionary<string, string> Colours = new(StringComparer.Ordinal)
    {
        ["s1"] = "rgb(215, 48, 39)",
        ["s2"] = "rgb(252, 141, 89)",
        ["s3"] = "rgb(254, 224, 139)",
        ["s4"] = "rgb(166, 217, 106)",
        ["s5"] = "rgb(26, 152, 80)",
    };

    private readonly TempDirectory _temp = new("html-browser");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task The_report_opens_in_headless_chromium_rows_expand_heat_cells_show_scores_and_colours_and_nothing_is_fetched()
    {
        var watch = Stopwatch.StartNew();
        var (chromium, libraries) = await ChromiumAsync();
        var report = await HtmlReportFixture.ReportAsync();
        report.Write(_temp.Path);
        var file = Path.Combine(_temp.Path, EvalReport.HtmlFileName);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Env = libraries is null ? null : new Dictionary<string, string> { ["LD_LIBRARY_PATH"] = string.Join(':', new[] { libraries, Environment.GetEnvironmentVariable("LD_LIBRARY_PATH") }.Where(p => !string.IsNullOrEmpty(p))) },
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1600, Height = 1000 } });
        var requests = new ConcurrentQueue<string>();
        var errors = new ConcurrentQueue<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Enqueue(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Enqueue(error);
        await page.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith("file:", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
            }
            else
            {
                requests.Enqueue(route.Request.Url);
                await route.AbortAsync();
            }
        });

        await page.GotoAsync(new Uri(file).AbsoluteUri);
        (await page.TitleAsync()).Should().Be("Report <test> & co");

        var rows = page.Locator("#cases tr.case");
        (await rows.CountAsync()).Should().Be(9);
        (await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.verdict)")).Should().Contain(["passed", "failed", "inconclusive"]);
        foreach (var id in report.Results.Select(r => r.Case.Id))
        {
            (await page.Locator($"#case-{id}").IsVisibleAsync()).Should().BeTrue($"the row of {id} is shown");
            (await page.Locator($"#detail-{id}").IsVisibleAsync()).Should().BeFalse($"the detail of {id} is collapsed at first");
        }

        // Heat cells: the printed score matches the result, and the background is the score's colour.
        foreach (var result in report.Results.Where(r => r.Verdict.Criteria.Count > 0))
        {
            var cells = page.Locator($"#case-{result.Case.Id} td.heat");
            (await cells.CountAsync()).Should().Be(result.Verdict.Criteria.Count);
            for (var i = 0; i < result.Verdict.Criteria.Count; i++)
            {
                var cell = cells.Nth(i);
                var score = result.Verdict.Criteria[i].Score;
                (await cell.Locator(".score").InnerTextAsync()).Should().Be(VerdictFormatter.Score(score));
                (await cell.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor")).Should().Be(Colours[$"s{(int)Math.Floor(score)}"], $"{result.Case.Id} {result.Verdict.Criteria[i].Criterion.Id} scored {score}");
            }
        }

        var shades = await page.Locator("#cases tr.case td.heat").EvaluateAllAsync<string[]>("cells => [...new Set(cells.map(c => getComputedStyle(c).backgroundColor))]");
        shades.Length.Should().BeGreaterThan(1, "the run has high and low scores");

        // Expanding a row shows the samples, the hostile answer as text, and collapses again.
        var toggle = page.Locator("#case-VOS-04 button.toggle");
        await toggle.ClickAsync();
        (await page.Locator("#detail-VOS-04").IsVisibleAsync()).Should().BeTrue();
        (await toggle.GetAttributeAsync("aria-expanded")).Should().Be("true");
        (await page.Locator("#detail-VOS-04 section.sample").CountAsync()).Should().Be(2);
        (await page.Locator("#detail-VOS-04 pre.answer").First.InnerTextAsync()).Should().Contain("<script>window.__pwned = true;</script>");
        (await page.EvaluateAsync<bool>("() => window.__pwned === true")).Should().BeFalse("an answer's script never runs");
        (await page.Locator("#detail-VOS-04 .ideal").InnerTextAsync()).Should().Be(EvalCatalog.Get("VOS-04").IdealBehavior);
        (await page.Locator("#detail-VOS-04 .changed").InnerTextAsync()).Should().Contain("answer changed since verified");
        (await page.Locator("#detail-VOS-04 table.scores td.evidence").First.InnerTextAsync()).Should().Be("one key per account");
        await page.Locator("#case-VOS-01 button.toggle").ClickAsync();
        (await page.Locator("#detail-VOS-01").IsVisibleAsync()).Should().BeTrue();
        (await page.Locator("#detail-VOS-01 table.scores td.heat").CountAsync()).Should().Be(EvalCatalog.Get("VOS-01").Criteria.Count);

        (await page.Locator("#failures section.cause").CountAsync()).Should().Be(8);
        (await page.Locator("#failures section.cause[data-cause='rate-limited'] li").InnerTextAsync()).Should().StartWith("VOS-05");

        var screenshot = Path.Combine(ResultsFolder(), "restateevals-report.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        new FileInfo(screenshot).Length.Should().BeGreaterThan(10_000);
        File.Copy(file, Path.Combine(ResultsFolder(), EvalReport.HtmlFileName), overwrite: true);

        await toggle.ClickAsync();
        (await page.Locator("#detail-VOS-04").IsVisibleAsync()).Should().BeFalse("a second click collapses the row");

        requests.Should().BeEmpty("the report is self-contained: no request leaves the file");
        errors.Should().BeEmpty("the page's script runs without errors");
        output.WriteLine($"Chromium {browser.Version} at {chromium}; screenshot {screenshot}; {watch.Elapsed.TotalSeconds:0.0} s");
    }

    /// <summary>
    /// CHROMIUM_PATH, else a system Chromium, else the headless Chromium of the npm package @sparticuz/chromium, installed
    /// from chromium/package-lock.json beside this project (like restate-server for the ground truth) with the libraries
    /// it bundles. Never skips: the report must be checked in a browser.
    /// </summary>
    private static async Task<(string Executable, string? Libraries)> ChromiumAsync()
    {
        var candidates = new[] { Environment.GetEnvironmentVariable("CHROMIUM_PATH"), "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" };
        if (candidates.FirstOrDefault(p => !string.IsNullOrWhiteSpace(p) && File.Exists(p)) is { } installed)
        {
            return (installed, null);
        }

        var folder = Path.Combine(ProjectFolder(), "chromium");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "@sparticuz", "chromium")))
        {
            await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], folder);
        }

        var found = JsonNode.Parse(await RunAsync("node", ["path.mjs"], folder))!;
        return ((string)found["executable"]!, (string)found["libraries"]!);
    }

    private static async Task<string> RunAsync(string program, string[] arguments, string folder)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return process.ExitCode == 0
            ? await output
            : throw new InvalidOperationException($"No Chromium for the HTML report's browser test: '{program} {string.Join(' ', arguments)}' in {folder} exited with {process.ExitCode}: {await error}. Set CHROMIUM_PATH, install a system Chromium, or let npm reach its registry.");
    }

    /// <summary>tests/RestateEvals.Tests/TestResults/html-report (git-ignored), created when missing.</summary>
    private static string ResultsFolder()
    {
        var folder = Path.Combine(ProjectFolder(), "TestResults", "html-report");
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string ProjectFolder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "RestateEvals.Tests.csproj")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? AppContext.BaseDirectory;
    }
}
