using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace RestateEvals;

/// <summary>
/// One <see cref="EvalReport"/> per report directory for the test process. A report is written when its run's
/// selection has finished (or at most every <see cref="EvalReport.WriteInterval"/>), and once more, marked partial when
/// unfinished, when the process exits or is interrupted (Ctrl+C, SIGTERM); then appended to GITHUB_STEP_SUMMARY.
/// </summary>
internal static class SuiteReports
{
    private static readonly ConcurrentDictionary<string, EvalReport> Reports = new(StringComparer.Ordinal);
    private static readonly List<PosixSignalRegistration> Signals = [];
    private static int _finished;

    static SuiteReports()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => FinishAll();
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGQUIT })
        {
            try
            {
                Signals.Add(PosixSignalRegistration.Create(signal, _ => FinishAll()));
            }
            catch (PlatformNotSupportedException)
            {
                // Not every platform has every signal; ProcessExit still covers a normal exit.
            }
        }
    }

    public static EvalReport For(string directory, string suiteName, IEnumerable<IEvalReporter> reporters) =>
        Reports.GetOrAdd(Path.GetFullPath(directory), _ =>
        {
            var report = new EvalReport($"RestateEvals: Virtual Objects and State ({suiteName})");
            foreach (var reporter in reporters)
            {
                report.Reporters.Add(reporter);
            }

            return report;
        });

    /// <summary>Writes every report that has something unwritten (partial if unfinished), then appends each to the step summary, once per process.</summary>
    private static void FinishAll()
    {
        if (Interlocked.Exchange(ref _finished, 1) == 1)
        {
            return;
        }

        foreach (var (directory, report) in Reports)
        {
            try
            {
                report.Flush(directory);
                report.AppendToGitHubStepSummary();
            }
            catch (IOException)
            {
                // Best effort at exit: nothing else can be done with the error here.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }
}
