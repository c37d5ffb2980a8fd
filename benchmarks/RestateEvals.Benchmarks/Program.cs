using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.AI;
using RestateEvals;
using RestateEvals.Benchmarks;

// Usage: dotnet run -c Release --project benchmarks/RestateEvals.Benchmarks [-- --latency-ms 1000 | --overload [k...] | --overload-repeat k runs | --checklist | --reports | --execution [rounds]]
if (args is ["--execution", ..])
{
    await ExecutionBench.RunAsync(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3);
    return;
}

if (args is ["--llm-judge"])
{
    await LlmJudgeBench.RunAsync();
    return;
}

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

if (args is ["--overload", ..])
{
    await MeasureOverloadAsync(args.Length > 1 ? [.. args[1..].Select(a => int.Parse(a, CultureInfo.InvariantCulture))] : [3]);
    return;
}

if (args is ["--overload-repeat", var repeatK, var repeatRuns])
{
    // The adaptive limiter alone against the overloaded endpoint, several times: the spread of its times.
    for (var run = 1; run <= int.Parse(repeatRuns, CultureInfo.InvariantCulture); run++)
    {
        var (elapsed, inconclusive, rejected, most) = await RunOverloadedAsync(int.Parse(repeatK, CultureInfo.InvariantCulture), null, 10, TimeSpan.FromSeconds(1));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run}: {elapsed.TotalSeconds:0.00} s, {inconclusive} inconclusive, {rejected} 429s, {most} in flight at most"));
    }

    return;
}

var latency = TimeSpan.FromMilliseconds(args is ["--latency-ms", var ms] ? int.Parse(ms, CultureInfo.InvariantCulture) : 1000);
Console.WriteLine($"Full suite ({EvalCatalog.All.Count} cases), fake agent and judge with {latency.TotalMilliseconds} ms latency each; the physical limit is one agent call + one judge call ({(2 * latency).TotalSeconds:0.#} s).");
Console.WriteLine("| samples (k) | serial (MaxConcurrency = 1) | old default (MaxConcurrency = 4) | defaults (adaptive limiter) | defaults / physical limit |");
Console.WriteLine("| --- | --- | --- | --- | --- |");
foreach (var k in new[] { 1, 3, 5 })
{
    var serial = await TimeSuiteAsync(k, maxConcurrency: 1, adaptive: false, latency);
    var fixedFour = await TimeSuiteAsync(k, maxConcurrency: 4, adaptive: false, latency);
    var defaults = await TimeSuiteAsync(k, maxConcurrency: null, adaptive: true, latency);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {k} | {serial.TotalSeconds:0.00} s | {fixedFour.TotalSeconds:0.00} s | {defaults.TotalSeconds:0.00} s | {defaults / (2 * latency):0.00}x |"));
}

// Fixed-latency fakes; agent and judge share one adaptive limiter (one endpoint) when adaptive.
static async Task<TimeSpan> TimeSuiteAsync(int samples, int? maxConcurrency, bool adaptive, TimeSpan latency)
{
    var options = new EvalOptions { MaxConcurrency = maxConcurrency, Policy = new GradingPolicy { Samples = samples } };
    var endpoint = $"bench-{Guid.NewGuid():N}";
    IChatClient Client(bool judge)
    {
        var builder = new FixedLatencyChatClient(latency, judge).AsBuilder().UseEvalRetries();
        return (adaptive ? builder.UseEvalConcurrency(endpoint) : builder).Build();
    }

    var runner = new EvalRunner(Client(judge: false), new LlmJudge(Client(judge: true)), options);
    var watch = Stopwatch.StartNew();
    var results = await runner.RunManyAsync(EvalCatalog.All);
    watch.Stop();
    if (results.Any(r => !r.Verdict.Passed))
    {
        throw new InvalidOperationException("A bench run did not pass: the fakes are broken.");
    }

    return watch.Elapsed;
}

// One endpoint for agent and judge that answers 429 with Retry-After: 1 whenever 10 calls are in flight; retries on.
static async Task MeasureOverloadAsync(int[] samples)
{
    const int Capacity = 10;
    var latency = TimeSpan.FromSeconds(1);
    Console.WriteLine($"Full suite ({EvalCatalog.All.Count} cases), agent and judge on one fake endpoint: 1 s per call, 429 with Retry-After: 1 whenever {Capacity} calls are in flight; UseEvalRetries() defaults (3 retries).");
    Console.WriteLine("| samples (k) | setting | time | inconclusive | 429s | most calls in flight |");
    Console.WriteLine("| --- | --- | --- | --- | --- | --- |");
    foreach (var k in samples)
    {
        var best = TimeSpan.MaxValue;
        foreach (var cap in new int?[] { 1, 2, 4, 5, 8, 10, 16, null })
        {
            var run = await RunOverloadedAsync(k, cap, Capacity, latency);
            var setting = cap is { } c ? $"fixed MaxConcurrency = {c}" : "defaults (adaptive limiter, no fixed cap)";
            var ratio = cap is null ? string.Create(CultureInfo.InvariantCulture, $" ({run.Elapsed / best:0.00}x the best fixed)") : string.Empty;
            if (cap is not null && run.Inconclusive == 0 && run.Elapsed < best)
            {
                best = run.Elapsed;
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {k} | {setting} | {run.Elapsed.TotalSeconds:0.00} s{ratio} | {run.Inconclusive} | {run.Rejected} | {run.MaxInFlight} |"));
        }
    }
}

static async Task<(TimeSpan Elapsed, int Inconclusive, int Rejected, int MaxInFlight)> RunOverloadedAsync(int samples, int? maxConcurrency, int capacity, TimeSpan latency)
{
    var server = new OverloadedEndpoint(capacity, latency, retryAfter: TimeSpan.FromSeconds(1));
    var endpoint = $"bench-overload-{Guid.NewGuid():N}";
    IChatClient Client()
    {
        var builder = server.AsBuilder().UseEvalRetries();
        return (maxConcurrency is null ? builder.UseEvalConcurrency(endpoint) : builder).Build();
    }

    var runner = new EvalRunner(Client(), new LlmJudge(Client()), new EvalOptions { MaxConcurrency = maxConcurrency, Policy = new GradingPolicy { Samples = samples } });
    var watch = Stopwatch.StartNew();
    var results = await runner.RunManyAsync(EvalCatalog.All);
    watch.Stop();
    if (results.Any(r => r.Verdict.Status == VerdictStatus.Failed))
    {
        throw new InvalidOperationException("A bench run failed: the fakes are broken.");
    }

    return (watch.Elapsed, results.Count(r => r.Verdict.Status == VerdictStatus.Inconclusive), server.Rejected, server.MaxInFlight);
}

// The advisory checklist on every reference answer: time and allocation per evaluation (one answer, all criteria).
static void MeasureChecklist()
{
    var answers = EvalCatalog.All.SelectMany(c => c.GoodAnswers.Concat(c.FlawedAnswers).Select(a => (Case: c, Answer: a))).ToList();
    foreach (var (evalCase, answer) in answers)
    {
        _ = Checklist.Review(evalCase, answer); // warm-up: patterns compiled once
    }

    const int Rounds = 200;
    var allocated = GC.GetAllocatedBytesForCurrentThread();
    var watch = Stopwatch.StartNew();
    for (var round = 0; round < Rounds; round++)
    {
        foreach (var (evalCase, answer) in answers)
        {
            _ = Checklist.Review(evalCase, answer);
        }
    }

    watch.Stop();
    var evaluations = Rounds * answers.Count;
    allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Checklist (advisory): {evaluations} evaluations, {watch.Elapsed.TotalMicroseconds / evaluations:0} µs and {allocated / evaluations / 1024.0:0.0} KB per evaluation."));
}
