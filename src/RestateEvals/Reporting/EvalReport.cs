using System.Globalization;
using System.Text;
using System.Text.Json;

namespace RestateEvals;

/// <summary>
/// Collects results during a run and writes a Markdown summary (case, severity, criterion scores, mean, minimum,
/// verdict, per-dimension aggregates) and a JSON results file. Thread-safe. Secrets are scrubbed.
/// </summary>
public sealed class EvalReport
{
    /// <summary>The Markdown summary's file name.</summary>
    public const string SummaryFileName = "restateevals-summary.md";

    /// <summary>The JSON results file name.</summary>
    public const string ResultsFileName = "restateevals-results.json";

    private static readonly JsonSerializerOptions Json = new(EvalCatalog.JsonOptions) { WriteIndented = true };
    private readonly Dictionary<string, EvalResult> _results = new(StringComparer.Ordinal);
    private readonly Lock _writeLock = new();

    /// <summary>Creates an empty report headed <paramref name="title"/>.</summary>
    public EvalReport(string title = "RestateEvals: Virtual Objects and State")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Title = title;
    }

    /// <summary>The summary's heading.</summary>
    public string Title { get; }

    /// <summary>Results so far, ordered by case id (a re-run case replaces its earlier result).</summary>
    public IReadOnlyList<EvalResult> Results
    {
        get
        {
            lock (_results)
            {
                return [.. _results.Values.OrderBy(r => r.Case.Id, StringComparer.Ordinal)];
            }
        }
    }

    /// <summary>Adds (or replaces) the result of a case.</summary>
    public void Add(EvalResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        lock (_results)
        {
            _results[result.Case.Id] = result;
        }
    }

    /// <summary>The Markdown summary.</summary>
    public string RenderMarkdown()
    {
        var results = Results;
        var text = new StringBuilder("## ").Append(Title).Append("\n\n");
        text.Append(CultureInfo.InvariantCulture, $"{results.Count(r => r.Verdict.Passed)} passed, {results.Count(r => r.Verdict.Status == VerdictStatus.Failed)} failed, {results.Count(r => r.Verdict.Status == VerdictStatus.Inconclusive)} inconclusive\n\n");
        text.Append("| Case | Severity | Criterion scores | Mean | Min | Verdict |\n| --- | --- | --- | --- | --- | --- |\n");
        foreach (var r in results)
        {
            var scores = r.Verdict.Criteria.Count == 0 ? r.Verdict.Problem ?? string.Empty : string.Join(", ", r.Verdict.Criteria.Select(c => $"{c.Criterion.Id} {VerdictFormatter.Score(c.Score)}"));
            text.Append(CultureInfo.InvariantCulture, $"| {r.Case.Id} {r.Case.Title} | {r.Case.Severity.ToString().ToLowerInvariant()} | {VerdictFormatter.Cell(scores)} | {Number(r.Verdict.Mean)} | {Number(r.Verdict.Minimum)} | {Mark(r.Verdict.Status)} |\n");
        }

        text.Append("\n| Dimension | Criteria scored | Mean score | Below threshold |\n| --- | --- | --- | --- |\n");
        foreach (var dimension in Enum.GetValues<Dimension>())
        {
            var scored = results.SelectMany(r => r.Verdict.Criteria.Select(c => (c, r.Verdict.Policy))).Where(x => x.c.Criterion.Dimension == dimension).ToList();
            var mean = scored.Count == 0 ? (double?)null : scored.Average(x => x.c.Score);
            text.Append(CultureInfo.InvariantCulture, $"| {dimension} | {scored.Count} | {Number(mean)} | {scored.Count(x => x.c.Score < x.Policy.MinimumCriterionScore - 1e-9)} |\n");
        }

        return SecretScrubber.Scrub(text.ToString());
    }

    /// <summary>The JSON results: per case the verdict, criterion scores and reasons, and per sample model, tokens, latency and judge.</summary>
    public string RenderJson() => SecretScrubber.Scrub(JsonSerializer.Serialize(Results.Select(r => new
    {
        id = r.Case.Id,
        title = r.Case.Title,
        severity = r.Case.Severity,
        status = r.Verdict.Status,
        mean = r.Verdict.Mean,
        minimum = r.Verdict.Minimum,
        problem = r.Verdict.Problem,
        policy = new { r.Verdict.Policy.MinimumMean, r.Verdict.Policy.MinimumCriterionScore, r.Verdict.Policy.Samples },
        criteria = r.Verdict.Criteria.Select(c => new { id = c.Criterion.Id, dimension = c.Criterion.Dimension, score = c.Score, reasons = c.Reasons }),
        samples = r.Samples.Select(s => new { index = s.Index, model = s.Answer?.ModelId, inputTokens = s.Answer?.InputTokens, outputTokens = s.Answer?.OutputTokens, latencyMs = s.Answer?.Latency.TotalMilliseconds, judge = s.Outcome.JudgeName }),
    }), Json));

    /// <summary>Writes <see cref="SummaryFileName"/> and <see cref="ResultsFileName"/> into <paramref name="directory"/>; safe to call after every result.</summary>
    public void Write(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        lock (_writeLock)
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(Path.Combine(directory, SummaryFileName), RenderMarkdown());
            File.WriteAllText(Path.Combine(directory, ResultsFileName), RenderJson());
        }
    }

    /// <summary>Appends the Markdown summary to the file named by GITHUB_STEP_SUMMARY (or <paramref name="path"/>); does nothing when neither is set or there are no results.</summary>
    public bool AppendToGitHubStepSummary(string? path = null)
    {
        path ??= Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY");
        if (string.IsNullOrWhiteSpace(path) || Results.Count == 0)
        {
            return false;
        }

        File.AppendAllText(path, RenderMarkdown() + "\n");
        return true;
    }

    private static string Number(double? value) => value is null ? "-" : VerdictFormatter.Score(value.Value);

    private static string Mark(VerdictStatus status) => status switch
    {
        VerdictStatus.Passed => "✅ passed",
        VerdictStatus.Failed => "❌ failed",
        _ => "⚠️ inconclusive",
    };
}
