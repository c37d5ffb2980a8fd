using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RestateEvals;

/// <summary>
/// Collects results during a run and writes a Markdown summary (case, severity, criterion scores, mean, minimum,
/// verdict, per-dimension aggregates; with k &gt; 1 samples also the pass rate, each criterion's min and max over the
/// samples, and a table of every sample's verdict) and a JSON results file. Counts follow the test results: a case
/// whose rubric passed but whose snapshot changed is a failed test. Tell it the run's selection
/// (<see cref="Expect"/>) and a run that stops early says "partial: N of M selected cases finished"; cases of an
/// earlier run in the same folder that this run did not select are kept, marked stale. Rendering is linear in the
/// number of cases; write once at the end (<see cref="WriteIfDue"/> writes when the selection is complete, or at most
/// every <see cref="WriteInterval"/>). Thread-safe. Secrets are scrubbed.
/// </summary>
public sealed class EvalReport
{
    /// <summary>The Markdown summary's file name.</summary>
    public const string SummaryFileName = "restateevals-summary.md";

    /// <summary>The JSON results file name.</summary>
    public const string ResultsFileName = "restateevals-results.json";

    private static readonly JsonSerializerOptions Json = new(EvalCatalog.JsonOptions) { WriteIndented = true };
    private readonly Dictionary<string, EvalResult> _results = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _snapshotProblems = new(StringComparer.Ordinal);
    private readonly HashSet<string> _snapshotFailures = new(StringComparer.Ordinal);
    private readonly HashSet<string> _expected = new(StringComparer.Ordinal);
    private readonly Lock _writeLock = new();
    private readonly TimeProvider _time;
    private DateTimeOffset? _lastWrite;
    private bool _dirty;

    /// <summary>Creates an empty report headed <paramref name="title"/>.</summary>
    public EvalReport(string title = "RestateEvals: Virtual Objects and State", TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Title = title;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The summary's heading.</summary>
    public string Title { get; }

    /// <summary>The longest <see cref="WriteIfDue"/> waits between writes while the selection is incomplete. Default: 10 seconds.</summary>
    public TimeSpan WriteInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Case ids selected for this run (empty when not told).</summary>
    public IReadOnlyCollection<string> Expected
    {
        get
        {
            lock (_results)
            {
                return [.. _expected];
            }
        }
    }

    /// <summary>True when every expected case has a result (and at least one case was expected).</summary>
    public bool IsComplete
    {
        get
        {
            lock (_results)
            {
                return _expected.Count > 0 && _expected.All(_results.ContainsKey);
            }
        }
    }

    /// <summary>Records the cases selected for this run, so an unfinished run is reported as partial.</summary>
    public void Expect(IEnumerable<string> caseIds)
    {
        ArgumentNullException.ThrowIfNull(caseIds);
        lock (_results)
        {
            _expected.UnionWith(caseIds);
        }
    }

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

    /// <summary>
    /// Adds (or replaces) the result of a case. <paramref name="snapshotProblem"/>, when given, is why its snapshot
    /// did not match: with <paramref name="snapshotFailsTest"/> (<see cref="SnapshotMode.Strict"/>) the test fails and
    /// the report counts it as failed, like the test results do; otherwise (<see cref="SnapshotMode.Review"/>) the row
    /// says "answer changed since verified" and the verdict alone counts.
    /// </summary>
    public void Add(EvalResult result, string? snapshotProblem = null, bool snapshotFailsTest = true)
    {
        ArgumentNullException.ThrowIfNull(result);
        lock (_results)
        {
            _results[result.Case.Id] = result;
            _snapshotProblems.Remove(result.Case.Id);
            _snapshotFailures.Remove(result.Case.Id);
            if (snapshotProblem is not null)
            {
                _snapshotProblems[result.Case.Id] = snapshotProblem;
                if (snapshotFailsTest)
                {
                    _snapshotFailures.Add(result.Case.Id);
                }
            }

            _dirty = true;
        }
    }

    /// <summary>How the test of <paramref name="result"/> ended: passed only when the rubric passed and the snapshot matched.</summary>
    public VerdictStatus TestOutcome(EvalResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        lock (_results)
        {
            return result.Verdict.Passed && _snapshotFailures.Contains(result.Case.Id) ? VerdictStatus.Failed : result.Verdict.Status;
        }
    }

    /// <summary>The Markdown summary.</summary>
    public string RenderMarkdown()
    {
        return RenderMarkdown([]);
    }

    private string RenderMarkdown(List<JsonObject> stale)
    {
        var results = Results;
        var outcomes = results.ToDictionary(r => r.Case.Id, TestOutcome, StringComparer.Ordinal);
        var expected = Expected.ToHashSet(StringComparer.Ordinal);
        var text = new StringBuilder("## ").Append(Title).Append("\n\n");
        if (expected.Count > 0 && results.Count(r => expected.Contains(r.Case.Id)) < expected.Count)
        {
            text.Append(CultureInfo.InvariantCulture, $"**partial: {results.Count(r => expected.Contains(r.Case.Id))} of {expected.Count} selected cases finished** (the run was interrupted or is still running)\n\n");
        }

        var snapshotFailures = results.Count(r => r.Verdict.Passed && outcomes[r.Case.Id] == VerdictStatus.Failed);
        text.Append(CultureInfo.InvariantCulture, $"{outcomes.Values.Count(o => o == VerdictStatus.Passed)} passed, {outcomes.Values.Count(o => o == VerdictStatus.Failed)} failed, {outcomes.Values.Count(o => o == VerdictStatus.Inconclusive)} inconclusive");
        text.Append(snapshotFailures > 0 ? string.Create(CultureInfo.InvariantCulture, $" ({snapshotFailures} failed on a changed snapshot only)") : string.Empty);
        text.Append(stale.Count > 0 ? string.Create(CultureInfo.InvariantCulture, $"; {stale.Count} stale from an earlier run, not counted") : string.Empty).Append("\n\n");
        text.Append("| Case | Severity | Criterion scores | Mean | Min | Verdict |\n| --- | --- | --- | --- | --- | --- |\n");
        foreach (var r in results)
        {
            var sampled = r.Verdict.Samples.Count > 1;
            var scores = r.Verdict.Criteria.Count == 0 ? r.Verdict.Problem ?? string.Empty : string.Join(", ", r.Verdict.Criteria.Select(c => sampled
                ? $"{c.Criterion.Id} {VerdictFormatter.Score(c.Mean)} (min {VerdictFormatter.Score(c.Min)}, max {VerdictFormatter.Score(c.Max)})"
                : $"{c.Criterion.Id} {VerdictFormatter.Score(c.Score)}"));
            var verdict = sampled ? $"{Mark(r.Verdict.Status)}, {VerdictFormatter.PassRate(r.Verdict)}" : Mark(r.Verdict.Status);
            verdict += r.Verdict.Passed && outcomes[r.Case.Id] == VerdictStatus.Failed ? " (rubric), ❌ snapshot changed"
                : AnswerChanged(r.Case.Id) ? " (answer changed since verified)" : string.Empty;
            text.Append(CultureInfo.InvariantCulture, $"| {r.Case.Id} {r.Case.Title} | {r.Case.Severity.ToString().ToLowerInvariant()} | {VerdictFormatter.Cell(scores)} | {Number(r.Verdict.Mean)} | {Number(r.Verdict.Minimum)} | {verdict} |\n");
        }

        foreach (var old in stale)
        {
            var scores = old["criteria"] is JsonArray criteria && criteria.Count > 0
                ? string.Join(", ", criteria.Select(c => $"{(string?)c?["id"]} {Number((double?)c?["score"])}"))
                : (string?)old["problem"] ?? string.Empty;
            var status = Enum.TryParse<VerdictStatus>((string?)old["test"] ?? (string?)old["status"], out var parsed) ? Mark(parsed) : "?";
            text.Append(CultureInfo.InvariantCulture, $"| {(string?)old["id"]} {(string?)old["title"]} | {VerdictFormatter.Cell(((string?)old["severity"] ?? "?").ToLowerInvariant())} | {VerdictFormatter.Cell(scores)} | {Number((double?)old["mean"])} | {Number((double?)old["minimum"])} | {status} (stale: from the run finished {(string?)old["finishedAt"] ?? "earlier"}) |\n");
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
    public string RenderJson() => RenderJson([]);

    private string RenderJson(List<JsonObject> stale)
    {
        var finishedAt = _time.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var current = JsonSerializer.SerializeToNode(Results.Select(r => Entry(r, finishedAt)), Json)!.AsArray();
        foreach (var old in stale)
        {
            var copy = old.DeepClone().AsObject();
            copy["stale"] = true;
            current.Add(copy);
        }

        return SecretScrubber.Scrub(current.ToJsonString(Json));
    }

    private object Entry(EvalResult r, string finishedAt) => new
    {
        id = r.Case.Id,
        title = r.Case.Title,
        severity = r.Case.Severity,
        status = r.Verdict.Status,
        test = TestOutcome(r),
        snapshotChanged = AnswerChanged(r.Case.Id),
        stale = false,
        finishedAt,
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
                functionCalls = s.Answer?.FunctionCalls.Select(f => new { name = f.Name, arguments = f.Arguments, result = f.Result }),
            };
        }),
    };

    /// <summary>
    /// Writes <see cref="SummaryFileName"/> and <see cref="ResultsFileName"/> into <paramref name="directory"/>. Cases
    /// that an earlier run left in the folder's results and that this run neither selected nor finished are kept,
    /// marked stale (with when they finished) and not counted.
    /// </summary>
    public void Write(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        lock (_writeLock)
        {
            Directory.CreateDirectory(directory);
            var stale = StaleResults(Path.Combine(directory, ResultsFileName));
            File.WriteAllText(Path.Combine(directory, SummaryFileName), RenderMarkdown(stale));
            File.WriteAllText(Path.Combine(directory, ResultsFileName), RenderJson(stale));
            _lastWrite = _time.GetUtcNow();
            lock (_results)
            {
                _dirty = false;
            }
        }
    }

    /// <summary>
    /// Writes when there is something new and either every expected case has finished or <see cref="WriteInterval"/>
    /// has passed since the last write; returns whether it wrote. Call it after every result: the total cost stays
    /// linear in the number of cases.
    /// </summary>
    public bool WriteIfDue(string directory)
    {
        bool dirty;
        lock (_results)
        {
            dirty = _dirty;
        }

        if (!dirty || (!IsComplete && _lastWrite is { } last && _time.GetUtcNow() - last < WriteInterval))
        {
            return false;
        }

        Write(directory);
        return true;
    }

    /// <summary>Writes when some result has not been written yet, whatever the interval (at the end of a run, or when it is interrupted); returns whether it wrote.</summary>
    public bool Flush(string directory)
    {
        lock (_results)
        {
            if (!_dirty)
            {
                return false;
            }
        }

        Write(directory);
        return true;
    }

    private bool AnswerChanged(string caseId)
    {
        lock (_results)
        {
            return _snapshotProblems.ContainsKey(caseId);
        }
    }

    private List<JsonObject> StaleResults(string path)
    {
        JsonArray? earlier;
        try
        {
            earlier = File.Exists(path) ? JsonNode.Parse(File.ReadAllText(path)) as JsonArray : null;
        }
        catch (Exception ex) when (ex is JsonException or IOException)
        {
            return [];
        }

        var current = Results.Select(r => r.Case.Id).Concat(Expected).ToHashSet(StringComparer.Ordinal);
        return [.. (earlier ?? []).OfType<JsonObject>().Where(o => (string?)o["id"] is { } id && !current.Contains(id))];
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
