using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace RestateEvals.Execution;

/// <summary>
/// Every process the sandbox starts, so that all of them are killed when the test run ends: at process exit, on
/// Ctrl+C (SIGINT), SIGTERM and SIGQUIT. A hard kill of the test host (SIGKILL) runs no code; see README.md.
/// </summary>
internal static class ProcessRegistry
{
    private static readonly ConcurrentDictionary<Process, byte> Running = new();
    private static readonly List<PosixSignalRegistration> Signals = [];

    static ProcessRegistry()
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => KillAll();
        Console.CancelKeyPress += (_, _) => KillAll();
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGQUIT })
        {
            try
            {
                Signals.Add(PosixSignalRegistration.Create(signal, _ => KillAll()));
            }
            catch (PlatformNotSupportedException)
            {
                // Not every platform has every signal; ProcessExit still covers a normal exit.
            }
        }
    }

    public static void Track(Process process) => Running[process] = 0;

    public static void Untrack(Process process) => Running.TryRemove(process, out _);

    /// <summary>How many started processes are still tracked (for tests).</summary>
    public static int Count => Running.Count;

    /// <summary>Kills every tracked process and its children.</summary>
    public static void KillAll()
    {
        foreach (var process in Running.Keys)
        {
            Kill(process);
        }
    }

    /// <summary>Kills <paramref name="process"/> and its children and waits briefly for it to exit.</summary>
    public static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone, or never started.
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // Exiting while we looked.
        }

        Untrack(process);
    }
}
