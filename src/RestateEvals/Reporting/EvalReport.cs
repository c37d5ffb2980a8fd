using System.Globalization;
using System.Text;
using System.Text.Json;

namespace RestateEvals;

/// <summary>
/// Collects results during a run and writes a Markdown summary (case, severity, criterion scores, mean, minimum,
/// verdict, per-dimension aggregates; with k &gt; 1 samples also the pass rate, each criterion's min and max over the
/// samples, and a table of every sample's verdict) and a JSON results file. Thread-safe. Secrets are scrubbed.
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
            var sampled = r.Verdict.Samples.Count > 1;
            var scores = r.Verdict.Criteria.Count == 0 ? r.Verdict.Problem ?? string.Empty : string.Join(", ", r.Verdict.Criteria.Select(c => sampled
                ? $"{c.Criterion.Id} {VerdictFormatter.Score(c.Mean)} (min {VerdictFormatter.Score(c.Min)}, max {VerdictFormatter.Score(c.Max)})"
                : $"{c.Criterion.Id} {VerdictFormatter.Score(c.Score)}"));
            var verdict = sampled ? $"{Mark(r.Verdict.Status)}, {VerdictFormatter.PassRate(r.Verdict)}" : Mark(r.Verdict.Status);
            text.Append(CultureInfo.InvariantCulture, $"| {r.Case.Id} {r.Case.Title} | {r.Case.Severity.ToString().ToLowerInvariant()} | {VerdictFormatter.Cell(scores)} | {Number(r.Verdict.Mean)} | {Number(r.Verdict.Minimum)} | {verdict} |\n");
        }

        var multiSample = results.Where(r => r.Verdict.Samples.Count > 1).ToList();
        if (multiSample.Count > 0)
        {
            text.Append("\n| Case | Sample | Verdict | Scores | Mean | Lowest |\n| --- | --- | --- | --- | --- | --- |\n");
            foreach (var r in multiSample)
            {
                foreach (var s in r.Verdict.Samples)
                {
                    var scores = s.Status == VerdictStatus.Inconclusive ? s.Problem ?? string.Empty : string.Join(", ", s.Scores.Select(x => $"{x.CriterionId} {x.Score.ToString(CultureInfo.InvariantCulture)}"));
                    text.Append(CultureInfo.InvariantCulture, $"| {r.Case.Id} | {s.Index + 1} of {r.Verdict.Samples.Count} | {Mark(s.Status)} | {VerdictFormatter.Cell(scores)} | {Number(s.Mean)} | {Number(s.Minimum)} |\n");
                }
            }
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

    /// <summary>
    /// The JSON results: per case the verdict, pass rate, criterion scores (mean, min, max over samples) and reasons, and
    /// per sample its own verdict and scores, model, tokens, latency and judge.
    /// </summary>
    public string RenderJson() => SecretScrubber.Scrub(JsonSerializer.Serialize(Results.Select(r => new
    {
        id = r.Case.Id,
        title = r.Case.Title,
        severity = r.Case.Severity,
        status = r.Verdict.Status,
        mean = r.Verdict.Mean,
        minimum = r.Verdict.Minimum,
        problem = r.Verdict.Problem,
        samplesPassed = r.Verdict.SamplesPassed,
        passRate = r.Verdict.PassRate,
        policy = new { r.Verdict.Policy.MinimumMean, r.Verdict.Policy.MinimumCriterionScore, r.Verdict.Policy.Samples, Reducer = r.Verdict.Policy.Reducer.ToString(), r.Verdict.Policy.InconclusiveSamples },
        criteria = r.Verdict.Criteria.Select(c => new { id = c.Criterion.Id, dimension = c.Criterion.Dimension, score = c.Score, min = c.Min, mean = c.Mean, max = c.Max, sampleScores = c.SampleScores, reasons = c.Reasons }),
        samples = r.Samples.Select(s =>
        {
            var graded = r.Verdict.Samples.FirstOrDefault(v => v.Index == s.Index);
            return new
            {
                index = s.Index,
                status = graded?.Status,
                mean = graded?.Mean,
                minimum = graded?.Minimum,
                problem = graded?.Problem,
                scores = graded?.Scores.Select(x => new { id = x.CriterionId, score = x.Score }),
                model = s.Answer?.ModelId,
                inputTokens = s.Answer?.InputTokens,
                outputTokens = s.Answer?.OutputTokens,
                latencyMs = s.Answer?.Latency.TotalMilliseconds,
                judge = s.Outcome.JudgeName,
            };
        }),
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
