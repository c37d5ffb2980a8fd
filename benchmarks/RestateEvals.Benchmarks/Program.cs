using System.Diagnostics;
using System.Globalization;
using RestateEvals;
using RestateEvals.Benchmarks;

// Usage: dotnet run -c Release --project benchmarks/RestateEvals.Benchmarks [-- --latency-ms 1000]
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
