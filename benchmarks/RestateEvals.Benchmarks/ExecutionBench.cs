using System.Diagnostics;
using System.Globalization;
using RestateEvals.Execution;

namespace RestateEvals.Benchmarks;

/// <summary>
/// The six executable checks with their good reference implementations on one restate-server: the server start (and the
/// npm install on a cold cache), then the six run one after another and all at once, as a suite runs them.
/// </summary>
internal static class ExecutionBench
{
    public static async Task RunAsync(int rounds)
    {
        var grader = new RestateExecutionGrader();
        var watch = Stopwatch.StartNew();
        await RestateSandbox.SharedAsync(new SandboxOptions(), CancellationToken.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"sandbox start (npm ci only on a cold cache): {watch.Elapsed.TotalSeconds:0.0} s"));
        Console.WriteLine("| round | mode | total | per task (s) | all passed |");
        Console.WriteLine("| --- | --- | --- | --- | --- |");
        for (var round = 1; round <= rounds; round++)
        {
            foreach (var parallel in new[] { false, true })
            {
                watch.Restart();
                var results = new List<(string Case, ExecutionResult Result)>();
                if (parallel)
                {
                    results.AddRange(await Task.WhenAll(ExecutionTasks.CaseIds.Select(async id => (id, await grader.ExecuteCodeAsync(id, ExecutionTasks.References(id)[0].Code)))));
                }
                else
                {
                    foreach (var id in ExecutionTasks.CaseIds)
                    {
                        results.Add((id, await grader.ExecuteCodeAsync(id, ExecutionTasks.References(id)[0].Code)));
                    }
                }

                var perTask = string.Join(", ", results.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Case[4..]} {r.Result.Elapsed.TotalSeconds:0.0}")));
                var passed = results.All(r => r.Result.Status == ExecutionStatus.Passed);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {round} | {(parallel ? "all at once" : "one by one")} | {watch.Elapsed.TotalSeconds:0.0} s | {perTask} | {(passed ? "yes" : "NO")} |"));
                foreach (var failed in results.Where(r => r.Result.Status != ExecutionStatus.Passed))
                {
                    Console.WriteLine($"  {failed.Case}: {failed.Result.Summary}");
                }
            }
        }

        await RestateSandbox.StopSharedAsync();
    }
}
