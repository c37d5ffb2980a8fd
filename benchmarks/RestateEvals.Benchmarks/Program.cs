using System.Diagnostics;
using System.Globalization;
using RestateEvals;
using RestateEvals.Benchmarks;

// Usage: dotnet run -c Release --project benchmarks/RestateEvals.Benchmarks [-- --latency-ms 1000 | --checklist | --reports]
if (args is ["--reports"])
{
    await ReportBench.RunAsync();
    return;
}

if (args is ["--checklist"])
{
    MeasureChecklist();
    return;
}

var latency = TimeSpan.FromMilliseconds(args is ["--latency-ms", var ms] ? int.Parse(ms, CultureInfo.InvariantCulture) : 1000);
Console.WriteLine($"Full suite ({EvalCatalog.All.Count} cases), fake agent and judge with {latency.TotalMilliseconds} ms latency each.");
Console.WriteLine("| samples (k) | serial baseline (MaxConcurrency=1) | RestateEvals (MaxConcurrency=4) | speed-up |");
Console.WriteLine("| --- | --- | --- | --- |");
foreach (var k in new[] { 1, 3 })
{
    var serial = await TimeSuiteAsync(k, maxConcurrency: 1, latency);
    var overlapped = await TimeSuiteAsync(k, maxConcurrency: 4, latency);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {k} | {serial.TotalSeconds:0.00} s | {overlapped.TotalSeconds:0.00} s | {serial / overlapped:0.0}x |"));
}

static async Task<TimeSpan> TimeSuiteAsync(int samples, int maxConcurrency, TimeSpan latency)
{
    var options = new EvalOptions { MaxConcurrency = maxConcurrency, Policy = new GradingPolicy { Samples = samples } };
    var runner = new EvalRunner(new FixedLatencyChatClient(latency, judge: false), new LlmJudge(new FixedLatencyChatClient(latency, judge: true)), options);
    var watch = Stopwatch.StartNew();
    var results = await runner.RunManyAsync(EvalCatalog.All);
    watch.Stop();
    if (results.Any(r => !r.Verdict.Passed))
    {
        throw new InvalidOperationException("A bench run did not pass: the fakes are broken.");
    }

    return watch.Elapsed;
}

// The checklist judge on every reference answer: time and allocation per evaluation (one answer, all criteria).
static void MeasureChecklist()
{
    var answers = EvalCatalog.All.SelectMany(c => c.GoodAnswers.Concat(c.FlawedAnswers).Select(a => (Case: c, Answer: a))).ToList();
    foreach (var (evalCase, answer) in answers)
    {
        _ = ChecklistJudge.Assess(evalCase, answer); // warm-up: patterns compiled once
    }

    const int Rounds = 200;
    var allocated = GC.GetAllocatedBytesForCurrentThread();
    var watch = Stopwatch.StartNew();
    for (var round = 0; round < Rounds; round++)
    {
        foreach (var (evalCase, answer) in answers)
        {
            _ = ChecklistJudge.Assess(evalCase, answer);
        }
    }

    watch.Stop();
    var evaluations = Rounds * answers.Count;
    allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Checklist judge: {evaluations} evaluations, {watch.Elapsed.TotalMicroseconds / evaluations:0} µs and {allocated / evaluations / 1024.0:0.0} KB per evaluation."));
}
