using System.Globalization;
using System.Net;
using System.Text;

namespace RestateEvals;

/// <summary>
/// One self-contained HTML page per run: no external scripts, styles, fonts or requests (a Content-Security-Policy
/// forbids them). Run metadata, a table with a row per case and one heat cell per criterion (the score is printed in
/// the cell; the colour is never the only signal), rows that expand to each sample's answer, scores, reasons and
/// verified evidence, and the non-passing cases grouped by cause. Every text is scrubbed of secrets, then HTML-escaped.
/// </summary>
internal sealed class HtmlReporter : IEvalReporter
{
    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:1.5rem;color:#1b1f24;background:#fff;line-height:1.4}
        h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem}h3{font-size:1rem}
        table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #c8ccd0;padding:.3rem .5rem;text-align:left;vertical-align:top}
        th{background:#f0f2f4}
        td.num{text-align:right;font-variant-numeric:tabular-nums}
        td.heat{text-align:center;min-width:5.5rem;font-variant-numeric:tabular-nums}
        td.heat .criterion{display:block;font-size:.75rem}td.heat .score{font-weight:700;font-size:1.05rem}
        .s1{background-color:#d73027;color:#fff}.s2{background-color:#fc8d59;color:#000}.s3{background-color:#fee08b;color:#000}
        .s4{background-color:#a6d96a;color:#000}.s5{background-color:#1a9850;color:#fff}td.heat.none{background:#fff}
        .verdict-passed{color:#116329;font-weight:600}.verdict-failed{color:#a40e26;font-weight:600}.verdict-inconclusive{color:#7d4e00;font-weight:600}
        button.toggle{font:inherit;font-weight:600;cursor:pointer;border:1px solid #8c959f;background:#f6f8fa;border-radius:4px;padding:.1rem .4rem}
        button.toggle::before{content:"\25B8 "}button.toggle[aria-expanded="true"]::before{content:"\25BE "}
        tr.detail>td{background:#fafbfc}
        pre.answer,pre.code{white-space:pre-wrap;word-break:break-word;background:#f6f8fa;border:1px solid #d0d7de;padding:.5rem;max-height:30rem;overflow:auto}
        blockquote.evidence{margin:0;padding-left:.5rem;border-left:3px solid #8c959f;font-style:italic}
        .changed,.partial{background:#fff8c5;border:1px solid #d4a72c;padding:.3rem .5rem}
        .stale{color:#57606a}
        ol.runs{list-style:none;margin:0;padding:0;display:flex;gap:2px}ol.runs li{width:1.2rem;text-align:center;border-radius:3px;font-weight:700}
        ol.runs li.h-passed{background:#dafbe1;color:#116329}ol.runs li.h-failed{background:#ffebe9;color:#a40e26}ol.runs li.h-inconclusive{background:#fff8c5;color:#7d4e00}
        ol.runs li.current{outline:2px solid #1b1f24}.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
        .changed-since-last{background:#ddf4ff;color:#0969da;font-weight:600}.first-run{font-size:.75rem;color:#57606a}
        dl.meta{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}dl.meta dt{font-weight:600}dl.meta dd{margin:0}
        """;

    private const string Script = """
        document.querySelectorAll("button.toggle").forEach(function (b) {
          b.addEventListener("click", function () {
            var d = document.getElementById(b.getAttribute("aria-controls"));
            var open = d.hidden;
            d.hidden = !open;
            b.setAttribute("aria-expanded", open ? "true" : "false");
          });
        });
        """;

    public string FileName => EvalReport.HtmlFileName;

    /// <summary>The heat class of a score: its floor, 1-5 (a mean of 4.5 is a 4: never greener than earned).</summary>
    internal static int Heat(double score) => (int)Math.Clamp(Math.Floor(score + 1e-9), 1, 5);

    public string Render(EvalRun run)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(run.Title)).Append("</title>\n<style>\n").Append(Style).Append("</style>\n")
            .Append("<noscript><style>tr.detail[hidden]{display:table-row}button.toggle::before{content:none}</style></noscript>\n</head>\n<body>\n");
        html.Append("<h1>").Append(E(run.Title)).Append("</h1>\n");

        if (run.Problem is { } problem)
        {
            html.Append("<p class=\"partial\" id=\"run-problem\"><strong>This run could not grade:</strong> ").Append(E(problem)).Append("</p>\n");
        }

        var finished = run.Results.Count(r => run.Expected.Contains(r.Case.Id));
        if (run.Expected.Count > 0 && finished < run.Expected.Count && run.Problem is null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"partial\" id=\"partial\"><strong>partial: {finished} of {run.Expected.Count} selected cases finished</strong> (the run was interrupted or is still running)</p>\n");
        }

        var outcomes = run.Results.Select(run.Outcome).ToList();
        html.Append(CultureInfo.InvariantCulture, $"<p id=\"counts\">{outcomes.Count(o => o == VerdictStatus.Passed)} passed, {outcomes.Count(o => o == VerdictStatus.Failed)} failed, {outcomes.Count(o => o == VerdictStatus.Inconclusive)} inconclusive");
        html.Append(run.Stale.Count > 0 ? string.Create(CultureInfo.InvariantCulture, $"; {run.Stale.Count} stale from an earlier run, not counted") : string.Empty).Append("</p>\n");

        Metadata(html, run);
        Cases(html, run);
        Failures(html, run);
        Changes(html, run);

        html.Append("<script>\n").Append(Script).Append("</script>\n</body>\n</html>\n");
        return SecretScrubber.Scrub(html.ToString());
    }

    private static void Metadata(StringBuilder html, EvalRun run)
    {
        var samples = run.Results.SelectMany(r => r.Samples).ToList();
        var answers = samples.Select(s => s.Answer).OfType<AgentAnswer>().ToList();
        var policies = run.Results.Select(r => r.Verdict.Policy).ToList();
        string Distinct(IEnumerable<string?> values)
        {
            var list = values.OfType<string>().Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            return list.Count == 0 ? "-" : string.Join(", ", list);
        }

        var input = TokenCounts.Sum(answers.Select(a => a.InputTokens));
        var output = TokenCounts.Sum(answers.Select(a => a.OutputTokens));
        html.Append("<section id=\"run\">\n<h2>Run</h2>\n<dl class=\"meta\">\n");
        Meta(html, "finished", "Finished", run.FinishedAtText);
        Meta(html, "duration", "Duration", run.Duration is { } d ? VerdictFormatter.Seconds(d) + " s" : "unknown");
        Meta(html, "models", "Agent models", Distinct(answers.Select(a => a.ModelId)));
        Meta(html, "judges", "Judges", Distinct(samples.Select(s => s.Outcome.JudgeName).Where(n => n != "none")));
        Meta(html, "k", "Samples per case (k)", Distinct(policies.Select(p => p.Samples.ToString(CultureInfo.InvariantCulture))));
        Meta(html, "thresholds", "Thresholds", Distinct(policies.Select(p => string.Create(CultureInfo.InvariantCulture, $"mean >= {p.MinimumMean:0.0#}, every criterion >= {p.MinimumCriterionScore:0.##}"))));
        Meta(html, "reducer", "Reducer", Distinct(policies.Select(p => p.Samples > 1 ? $"{p.Reducer} ({p.Reducer.Describe(p.Samples)})" : p.Reducer.ToString())));
        Meta(html, "tokens", "Agent tokens", $"in {(input is null ? "unknown" : input.Value.ToString(CultureInfo.InvariantCulture))}, out {(output is null ? "unknown" : output.Value.ToString(CultureInfo.InvariantCulture))}");
        var judgeInput = TokenCounts.Sum(samples.Select(s => s.Outcome.InputTokens));
        var judgeOutput = TokenCounts.Sum(samples.Select(s => s.Outcome.OutputTokens));
        Meta(html, "judge-tokens", "Judge tokens", $"in {(judgeInput is null ? "unknown" : judgeInput.Value.ToString(CultureInfo.InvariantCulture))}, out {(judgeOutput is null ? "unknown" : judgeOutput.Value.ToString(CultureInfo.InvariantCulture))}");
        html.Append("</dl>\n</section>\n");
    }

    private static void Meta(StringBuilder html, string id, string label, string value) =>
        html.Append("<dt>").Append(E(label)).Append("</dt><dd id=\"meta-").Append(id).Append("\">").Append(E(value)).Append("</dd>\n");

    private static void Cases(StringBuilder html, EvalRun run)
    {
        var columns = Math.Max(1, run.Results.Select(r => r.Case.Criteria.Count).DefaultIfEmpty(0).Max());
        var width = 7 + columns;
        html.Append("<section id=\"cases-section\">\n<h2>Cases</h2>\n<p>Select a case to see every sample's answer, scores, reasons and evidence. Criterion cells show the score (1 poor to 5 excellent; the mean over samples when k &gt; 1) on a red-to-green scale.</p>\n");
        html.Append("<table id=\"cases\">\n<thead><tr><th scope=\"col\">Case</th><th scope=\"col\">Severity</th><th scope=\"col\">Verdict</th><th scope=\"col\">Mean</th><th scope=\"col\">Min</th>")
            .Append(CultureInfo.InvariantCulture, $"<th scope=\"colgroup\" colspan=\"{columns}\">Criterion scores</th><th scope=\"col\">Pass rate</th><th scope=\"col\">Last {RunHistory.Shown} runs</th></tr></thead>\n");
        foreach (var r in run.Results)
        {
            var id = r.Case.Id;
            var outcome = run.Outcome(r);
            var cause = FailureCauses.Classify(r, outcome, run.SnapshotProblems.GetValueOrDefault(id));
            var status = outcome.ToString().ToLowerInvariant();
            html.Append("<tbody class=\"case-group\">\n<tr class=\"case ").Append(status).Append("\" id=\"case-").Append(A(id)).Append("\" data-case=\"").Append(A(id))
                .Append("\" data-verdict=\"").Append(status).Append('"');
            if (cause is { } c)
            {
                html.Append(" data-cause=\"").Append(c.Slug()).Append('"');
            }

            html.Append(">\n<th scope=\"row\"><button type=\"button\" class=\"toggle\" aria-expanded=\"false\" aria-controls=\"detail-").Append(A(id)).Append("\">").Append(E(id)).Append("</button> ")
                .Append(E(r.Case.Title)).Append("</th>\n<td class=\"severity\">").Append(E(r.Case.Severity.ToString().ToLowerInvariant())).Append("</td>\n");
            html.Append("<td class=\"verdict verdict-").Append(status).Append("\">").Append(E(status));
            if (r.Verdict.Passed && outcome == VerdictStatus.Failed)
            {
                html.Append(" (rubric passed, snapshot changed)");
            }
            else if (run.AnswerChanged(id))
            {
                html.Append(" <span class=\"changed-flag\">(answer changed since verified)</span>");
            }

            if (run.ChangedSinceLastRun(r) is { } was)
            {
                html.Append("<br><span class=\"changed-since-last\">").Append(E($"changed since the last run (was {was.ToString().ToLowerInvariant()})")).Append("</span>");
            }

            if (cause is { } shown)
            {
                html.Append("<br><span class=\"cause\">").Append(E(shown.Label())).Append("</span>");
            }

            html.Append("</td>\n<td class=\"num mean\">").Append(E(MarkdownReporter.Number(r.Verdict.Mean))).Append("</td><td class=\"num min\">").Append(E(MarkdownReporter.Number(r.Verdict.Minimum))).Append("</td>\n");
            if (r.Verdict.Criteria.Count == 0)
            {
                html.Append(CultureInfo.InvariantCulture, $"<td class=\"problem\" colspan=\"{columns}\">").Append(E(r.Verdict.Problem ?? "not scored")).Append("</td>\n");
            }
            else
            {
                foreach (var criterion in r.Verdict.Criteria)
                {
                    HeatCell(html, criterion.Criterion.Id, criterion.Score, r.Verdict.Samples.Count > 1
                        ? $"{criterion.Criterion.Description} (min {VerdictFormatter.Score(criterion.Min)}, max {VerdictFormatter.Score(criterion.Max)})"
                        : criterion.Criterion.Description);
                }

                for (var i = r.Verdict.Criteria.Count; i < columns; i++)
                {
                    html.Append("<td class=\"heat none\"></td>");
                }
            }

            html.Append("<td class=\"pass-rate\">").Append(E(r.Verdict.PassRate is null ? "-" : VerdictFormatter.PassRate(r.Verdict))).Append("</td>\n");
            History(html, run, r, outcome);
            html.Append("</tr>\n");
            html.Append("<tr class=\"detail\" id=\"detail-").Append(A(id)).Append("\" hidden><td colspan=\"").Append(width.ToString(CultureInfo.InvariantCulture)).Append("\">\n");
            Detail(html, run, r);
            html.Append("</td></tr>\n</tbody>\n");
        }

        foreach (var old in run.Stale)
        {
            html.Append("<tbody class=\"case-group\">\n<tr class=\"case stale\" data-case=\"").Append(A((string?)old["id"] ?? "?")).Append("\" data-verdict=\"stale\"><th scope=\"row\">")
                .Append(E($"{(string?)old["id"]} {(string?)old["title"]}")).Append("</th><td class=\"severity\">").Append(E(((string?)old["severity"] ?? "?").ToLowerInvariant()))
                .Append("</td><td class=\"verdict\">").Append(E($"{((string?)old["test"] ?? (string?)old["status"] ?? "?").ToLowerInvariant()} (stale: from the run finished {(string?)old["finishedAt"] ?? "earlier"})"))
                .Append("</td><td class=\"num mean\">").Append(E(MarkdownReporter.Number((double?)old["mean"]))).Append("</td><td class=\"num min\">").Append(E(MarkdownReporter.Number((double?)old["minimum"])))
                .Append(CultureInfo.InvariantCulture, $"</td><td colspan=\"{columns + 2}\">not run this time</td></tr>\n</tbody>\n");
        }

        html.Append("</table>\n</section>\n");
    }

    private static void History(StringBuilder html, EvalRun run, EvalResult r, VerdictStatus outcome)
    {
        html.Append("<td class=\"history\"><ol class=\"runs\">");
        foreach (var entry in run.HistoryOf(r.Case.Id))
        {
            HistoryMark(html, entry.Test, $"{entry.FinishedAt}: {entry.Test.ToString().ToLowerInvariant()}, mean {MarkdownReporter.Number(entry.Mean)}", current: false);
        }

        HistoryMark(html, outcome, $"this run: {outcome.ToString().ToLowerInvariant()}, mean {MarkdownReporter.Number(r.Verdict.Mean)}", current: true);
        html.Append("</ol>");
        if (run.HistoryOf(r.Case.Id).Count == 0)
        {
            html.Append("<span class=\"first-run\">first recorded run</span>");
        }

        html.Append("</td>\n");
    }

    private static void HistoryMark(StringBuilder html, VerdictStatus status, string title, bool current)
    {
        var (symbol, name) = status switch
        {
            VerdictStatus.Passed => ("\u2713", "passed"),
            VerdictStatus.Failed => ("\u2717", "failed"),
            _ => ("?", "inconclusive"),
        };
        html.Append("<li class=\"h-").Append(name).Append(current ? " current" : string.Empty).Append("\" data-verdict=\"").Append(name).Append("\" title=\"").Append(A(title)).Append("\">")
            .Append(symbol).Append("<span class=\"sr\">").Append(E(" " + title)).Append("</span></li>");
    }

    private static void HeatCell(StringBuilder html, string criterionId, double score, string title)
    {
        var text = VerdictFormatter.Score(score);
        html.Append(CultureInfo.InvariantCulture, $"<td class=\"heat s{Heat(score)}\" data-criterion=\"").Append(A(criterionId)).Append("\" data-score=\"").Append(A(text))
            .Append("\" title=\"").Append(A(title)).Append("\"><span class=\"criterion\">").Append(E(criterionId)).Append("</span><span class=\"score\">").Append(E(text)).Append("</span></td>\n");
    }

    private static void Detail(StringBuilder html, EvalRun run, EvalResult r)
    {
        html.Append("<div class=\"case-detail\">\n<h3>").Append(E($"{r.Case.Id} {r.Case.Title}")).Append("</h3>\n");
        if (run.SnapshotProblems.TryGetValue(r.Case.Id, out var changed))
        {
            html.Append("<p class=\"changed\"><strong>answer changed since verified</strong>: ").Append(E(changed)).Append("</p>\n");
        }

        if (r.Verdict.Problem is { } problem)
        {
            html.Append("<p class=\"problem\"><strong>Problem</strong>: ").Append(E(problem)).Append("</p>\n");
        }

        html.Append("<p><strong>Thresholds</strong>: ").Append(E(r.Verdict.Policy.ToString())).Append("</p>\n");
        html.Append("<h4>Ideal behaviour</h4>\n<p class=\"ideal\">").Append(E(r.Case.IdealBehavior)).Append("</p>\n");
        html.Append("<h4>Criteria</h4>\n<table class=\"criteria\"><thead><tr><th scope=\"col\">Criterion</th><th scope=\"col\">Dimension</th><th scope=\"col\">What is judged</th><th scope=\"col\">Score</th></tr></thead><tbody>\n");
        foreach (var criterion in r.Case.Criteria)
        {
            html.Append("<tr><th scope=\"row\">").Append(E(criterion.Id)).Append("</th><td>").Append(E(criterion.Dimension.ToString())).Append("</td><td>").Append(E(criterion.Description)).Append("</td>");
            if (r.Verdict.Criteria.FirstOrDefault(c => c.Criterion.Id == criterion.Id) is { } graded)
            {
                HeatCell(html, criterion.Id, graded.Score, criterion.Description);
            }
            else
            {
                html.Append("<td class=\"heat none\">-</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody></table>\n");
        foreach (var sample in r.Samples)
        {
            var verdict = r.Verdict.Samples.FirstOrDefault(v => v.Index == sample.Index);
            var status = (verdict?.Status ?? (sample.Outcome.IsConclusive ? r.Verdict.Status : VerdictStatus.Inconclusive)).ToString().ToLowerInvariant();
            html.Append("<section class=\"sample\" data-sample=\"").Append(sample.Index.ToString(CultureInfo.InvariantCulture)).Append("\">\n<h4>")
                .Append(E($"Sample {sample.Index + 1} of {r.Samples.Count}: ")).Append("<span class=\"verdict-").Append(status).Append("\">").Append(E(status)).Append("</span></h4>\n");
            var facts = new List<string>();
            if (sample.Answer is { } answer)
            {
                facts.Add($"model {answer.ModelId ?? "unknown"}");
                facts.Add($"tokens in {answer.InputTokens?.ToString(CultureInfo.InvariantCulture) ?? "?"}, out {answer.OutputTokens?.ToString(CultureInfo.InvariantCulture) ?? "?"}");
                facts.Add($"latency {VerdictFormatter.Seconds(answer.Latency)} s");
            }

            facts.Add($"judge {sample.Outcome.JudgeName}");
            html.Append("<p class=\"facts\">").Append(E(string.Join("; ", facts))).Append("</p>\n");
            if (sample.Outcome.Problem is { } sampleProblem)
            {
                html.Append("<p class=\"problem\"><strong>Problem</strong>: ").Append(E(sampleProblem)).Append("</p>\n");
            }

            html.Append("<h5>Answer</h5>\n");
            html.Append(sample.Answer is { } a ? "<pre class=\"answer\">" + E(a.Text) + "</pre>\n" : "<p class=\"answer none\">no answer (the agent failed)</p>\n");
            if (sample.Answer is { FunctionCalls.Count: > 0 } withCalls)
            {
                html.Append("<h5>Function calls</h5>\n<ol class=\"calls\">\n");
                foreach (var call in withCalls.FunctionCalls)
                {
                    html.Append("<li><code>").Append(E($"{call.Name}({call.Arguments})")).Append("</code>").Append(call.Result is null ? string.Empty : " &rarr; <code>" + E(call.Result) + "</code>").Append("</li>\n");
                }

                html.Append("</ol>\n");
            }

            if (sample.Execution is { } execution)
            {
                var executionStatus = execution.Status.ToString().ToLowerInvariant();
                html.Append("<h5>Executed on a real Restate server: <span class=\"verdict-").Append(executionStatus).Append("\">").Append(E(executionStatus)).Append("</span></h5>\n")
                    .Append("<p class=\"execution-summary\">").Append(E(execution.Summary)).Append("</p>\n");
                if (execution.Observations.Count > 0)
                {
                    html.Append("<ol class=\"observations\">\n");
                    foreach (var observation in execution.Observations)
                    {
                        html.Append("<li>").Append(E(observation)).Append("</li>\n");
                    }

                    html.Append("</ol>\n");
                }

                html.Append(execution.Code is { } code ? "<pre class=\"code\">" + E(code) + "</pre>\n" : "<p class=\"code none\">no code</p>\n");
            }

            if (sample.Outcome.Scores.Count > 0)
            {
                html.Append("<table class=\"scores\"><thead><tr><th scope=\"col\">Criterion</th><th scope=\"col\">Score</th><th scope=\"col\">Reasoning</th><th scope=\"col\">Verified evidence</th></tr></thead><tbody>\n");
                foreach (var score in sample.Outcome.Scores)
                {
                    html.Append("<tr><th scope=\"row\">").Append(E(score.CriterionId)).Append("</th>");
                    HeatCell(html, score.CriterionId, score.Score, r.Case.Criteria.FirstOrDefault(c => c.Id == score.CriterionId)?.Description ?? score.CriterionId);
                    html.Append("<td class=\"reason\">").Append(E(score.Reason)).Append("</td><td class=\"evidence\">")
                        .Append(score.Evidence.Length == 0 ? "<span class=\"none\">none quoted</span>" : "<blockquote class=\"evidence\">" + E(score.Evidence) + "</blockquote>").Append("</td></tr>\n");
                }

                html.Append("</tbody></table>\n");
            }

            html.Append("</section>\n");
        }

        html.Append("</div>\n");
    }

    private static void Changes(StringBuilder html, EvalRun run)
    {
        var changes = run.ChangesSinceLastRun();
        html.Append("<section id=\"changes\">\n<h2>Changed since the last run</h2>\n");
        html.Append(changes.Count == 0 ? "<p>Nothing changed, or no earlier run in this folder.</p>\n" : "<ul>\n");
        foreach (var change in changes)
        {
            html.Append("<li>").Append(E(change)).Append("</li>\n");
        }

        html.Append(changes.Count == 0 ? "</section>\n" : "</ul>\n</section>\n");
    }

    private static void Failures(StringBuilder html, EvalRun run)
    {
        var failures = run.FailuresByCause();
        html.Append("<section id=\"failures\">\n<h2>Failures by cause</h2>\n");
        if (failures.Count == 0)
        {
            html.Append("<p>None: every case passed.</p>\n");
        }

        foreach (var (cause, cases) in failures)
        {
            html.Append("<section class=\"cause\" data-cause=\"").Append(cause.Slug()).Append("\">\n<h3>").Append(E(cause.Label()))
                .Append(CultureInfo.InvariantCulture, $" ({cases.Count})</h3>\n<ul>\n");
            foreach (var (id, title, problem) in cases)
            {
                html.Append("<li data-case=\"").Append(A(id)).Append("\">");
                html.Append(title is null ? E(id) : "<a href=\"#case-" + A(id) + "\">" + E(id) + "</a> " + E(title));
                html.Append(problem is null ? string.Empty : ": " + E(problem)).Append("</li>\n");
            }

            html.Append("</ul>\n</section>\n");
        }

        html.Append("</section>\n");
    }

    /// <summary>Scrubbed and escaped text content.</summary>
    private static string E(string text) => WebUtility.HtmlEncode(SecretScrubber.Scrub(text));

    /// <summary>Scrubbed and escaped attribute value (quotes included).</summary>
    private static string A(string text) => E(text);
}
