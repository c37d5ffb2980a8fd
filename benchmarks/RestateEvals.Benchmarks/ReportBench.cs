using System.Diagnostics;
using System.Globalization;

namespace RestateEvals.Benchmarks;

/// <summary>
/// The total cost of the run report as a suite produces it: one result added after every case, then
/// <see cref="EvalReport.WriteIfDue"/> (the suite's pattern), against writing the whole report after every case (the
/// old pattern, quadratic in the number of cases).
/// </summary>
internal static class ReportBench
{
    public static async Task RunAsync()
    {
        var template = await new EvalRunner(new ReferenceAnswerChatClient(), new ReferenceAnswerJudge()).RunAsync(EvalCatalog.Get("VOS-01"));
        Console.WriteLine("| cases | write after every case | add + WriteIfDue (written at the end) |");
        Console.WriteLine("| --- | --- | --- |");
        foreach (var cases in new[] { 9, 90, 900, 1800 })
        {
            var results = Enumerable.Range(0, cases).Select(i => template with { Case = template.Case with { Id = $"CASE-{i:0000}" } }).ToList();
            var everyCase = cases <= 900 ? Measure(results, writeEveryCase: true) : (TimeSpan?)null;
            var atTheEnd = Measure(results, writeEveryCase: false);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {cases} | {(everyCase is { } e ? $"{e.TotalSeconds:0.000} s" : "(skipped: minutes)")} | {atTheEnd.TotalSeconds:0.000} s |"));
        }
    }

    private static TimeSpan Measure(List<EvalResult> results, bool writeEveryCase)
    {
        var directory = Path.Combine(Path.GetTempPath(), "restateevals-report-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            var report = new EvalReport();
            report.Expect(results.Select(r => r.Case.Id));
            var watch = Stopwatch.StartNew();
            foreach (var result in results)
            {
                report.Add(result);
                if (writeEveryCase)
                {
                    report.Write(directory);
                }
                else
                {
                    report.WriteIfDue(directory);
                }
            }

            report.Flush(directory);
            return watch.Elapsed;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
