using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RestateEvals;

/// <summary>One earlier verdict of a case, from the report folder's <see cref="RunHistory.FolderName"/>.</summary>
/// <param name="RunId">The run's id (its record's file name).</param>
/// <param name="FinishedAt">When that run's report was last written.</param>
/// <param name="Test">How the case's test ended in that run.</param>
/// <param name="Mean">The case's mean score then; <see langword="null"/> when inconclusive.</param>
/// <param name="Criteria">Each criterion's score in that run (mean over samples), by criterion id; empty for older records.</param>
public sealed record HistoryEntry(string RunId, string FinishedAt, VerdictStatus Test, double? Mean, IReadOnlyDictionary<string, double> Criteria);

/// <summary>
/// A compact JSON record per run (case id to test outcome, mean and failure cause) in the report folder's
/// <c>history/</c>, rewritten on every write of the same run; the HTML report shows each case's last
/// <see cref="Shown"/> verdicts and whether the verdict changed since the last run.
/// </summary>
internal static class RunHistory
{
    /// <summary>The history folder inside the report folder.</summary>
    public const string FolderName = "history";

    /// <summary>Verdicts shown per case, this run's included.</summary>
    public const int Shown = 10;

    /// <summary>At most this many of the newest records are read, so a long history costs a bounded time.</summary>
    private const int RecordsRead = 200;

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<HistoryEntry>> None = new Dictionary<string, IReadOnlyList<HistoryEntry>>(StringComparer.Ordinal);

    /// <summary>A new run's id: its start time (so names sort by time) and a random suffix.</summary>
    public static string NewRunId(DateTimeOffset started) =>
        started.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>Each case's verdicts in earlier runs (not <paramref name="currentRunId"/>), oldest first, at most <see cref="Shown"/> - 1.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<HistoryEntry>> Load(string directory, string currentRunId)
    {
        var folder = Path.Combine(directory, FolderName);
        if (!Directory.Exists(folder))
        {
            return None;
        }

        var files = Directory.GetFiles(folder, "*.json")
            .Where(f => !string.Equals(Path.GetFileNameWithoutExtension(f), currentRunId, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .TakeLast(RecordsRead);
        var byCase = new Dictionary<string, List<HistoryEntry>>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            JsonObject? record;
            try
            {
                record = JsonNode.Parse(File.ReadAllText(file)) as JsonObject;
            }
            catch (Exception ex) when (ex is JsonException or IOException or InvalidOperationException)
            {
                continue;
            }

            if (record?["cases"] is not JsonObject cases)
            {
                continue;
            }

            var runId = Path.GetFileNameWithoutExtension(file);
            var finishedAt = record["finishedAt"] is JsonValue v && v.TryGetValue<string>(out var at) ? at : runId;
            foreach (var (id, node) in cases)
            {
                if (node is JsonObject entry && entry["test"] is JsonValue t && t.TryGetValue<string>(out var test) && Enum.TryParse<VerdictStatus>(test, out var status))
                {
                    var mean = entry["mean"] is JsonValue m && m.TryGetValue<double>(out var value) ? value : (double?)null;
                    var criteria = entry["criteria"] is JsonObject scores
                        ? scores.Where(c => c.Value is JsonValue sv && sv.TryGetValue<double>(out _)).ToDictionary(c => c.Key, c => c.Value!.GetValue<double>(), StringComparer.Ordinal)
                        : new Dictionary<string, double>(StringComparer.Ordinal);
                    if (!byCase.TryGetValue(id, out var list))
                    {
                        byCase[id] = list = [];
                    }

                    list.Add(new HistoryEntry(runId, finishedAt, status, mean, criteria));
                }
            }
        }

        return byCase.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<HistoryEntry>)[.. kv.Value.TakeLast(Shown - 1)], StringComparer.Ordinal);
    }

    /// <summary>Writes (or rewrites) the record of <paramref name="runId"/>; nothing when the run has no result yet.</summary>
    public static void Save(string directory, string runId, EvalRun run)
    {
        if (run.Results.Count == 0 && run.Problem is null)
        {
            return;
        }

        var cases = new JsonObject();
        foreach (var r in run.Results)
        {
            cases[r.Case.Id] = new JsonObject
            {
                ["test"] = run.Outcome(r).ToString(),
                ["mean"] = r.Verdict.Mean,
                ["criteria"] = new JsonObject([.. r.Verdict.Criteria.Select(c => KeyValuePair.Create(c.Criterion.Id, (JsonNode?)JsonValue.Create(c.Score)))]),
                ["cause"] = FailureCauses.Classify(r, run.Outcome(r), run.SnapshotProblems.GetValueOrDefault(r.Case.Id))?.Slug(),
            };
        }

        if (run.Problem is not null)
        {
            // A run that could not grade is recorded too, so the history never shows an earlier green run as the last one.
            foreach (var id in run.Unfinished)
            {
                cases[id] = new JsonObject { ["test"] = nameof(VerdictStatus.Inconclusive), ["mean"] = null, ["criteria"] = new JsonObject(), ["cause"] = FailureCause.NotJudged.Slug() };
            }
        }

        var policy = run.Results.Count > 0 ? run.Results[0].Verdict.Policy : new GradingPolicy();
        var configuration = new JsonObject
        {
            ["samples"] = policy.Samples,
            ["minimumMean"] = policy.MinimumMean,
            ["minimumCriterionScore"] = policy.MinimumCriterionScore,
            ["reducer"] = policy.Reducer.ToString(),
            ["agentModels"] = new JsonArray([.. run.Results.SelectMany(r => r.Samples).Select(s => s.Answer?.ModelId).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(m => (JsonNode?)JsonValue.Create(m))]),
            ["judges"] = new JsonArray([.. run.Results.SelectMany(r => r.Samples).Select(s => s.Outcome.JudgeName).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Select(j => (JsonNode?)JsonValue.Create(j))]),
        };
        var record = new JsonObject { ["run"] = runId, ["finishedAt"] = run.FinishedAtText, ["partial"] = run.Unfinished.Count > 0 && run.Problem is null, ["problem"] = run.Problem, ["configuration"] = configuration, ["cases"] = cases };
        var folder = Path.Combine(directory, FolderName);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, runId + ".json"), SecretScrubber.Scrub(record.ToJsonString()));
    }
}
