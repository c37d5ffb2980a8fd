using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace RestateEvals.Execution;

/// <summary>Finds <c>node</c> and <c>npm</c>, checks Node's version, runs a tool to its end, finds free loopback ports.</summary>
internal static class NodeTools
{
    /// <summary>The full path of <paramref name="program"/> on PATH, or a clear error naming what the sandbox needs.</summary>
    public static string Require(string program, string? path = null)
    {
        var names = OperatingSystem.IsWindows() ? new[] { program + ".exe", program + ".cmd", program } : [program];
        foreach (var directory in (path ?? Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in names)
            {
                var candidate = Path.Combine(directory, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new SandboxUnavailableException($"'{program}' was not found on PATH. Grading by execution (RestateEvals.Execution) needs Node.js 20 or later and npm to install and run restate-server and the agent's code; install them, or turn the feature off (EvalOptions.Execution = null).");
    }

    /// <summary>Node's major and minor version; fails clearly below 20.</summary>
    public static async Task<Version> RequireVersionAsync(string node, CancellationToken cancellationToken)
    {
        var (exitCode, output) = await RunAsync(node, ["--version"], Directory.GetCurrentDirectory(), TimeSpan.FromSeconds(30), cancellationToken).ConfigureAwait(false);
        var text = output.Trim().TrimStart('v');
        if (exitCode != 0 || !Version.TryParse(text.Split('-')[0], out var version))
        {
            throw new SandboxUnavailableException($"'{node} --version' failed (exit {exitCode}): {output.Trim()}");
        }

        return version.Major >= 20
            ? version
            : throw new SandboxUnavailableException($"Node.js {text} is too old: grading by execution needs Node.js 20 or later (for its permission model and the Restate SDK).");
    }

    /// <summary>The permission-model flag of this Node version: <c>--permission</c> from 22.13 and 23.5, <c>--experimental-permission</c> before.</summary>
    public static string PermissionFlag(Version version) =>
        version.Major >= 24 || (version.Major == 23 && version.Minor >= 5) || (version.Major == 22 && version.Minor >= 13) ? "--permission" : "--experimental-permission";

    /// <summary>
    /// Runs a tool to its end; kills it past <paramref name="timeout"/>. Returns the exit code and everything it wrote.
    /// Its environment is the sandbox's minimal one unless <paramref name="inheritEnvironment"/> (see <see cref="SandboxProcess.Start"/>).
    /// </summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string file, IEnumerable<string> arguments, string directory, TimeSpan timeout, CancellationToken cancellationToken, bool inheritEnvironment = false)
    {
        using var process = SandboxProcess.Start(file, arguments, directory, inheritEnvironment: inheritEnvironment);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"'{Path.GetFileName(file)} {string.Join(' ', arguments)}' did not finish within {timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s.\n{process.Tail()}");
        }

        // The exit is seen before the last output lines; give the readers a moment to drain.
        await Task.Delay(50, CancellationToken.None).ConfigureAwait(false);
        return (process.ExitCode, process.Log);
    }

    /// <summary>A loopback port that is free right now.</summary>
    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>Formats a number for an environment variable or argument.</summary>
    public static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
