using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace RestateEvals;

/// <summary>The Markdown summary: case table, per-sample table with k &gt; 1, dimension aggregates, failures by cause.</summary>
internal sealed class MarkdownReporter : IEvalReporter
{
    public string FileName => EvalReport.SummaryFileName;

    public string Render(EvalRun run)
    {
        var results = run.Results;
        var expected = run.Expected;
        var text = new StringBuilder("## ").Append(run.Title).Append("\n\n");
        if (run.Problem is { } problem)
        {
            text.Append("**This run could not grade:** ").Append(VerdictFormatter.Cell(problem)).Append("\n\n");
        }

        var finished = results.Count(r => expected.Contains(r.Case.Id));
        if (expected.Count > 0 && finished < expected.Count && run.Problem is null)
        {
            text.Append(CultureInfo.InvariantCulture, $"**partial: {finished} of {expected.Count} selected cases finished** (the run was interrupted or is still running)\n\n");
        }

        var outcomes = results.Select(run.Outcome).ToList();
        var snapshotFailures = results.Count(r => r.Verdict.Passed && run.Outcome(r) == VerdictStatus.Failed);
        text.Append(CultureInfo.InvariantCulture, $"{outcomes.Count(o => o == VerdictStatus.Passed)} passed, {outcomes.Count(o => o == VerdictStatus.Failed)} failed, {outcomes.Count(o => o == VerdictStatus.Inconclusive)} inconclusive");
        text.Append(snapshotFailures > 0 ? string.Create(CultureInfo.InvariantCulture, $" ({snapshotFailures} failed on a changed snapshot only)") : string.Empty);
        text.Append(run.Stale.Count > 0 ? string.Create(CultureInfo.InvariantCulture, $"; {run.Stale.Count} stale from an earlier run, not counted") : string.Empty).Append("\n\n");
        text.Append("| Case | Severity | Criterion scores | Mean | Min | Verdict |\n| --- | --- | --- | --- | --- | --- |\n");
        foreach (var r in results)
        {
            var sampled = r.Verdict.Samples.Count > 1;
            var scores = r.Verdict.Criteria.Count == 0 ? r.Verdict.Problem ?? string.Empty : string.Join(", ", r.Verdict.Criteria.Select(c => sampled
                ? $"{c.Criterion.Id} {VerdictFormatter.Score(c.Mean)} (min {VerdictFormatter.Score(c.Min)}, max {VerdictFormatter.Score(c.Max)})"
                : $"{c.Criterion.Id} {VerdictFormatter.Score(c.Score)}"));
            var verdict = sampled ? $"{Mark(r.Verdict.Status)}, {VerdictFormatter.PassRate(r.Verdict)}" : Mark(r.Verdict.Status);
            verdict += r.Verdict.Passed && run.Outcome(r) == VerdictStatus.Failed ? " (rubric), ❌ snapshot changed"
                : run.AnswerChanged(r.Case.Id) ? " (answer changed since verified)" : string.Empty;
            text.Append(CultureInfo.InvariantCulture, $"| {r.Case.Id} {r.Case.Title} | {r.Case.Severity.ToString().ToLowerInvariant()} | {VerdictFormatter.Cell(scores)} | {Number(r.Verdict.Mean)} | {Number(r.Verdict.Minimum)} | {verdict} |\n");
        }

        foreach (var old in run.Stale)
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

        var changed = run.ChangesSinceLastRun();
        if (changed.Count > 0)
        {
            text.Append("\nChanged since the last run: ").AppendJoin("; ", changed.Select(VerdictFormatter.Cell)).Append('\n');
        }

        var failures = run.FailuresByCause();
        if (failures.Count > 0)
        {
            text.Append("\n### Failures by cause\n\n");
            foreach (var (cause, cases) in failures)
            {
                text.Append(CultureInfo.InvariantCulture, $"- **{cause.Label()}** ({cases.Count}): {string.Join(", ", cases.Select(c => c.Id))}\n");
            }
        }

        return SecretScrubber.Scrub(text.ToString());
    }

    internal static string Number(double? value) => value is null ? "-" : VerdictFormatter.Score(value.Value);

    internal static string Mark(VerdictStatus status) => status switch
    {
        VerdictStatus.Passed => "✅ passed",
        VerdictStatus.Failed => "❌ failed",
        _ => "⚠️ inconclusive",
    };
}
