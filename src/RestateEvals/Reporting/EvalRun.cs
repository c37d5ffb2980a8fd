using System.Text.Json.Nodes;

namespace RestateEvals;

/// <summary>
/// What a report renders: a consistent snapshot of an <see cref="EvalReport"/> taken once per write, so the Markdown,
/// JSON and HTML files of one write describe the same run.
/// </summary>
/// <param name="Title">The report's heading.</param>
/// <param name="Results">This run's results, ordered by case id.</param>
/// <param name="Outcomes">How each case's test ended, by case id (a passed rubric with a strict snapshot change is failed).</param>
/// <param name="SnapshotProblems">Why a case's answer no longer matches its verified snapshot, by case id.</param>
/// <param name="Expected">The run's selection (empty when not told).</param>
/// <param name="Stale">Results an earlier run left in the folder that this run did not select.</param>
/// <param name="FinishedAt">When the snapshot was taken.</param>
/// <param name="Duration">From the first selected or finished case to the last finished one, when known.</param>
/// <param name="History">Each case's verdicts in earlier runs written to the same folder, oldest first (empty when not read).</param>
public sealed record EvalRun(
    string Title,
    IReadOnlyList<EvalResult> Results,
    IReadOnlyDictionary<string, VerdictStatus> Outcomes,
    IReadOnlyDictionary<string, string> SnapshotProblems,
    IReadOnlySet<string> Expected,
    IReadOnlyList<JsonObject> Stale,
    DateTimeOffset FinishedAt,
    TimeSpan? Duration,
    IReadOnlyDictionary<string, IReadOnlyList<HistoryEntry>> History)
{
    /// <summary>Why the run could not grade (see <see cref="EvalReport.CouldNotGrade"/>); <see langword="null"/> when it could.</summary>
    public string? Problem { get; init; }

    /// <summary>The case's verdicts in earlier runs, oldest first.</summary>
    public IReadOnlyList<HistoryEntry> HistoryOf(string caseId) => History.TryGetValue(caseId, out var entries) ? entries : [];

    /// <summary>The case's test outcome in the last earlier run, when it changed since; <see langword="null"/> when unchanged or unknown.</summary>
    public VerdictStatus? ChangedSinceLastRun(EvalResult result) =>
        HistoryOf(result.Case.Id) is { Count: > 0 } entries && entries[^1].Test != Outcome(result) ? entries[^1].Test : null;

    /// <summary>
    /// What changed since the last run written to the same folder, one line each: flipped verdicts
    /// (<c>VOS-01: passed → failed</c>) and criterion scores that moved by 1 or more (<c>VOS-01 no-app-lock: 4 → 2</c>).
    /// </summary>
    public IReadOnlyList<string> ChangesSinceLastRun()
    {
        var lines = new List<string>();
        foreach (var r in Results)
        {
            if (HistoryOf(r.Case.Id) is not { Count: > 0 } entries)
            {
                continue;
            }

            var last = entries[^1];
            if (last.Test != Outcome(r))
            {
                lines.Add($"{r.Case.Id}: {last.Test.ToString().ToLowerInvariant()} → {Outcome(r).ToString().ToLowerInvariant()}");
            }

            foreach (var c in r.Verdict.Criteria)
            {
                if (last.Criteria.TryGetValue(c.Criterion.Id, out var was) && Math.Abs(c.Score - was) >= 1 - 1e-9)
                {
                    lines.Add($"{r.Case.Id} {c.Criterion.Id}: {VerdictFormatter.Score(was)} → {VerdictFormatter.Score(c.Score)}");
                }
            }
        }

        return lines;
    }

    /// <summary>The finish time as written in the files.</summary>
    public string FinishedAtText => FinishedAt.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>How the test of <paramref name="result"/> ended.</summary>
    public VerdictStatus Outcome(EvalResult result) => Outcomes.TryGetValue(result.Case.Id, out var outcome) ? outcome : result.Verdict.Status;

    /// <summary>True when the case's answer differs from its verified snapshot.</summary>
    public bool AnswerChanged(string caseId) => SnapshotProblems.ContainsKey(caseId);

    /// <summary>Selected cases without a result: the run was interrupted or is still running.</summary>
    public IReadOnlyList<string> Unfinished
    {
        get
        {
            var finished = Results.Select(r => r.Case.Id).ToHashSet(StringComparer.Ordinal);
            return [.. Expected.Where(id => !finished.Contains(id)).Order(StringComparer.Ordinal)];
        }
    }

    /// <summary>Every non-passing case (and every unfinished selected case) by cause, causes in declaration order.</summary>
    internal IReadOnlyList<(FailureCause Cause, IReadOnlyList<(string Id, string? Title, string? Problem)> Cases)> FailuresByCause()
    {
        var failures = Results
            .Select(r => (Cause: FailureCauses.Classify(r, Outcome(r), SnapshotProblems.GetValueOrDefault(r.Case.Id)), r))
            .Where(x => x.Cause is not null)
            .Select(x => (Cause: x.Cause!.Value, Id: x.r.Case.Id, Title: (string?)x.r.Case.Title, Problem: FailureCauses.Problem(x.r, SnapshotProblems.GetValueOrDefault(x.r.Case.Id))))
            .Concat(Unfinished.Select(id => Problem is null
                ? (Cause: FailureCause.Interrupted, Id: id, Title: (string?)null, Problem: (string?)"no result: the run was interrupted or is still running")
                : (Cause: FailureCause.NotJudged, Id: id, Title: (string?)null, Problem: (string?)("not graded: " + Problem))));
        return [.. failures.GroupBy(f => f.Cause).OrderBy(g => g.Key)
            .Select(g => (g.Key, (IReadOnlyList<(string, string?, string?)>)[.. g.Select(f => (f.Id, f.Title, f.Problem)).OrderBy(f => f.Id, StringComparer.Ordinal)]))];
    }
}
