using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace RestateEvals.Execution;

/// <summary>
/// Every process the sandbox starts, so that all of them are stopped when the test run ends: at process exit, on
/// Ctrl+C (SIGINT), SIGTERM and SIGQUIT. When the test host is killed outright (SIGKILL) or a test platform ends it
/// without running exit handlers, the processes see their stdin close and stop themselves (<c>guard.mjs</c> stops
/// restate-server).
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

    /// <summary>Stops every tracked process and its children (<see cref="Stop"/>), all at once.</summary>
    public static void KillAll() => Parallel.ForEach(Running.Keys, Stop);

    /// <summary>
    /// Stops <paramref name="process"/>: first by closing its stdin, on which every sandbox script exits (<c>guard.mjs</c>
    /// stops restate-server and deletes its data first), then, after 3 s, by killing it and its children.
    /// </summary>
    public static void Stop(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.StandardInput.Close();
                process.WaitForExit(3_000);
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException)
        {
            // No stdin to close, or already gone: kill below.
        }

        Kill(process);
    }

    /// <summary>Kills <paramref name="process"/> and its children at once (SIGKILL) and waits briefly for it to exit.</summary>
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
