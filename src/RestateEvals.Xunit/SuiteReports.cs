using System.Collections.Concurrent;

namespace RestateEvals.Xunit;

/// <summary>One <see cref="EvalReport"/> per report directory for the test process; appended to GITHUB_STEP_SUMMARY when the process exits.</summary>
internal static class SuiteReports
{
    private static readonly ConcurrentDictionary<string, EvalReport> Reports = new(StringComparer.Ordinal);

    static SuiteReports() => AppDomain.CurrentDomain.ProcessExit += (_, _) => AppendAll();

    public static EvalReport For(string directory, string suiteName) =>
        Reports.GetOrAdd(Path.GetFullPath(directory), _ => new EvalReport($"RestateEvals: Virtual Objects and State ({suiteName})"));

    private static void AppendAll()
    {
        foreach (var report in Reports.Values)
        {
            try
            {
                report.AppendToGitHubStepSummary();
            }
            catch (IOException)
            {
                // The step summary is best effort; the report files are already written.
            }
        }
    }
}
