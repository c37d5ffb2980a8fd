using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;

namespace RestateEvals.GroundTruth;

/// <summary>Finds node/npm, installs the npm packages from the project's own lock file, starts and stops processes, finds free ports.</summary>
internal static class Tooling
{
    public static string RestateDirectory { get; } = typeof(Tooling).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RestateDirectory").Value!;

    /// <summary>
    /// The execution package's <c>guard.mjs</c>: runs restate-server and stops it, deleting its data folder, when this
    /// process goes away however it goes (its stdin closes), so no server outlives a test host that was killed.
    /// </summary>
    public static string GuardScript { get; } = typeof(Tooling).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "GuardScript").Value!;

    public static string ServerBinary => Path.Combine(RestateDirectory, "node_modules", "@restatedev", "restate-server-linux-x64", "bin", "restate-server");

    /// <summary>The full path of <paramref name="program"/> on PATH, or a clear error.</summary>
    public static string RequireOnPath(string program, string? path = null)
    {
        path ??= Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(directory, program);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"'{program}' was not found on PATH. The ground-truth tests need Node.js 20+ and npm to install and run restate-server and the test service (see README.md, 'Ground truth').");
    }

    /// <summary>Runs <c>npm ci</c> in the restate directory unless the server binary is already installed.</summary>
    public static async Task EnsureInstalledAsync(CancellationToken cancellationToken)
    {
        if (File.Exists(ServerBinary))
        {
            return;
        }

        var npm = RequireOnPath("npm");
        var (exitCode, output) = await RunAsync(npm, ["ci", "--no-audit", "--no-fund"], RestateDirectory, TimeSpan.FromMinutes(5), cancellationToken);
        if (exitCode != 0 || !File.Exists(ServerBinary))
        {
            throw new InvalidOperationException($"'npm ci' in {RestateDirectory} failed (exit {exitCode}); restate-server is missing at {ServerBinary}.\n{output}");
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string file, string[] args, string directory, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var process = Start(file, args, directory, new Dictionary<string, string>(), out var output);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{file} {string.Join(' ', args)}' did not finish within {timeout}.\n{output}");
        }

        return (process.ExitCode, output.ToString());
    }

    /// <summary>
    /// Starts a process with captured output and a standard input that only this process holds: the Node scripts exit
    /// when it closes, which it does however this process ends.
    /// </summary>
    public static Process Start(string file, IEnumerable<string> args, string directory, IDictionary<string, string> environment, out StringBuilder output)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        var log = new StringBuilder();
        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Append(log, e.Data);
        process.ErrorDataReceived += (_, e) => Append(log, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        output = log;
        return process;
    }

    /// <summary>Kills the process and its children, waiting for it to exit.</summary>
    public static void Stop(Process? process)
    {
        if (process is null)
        {
            return;
        }

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
            // Already gone.
        }
        finally
        {
            process.Dispose();
        }
    }

    /// <summary>A loopback port that is free right now.</summary>
    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private static void Append(StringBuilder log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            if (log.Length < 200_000)
            {
                log.AppendLine(line);
            }
        }
    }
}
