using System.Diagnostics;
using System.Net;
using System.Text;

namespace RestateEvals.GroundTruth;

/// <summary>
/// One real restate-server and the ground-truth Node service for the whole suite, on loopback ports chosen at start.
/// Everything started here is stopped in <see cref="DisposeAsync"/>, and the server's data directory is deleted; when
/// the test host dies without disposing (killed, or ended by the test platform), restate-server's guard and the Node
/// service stop on their own, because their standard input closes.
/// </summary>
public sealed class RestateFixture : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly string _baseDirectory = Path.Combine(Path.GetTempPath(), "restateevals-" + Guid.NewGuid().ToString("N"));
    private Process? _server;
    private Process? _service;
    private StringBuilder _serverLog = new();
    private StringBuilder _serviceLog = new();

    public RestateClient Client { get; private set; } = null!;

    /// <summary>Startup problem, reported by every test instead of a bare exception.</summary>
    public string? StartupError { get; private set; }

    public async Task InitializeAsync()
    {
        try
        {
            await StartAsync();
        }
        catch (Exception ex)
        {
            StartupError = $"Could not start the Restate ground-truth environment: {ex.Message}\n--- restate-server log ---\n{Tail(_serverLog)}\n--- service log ---\n{Tail(_serviceLog)}";
        }
    }

    public Task DisposeAsync()
    {
        Client?.Dispose();
        Tooling.Stop(_service);
        Tooling.Stop(_server);
        try
        {
            Directory.Delete(_baseDirectory, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
        catch (IOException)
        {
            // A file still held open is left in the temp directory; nothing else depends on it.
        }

        return Task.CompletedTask;
    }

    /// <summary>Fails the calling test with the startup problem, if there was one.</summary>
    public RestateClient Require() => StartupError is null ? Client : throw new InvalidOperationException(StartupError);

    private async Task StartAsync()
    {
        var node = Tooling.RequireOnPath("node");
        using var start = new CancellationTokenSource(TimeSpan.FromMinutes(6));
        await Tooling.EnsureInstalledAsync(start.Token);

        var (ingress, admin, nodePort, servicePort) = (Tooling.FreePort(), Tooling.FreePort(), Tooling.FreePort(), Tooling.FreePort());
        _service = Tooling.Start(node, ["service.mjs"], Tooling.RestateDirectory, new Dictionary<string, string> { ["PORT"] = servicePort.ToString(System.Globalization.CultureInfo.InvariantCulture) }, out _serviceLog);
        _server = Tooling.Start(
            node,
            [Tooling.GuardScript, _baseDirectory, Tooling.ServerBinary, "--no-logo", "--bind-ip", "127.0.0.1", "--base-dir", _baseDirectory],
            Tooling.RestateDirectory,
            new Dictionary<string, string>
            {
                ["RESTATE_DISABLE_TELEMETRY"] = "true",
                ["RESTATE_INGRESS__BIND_PORT"] = Port(ingress),
                ["RESTATE_ADMIN__BIND_PORT"] = Port(admin),
                ["RESTATE_BIND_PORT"] = Port(nodePort),
                ["RESTATE_DEFAULT_NUM_PARTITIONS"] = "4",
            },
            out _serverLog);

        Client = new RestateClient(new Uri($"http://127.0.0.1:{ingress}"), new Uri($"http://127.0.0.1:{admin}"));
        var deadline = Stopwatch.StartNew();
        await RetryAsync(() => Client.HealthyAsync(), "restate-server /health", deadline);
        await RetryAsync(() => Client.RegisterAsync(new Uri($"http://127.0.0.1:{servicePort}")), "deployment registration", deadline);
        await RetryAsync(async () => (await Client.CallAsync("device", "warm-up", "read")).Status == HttpStatusCode.OK, "warm-up invocation", deadline);
    }

    private async Task RetryAsync(Func<Task<bool>> attempt, string what, Stopwatch deadline)
    {
        Exception? last = null;
        while (deadline.Elapsed < StartTimeout)
        {
            if (_server!.HasExited || _service!.HasExited)
            {
                throw new InvalidOperationException($"{(_server.HasExited ? "restate-server" : "the Node service")} exited during start-up (waiting for {what}).");
            }

            try
            {
                if (await attempt())
                {
                    return;
                }
            }
            catch (HttpRequestException ex)
            {
                last = ex;
            }
            catch (TaskCanceledException ex)
            {
                last = ex;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Timed out after {StartTimeout.TotalSeconds} s waiting for {what}. Last error: {last?.Message ?? "none"}");
    }

    private static string Port(int port) => port.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Tail(StringBuilder log)
    {
        lock (log)
        {
            var text = log.ToString();
            return text.Length <= 4000 ? text : text[^4000..];
        }
    }
}
