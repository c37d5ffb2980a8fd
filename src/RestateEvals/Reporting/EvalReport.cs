using System.Text.Json;
using System.Text.Json.Nodes;

namespace RestateEvals;

/// <summary>
/// Collects results during a run and writes a Markdown summary, a JSON results file and a self-contained HTML report (case, severity, criterion scores, mean, minimum,
/// verdict, per-dimension aggregates; with k &gt; 1 samples also the pass rate, each criterion's min and max over the
/// samples, and a table of every sample's verdict; non-passing cases grouped by cause). Counts follow the test results: a case
/// whose rubric passed but whose snapshot changed is a failed test. Tell it the run's selection
/// (<see cref="Expect"/>) and a run that stops early says "partial: N of M selected cases finished"; cases of an
/// earlier run in the same folder that this run did not select are kept, marked stale; each run also leaves a compact
/// record in the folder's <c>history/</c>, from which the HTML report shows each case's last 10 verdicts. Rendering is linear in the
/// number of cases; it is written once, at the end (<see cref="WriteIfDue"/> writes when the selection is complete;
/// <see cref="Flush"/> at exit or interruption writes a partial run), or also every <see cref="WriteInterval"/> when
/// you set one. Thread-safe. Secrets are scrubbed.
/// </summary>
public sealed class EvalReport
{
    /// <summary>The Markdown summary's file name.</summary>
    public const string SummaryFileName = "restateevals-summary.md";

    /// <summary>The JSON results file name.</summary>
    public const string ResultsFileName = "restateevals-results.json";

    /// <summary>
    /// The writers of the report folder, one file each: the Markdown summary, the JSON results and the HTML report,
    /// then any you add (add them before the first write).
    /// </summary>
    public IList<IEvalReporter> Reporters { get; } = new List<IEvalReporter> { Markdown, new JsonReporter(), new HtmlReporter() };

    /// <summary>The HTML report's file name.</summary>
    public const string HtmlFileName = "restateevals-report.html";

    private static readonly MarkdownReporter Markdown = new();
    private readonly Dictionary<string, EvalResult> _results = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _snapshotProblems = new(StringComparer.Ordinal);
    private readonly HashSet<string> _snapshotFailures = new(StringComparer.Ordinal);
    private readonly HashSet<string> _expected = new(StringComparer.Ordinal);
    private readonly Lock _writeLock = new();
    private readonly TimeProvider _time;
    private readonly string _runId;
    private readonly DateTimeOffset _created;
    private DateTimeOffset? _lastWrite;
    private DateTimeOffset? _started;
    private DateTimeOffset? _lastResult;
    private bool _dirty;
    private string? _problem;

    /// <summary>Creates an empty report headed <paramref name="title"/>.</summary>
    public EvalReport(string title = "RestateEvals: Virtual Objects and State", TimeProvider? timeProvider = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Title = title;
        _time = timeProvider ?? TimeProvider.System;
        _created = _time.GetUtcNow();
        _runId = RunHistory.NewRunId(_time.GetUtcNow());
    }

    /// <summary>The summary's heading.</summary>
    public string Title { get; }

    /// <summary>
    /// How often <see cref="WriteIfDue"/> also writes while the selection is incomplete (progress for long runs).
    /// Default: <see cref="Timeout.InfiniteTimeSpan"/>: only when the selection is complete (and at exit).
    /// </summary>
    public TimeSpan WriteInterval { get; init; } = Timeout.InfiniteTimeSpan;

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
            _started ??= _time.GetUtcNow();
        }
    }

    /// <summary>
    /// Marks the run as one that could not grade (e.g. "judge preflight failed: ...", "configuration error: ..."): the
    /// reports and the history record say so, and the selected cases without a result count as not judged. The first
    /// problem is kept.
    /// </summary>
    public void CouldNotGrade(string problem)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(problem);
        lock (_results)
        {
            if (_problem is null)
            {
                _problem = SecretScrubber.Scrub(problem);
                _dirty = true;
            }
        }
    }

    /// <summary>Why the run could not grade, when <see cref="CouldNotGrade"/> was called.</summary>
    public string? Problem
    {
        get
        {
            lock (_results)
            {
                return _problem;
            }
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
            _lastResult = _time.GetUtcNow();
            _started ??= _lastResult - result.Samples.Select(s => s.Answer?.Latency ?? TimeSpan.Zero).DefaultIfEmpty().Max();
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
    public string RenderMarkdown() => Markdown.Render(Snapshot([]));

    /// <summary>
    /// The JSON results: per case the verdict, pass rate, criterion scores (mean, min, max over samples) and reasons, and
    /// per sample its own verdict and scores, model, tokens, latency and judge.
    /// </summary>
    public string RenderJson() => new JsonReporter().Render(Snapshot([]));

    /// <summary>
    /// The HTML report: one self-contained page (no external scripts, styles, fonts or requests) with the run's models,
    /// judges, thresholds and tokens, a table with a row per case and a heat cell per criterion (score printed in the
    /// cell), each row expanding to every sample's answer, scores, reasons and evidence, and the failures by cause.
    /// </summary>
    public string RenderHtml() => new HtmlReporter().Render(Snapshot([]));

    private EvalRun Snapshot(List<JsonObject> stale, IReadOnlyDictionary<string, IReadOnlyList<HistoryEntry>>? history = null)
    {
        lock (_results)
        {
            var results = Results;
            TimeSpan? duration = _started is { } started && _lastResult is { } last ? last - started : null;
            return new EvalRun(
                Title,
                results,
                results.ToDictionary(r => r.Case.Id, TestOutcome, StringComparer.Ordinal),
                new Dictionary<string, string>(_snapshotProblems, StringComparer.Ordinal),
                _expected.ToHashSet(StringComparer.Ordinal),
                stale,
                _time.GetUtcNow(),
                duration,
                history ?? new Dictionary<string, IReadOnlyList<HistoryEntry>>(StringComparer.Ordinal)) { Problem = _problem };
        }
    }

    /// <summary>
    /// Writes <see cref="SummaryFileName"/>, <see cref="ResultsFileName"/> and <see cref="HtmlFileName"/> into <paramref name="directory"/>. Cases
    /// that an earlier run left in the folder's results and that this run neither selected nor finished are kept,
    /// marked stale (with when they finished) and not counted.
    /// </summary>
    public void Write(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        lock (_writeLock)
        {
            Directory.CreateDirectory(directory);
            var run = Snapshot(StaleResults(Path.Combine(directory, ResultsFileName)), RunHistory.Load(directory, _runId));
            foreach (var reporter in Reporters.ToList())
            {
                File.WriteAllText(Path.Combine(directory, reporter.FileName), reporter.Render(run));
            }

            RunHistory.Save(directory, _runId, run);

            _lastWrite = _time.GetUtcNow();
            lock (_results)
            {
                _dirty = false;
            }
        }
    }

    /// <summary>
    /// Writes when there is something new and either every expected case has finished or a finite
    /// <see cref="WriteInterval"/> has passed since the last write (or the report's creation); returns whether it wrote.
    /// Call it after every result: the total cost stays linear in the number of cases.
    /// </summary>
    public bool WriteIfDue(string directory)
    {
        bool dirty;
        lock (_results)
        {
            dirty = _dirty;
        }

        var intervalPassed = WriteInterval != Timeout.InfiniteTimeSpan && _time.GetUtcNow() - (_lastWrite ?? _created) >= WriteInterval;
        if (!dirty || (!IsComplete && !intervalPassed))
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

    /// <summary>Appends the Markdown summary to the file named by GITHUB_STEP_SUMMARY (or <paramref name="path"/>); does nothing when neither is set or there is neither a result nor a run problem.</summary>
    public bool AppendToGitHubStepSummary(string? path = null)
    {
        path ??= Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY");
        if (string.IsNullOrWhiteSpace(path) || (Results.Count == 0 && Problem is null))
        {
            return false;
        }

        File.AppendAllText(path, RenderMarkdown() + "\n");
        return true;
    }

}
