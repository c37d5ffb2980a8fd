using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace RestateEvals.GroundTruth;

/// <summary>
/// A second Node endpoint for the deployment tests: <c>restate/deployments.mjs</c> serving one code version
/// (<c>CODE</c>) on a loopback port. Dispose it (<c>using</c>) so the process is killed even when the test fails.
/// </summary>
internal sealed class EndpointProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log;
    private bool _stopped;

    private EndpointProcess(string code, int port)
    {
        Port = port;
        _process = Tooling.Start(
            Tooling.RequireOnPath("node"),
            ["deployments.mjs"],
            Tooling.RestateDirectory,
            new Dictionary<string, string> { ["CODE"] = code, ["PORT"] = port.ToString(CultureInfo.InvariantCulture) },
            out _log);
    }

    public int Port { get; }

    public Uri Uri => new($"http://127.0.0.1:{Port}");

    /// <summary>Starts <c>deployments.mjs</c> with <paramref name="code"/> on <paramref name="port"/> (a free port if null).</summary>
    public static EndpointProcess Start(string code, int? port = null) => new(code, port ?? Tooling.FreePort());

    /// <summary>Waits until the endpoint accepts TCP connections; fails with its log if it exits or does not listen in time.</summary>
    public async Task WaitUntilListeningAsync(TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"deployments.mjs exited with {_process.ExitCode}:\n{Log}");
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }

        throw new TimeoutException($"deployments.mjs did not listen on {Port} within {timeout.TotalSeconds} s:\n{Log}");
    }

    /// <summary>Registers this endpoint as a new deployment once it listens; returns the deployment id.</summary>
    public async Task<string> RegisterAsync(RestateClient restate, TimeSpan timeout)
    {
        await WaitUntilListeningAsync(timeout);
        return await restate.AddDeploymentAsync(Uri);
    }

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>Kills the process at once (SIGKILL, like a crashed or replaced container), so no connection to it survives.</summary>
    public void Dispose()
    {
        if (!_stopped)
        {
            _stopped = true;
            Tooling.Stop(_process);
        }
    }
}
