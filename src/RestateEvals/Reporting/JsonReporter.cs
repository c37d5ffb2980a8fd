using System.Text.Json;

namespace RestateEvals;

/// <summary>
/// The JSON results: per case the verdict, pass rate, criterion scores (mean, min, max over samples) and reasons, and
/// per sample its own verdict and scores, model, tokens, latency and judge; stale cases of an earlier run follow.
/// </summary>
internal sealed class JsonReporter : IEvalReporter
{
    private static readonly JsonSerializerOptions Json = new(EvalCatalog.JsonOptions) { WriteIndented = true };

    public string FileName => EvalReport.ResultsFileName;

    public string Render(EvalRun run)
    {
        var finishedAt = run.FinishedAtText;
        var current = JsonSerializer.SerializeToNode(run.Results.Select(r => Entry(run, r, finishedAt)), Json)!.AsArray();
        foreach (var old in run.Stale)
        {
            var copy = old.DeepClone().AsObject();
            copy["stale"] = true;
            current.Add(copy);
        }

        return SecretScrubber.Scrub(current.ToJsonString(Json));
    }

    private static object Entry(EvalRun run, EvalResult r, string finishedAt) => new
    {
        id = r.Case.Id,
        title = r.Case.Title,
        severity = r.Case.Severity,
        status = r.Verdict.Status,
        test = run.Outcome(r),
        snapshotChanged = run.AnswerChanged(r.Case.Id),
        stale = false,
        finishedAt,
        mean = r.Verdict.Mean,
        minimum = r.Verdict.Minimum,
        problem = r.Verdict.Problem,
        cause = FailureCauses.Classify(r, run.Outcome(r), run.SnapshotProblems.GetValueOrDefault(r.Case.Id))?.Slug(),
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
                judgeInputTokens = s.Outcome.InputTokens,
                judgeOutputTokens = s.Outcome.OutputTokens,
                functionCalls = s.Answer?.FunctionCalls.Select(f => new { name = f.Name, arguments = f.Arguments, result = f.Result }),
                execution = s.Execution is { } e
                    ? new { status = e.Status, summary = e.Summary, code = e.Code, observations = e.Observations, elapsedMs = e.Elapsed.TotalMilliseconds }
                    : null,
            };
        }),
    };
}
