using System.Diagnostics;

namespace RestateEvals.Execution;

/// <summary>
/// One real restate-server on loopback ports chosen at start, with its data in a temporary folder; run by
/// <c>guard.mjs</c>, which stops it and deletes the folder when this process exits, is stopped or is killed.
/// </summary>
internal sealed class RestateServer : IDisposable
{
    private readonly SandboxProcess _process;
    private readonly string _dataDirectory;

    private RestateServer(SandboxProcess process, string dataDirectory, SandboxClient client)
    {
        _process = process;
        _dataDirectory = dataDirectory;
        Client = client;
    }

    public SandboxClient Client { get; }

    public bool HasExited => _process.HasExited;

    public string Tail() => _process.Tail();

    public static async Task<RestateServer> StartAsync(SandboxInstallation installation, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var (ingress, admin, node) = (NodeTools.FreePort(), NodeTools.FreePort(), NodeTools.FreePort());
        var data = Path.Combine(Path.GetTempPath(), "restateevals-sandbox-" + Guid.NewGuid().ToString("N")[..12]);
        // Through guard.mjs, which stops the server and deletes its data when this process goes away, even by SIGKILL.
        var process = SandboxProcess.Start(
            installation.Node,
            ["guard.mjs", data, installation.ServerBinary, "--no-logo", "--bind-ip", "127.0.0.1", "--base-dir", data],
            installation.Root,
            new Dictionary<string, string>
            {
                ["RESTATE_DISABLE_TELEMETRY"] = "true",
                ["RESTATE_INGRESS__BIND_PORT"] = NodeTools.Text(ingress),
                ["RESTATE_ADMIN__BIND_PORT"] = NodeTools.Text(admin),
                ["RESTATE_BIND_PORT"] = NodeTools.Text(node),
                ["RESTATE_DEFAULT_NUM_PARTITIONS"] = "4",
            });
        var server = new RestateServer(process, data, new SandboxClient(new Uri($"http://127.0.0.1:{ingress}"), new Uri($"http://127.0.0.1:{admin}")));
        try
        {
            var watch = Stopwatch.StartNew();
            while (true)
            {
                if (process.HasExited)
                {
                    throw new SandboxUnavailableException($"restate-server exited during start-up (exit {process.ExitCode}):\n{process.Tail()}");
                }

                try
                {
                    if (await server.Client.HealthyAsync(cancellationToken).ConfigureAwait(false))
                    {
                        return server;
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }

                if (watch.Elapsed > timeout)
                {
                    throw new SandboxUnavailableException($"restate-server was not healthy within {timeout.TotalSeconds} s:\n{process.Tail()}");
                }

                await Task.Delay(100, cancellationToken).ConfigureAwait(false);
            }
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        Client.Dispose();
        _process.Dispose();
        SandboxInstallation.TryDelete(_dataDirectory);
    }
}
