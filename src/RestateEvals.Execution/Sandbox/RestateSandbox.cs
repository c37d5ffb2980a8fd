using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace RestateEvals.Execution;

/// <summary>
/// One restate-server for the whole test run, started on first use and shared; every run of an agent's code gets its own
/// folder, keys, endpoint process and deployment address. A run reserves the service name its contract registers
/// (<see cref="ServiceReservations"/>) before it registers anything and until its invocations are killed, and registers
/// only that service, never by force: runs of one task are serialized, different tasks run side by side, and no run
/// replaces a deployment or a service another live run uses. Everything started is killed at process exit, Ctrl+C and
/// SIGTERM (<see cref="ProcessRegistry"/>).
/// </summary>
internal sealed class RestateSandbox : IDisposable
{
    private static readonly Lock Gate = new();
    private static Task<RestateSandbox>? _shared;
    private readonly ServiceReservations _reservations = new();

    private RestateSandbox(SandboxInstallation installation, RestateServer server)
    {
        Installation = installation;
        Server = server;
        Checker = new TypeChecker(installation);
    }

    public SandboxInstallation Installation { get; }

    public RestateServer Server { get; }

    public TypeChecker Checker { get; }

    /// <summary>The run's sandbox, started by the first caller with its options; a start failure is reported to every caller.</summary>
    public static Task<RestateSandbox> SharedAsync(SandboxOptions options, CancellationToken cancellationToken)
    {
        lock (Gate)
        {
            _shared ??= StartAsync(options);
            return _shared.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Stops the shared sandbox (tests); the next <see cref="SharedAsync"/> starts a new one.</summary>
    public static async Task StopSharedAsync()
    {
        Task<RestateSandbox>? shared;
        lock (Gate)
        {
            (shared, _shared) = (_shared, null);
        }

        if (shared is not null)
        {
            try
            {
                (await shared.ConfigureAwait(false)).Dispose();
            }
            catch (SandboxUnavailableException)
            {
                // It never started.
            }
        }
    }

    public static async Task<RestateSandbox> StartAsync(SandboxOptions options)
    {
        options.Validate();
        using var start = new CancellationTokenSource(options.StartTimeout);
        try
        {
            var installation = await SandboxInstallation.EnsureAsync(options, start.Token).ConfigureAwait(false);
            var server = await RestateServer.StartAsync(installation, options.StartTimeout, start.Token).ConfigureAwait(false);
            return new RestateSandbox(installation, server);
        }
        catch (OperationCanceledException) when (start.IsCancellationRequested)
        {
            throw new SandboxUnavailableException($"The Restate sandbox did not start within SandboxOptions.StartTimeout ({options.StartTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s).");
        }
        catch (Exception ex) when (ex is TimeoutException or IOException or UnauthorizedAccessException or System.ComponentModel.Win32Exception)
        {
            throw new SandboxUnavailableException($"The Restate sandbox could not start: {ex.Message}", ex);
        }
    }

    /// <summary>The service names reserved by live runs (tests).</summary>
    internal ServiceReservations Reservations => _reservations;

    /// <summary>Type-checks, serves and registers <paramref name="code"/>, and runs the task's scenario, within <see cref="SandboxOptions.TimeLimit"/>.</summary>
    public async Task<ExecutionResult> RunAsync(ExecutableTask task, string code, SandboxOptions options, CancellationToken cancellationToken)
    {
        using (await _reservations.ReserveAsync([task.Export], cancellationToken).ConfigureAwait(false))
        {
            var watch = Stopwatch.StartNew();
            var result = await RunLockedAsync(task, code, options, cancellationToken).ConfigureAwait(false);
            return result with { Elapsed = watch.Elapsed };
        }
    }

    public void Dispose()
    {
        Checker.Dispose();
        Server.Dispose();
    }

    private async Task<ExecutionResult> RunLockedAsync(ExecutableTask task, string code, SandboxOptions options, CancellationToken cancellationToken)
    {
        if (Server.HasExited)
        {
            return ExecutionResult.Inconclusive($"restate-server has exited:\n{Server.Tail()}", code);
        }

        var id = Guid.NewGuid().ToString("N")[..12];
        var runDirectory = Path.Combine(Installation.RunsDirectory, id);
        Directory.CreateDirectory(Path.Combine(runDirectory, "tmp"));
        await File.WriteAllTextAsync(Path.Combine(runDirectory, "task.ts"), code, cancellationToken).ConfigureAwait(false);
        if (task.ProvidesPayments)
        {
            File.Copy(Path.Combine(Installation.Root, "payments.mjs"), Path.Combine(runDirectory, "payments.mjs"));
            File.Copy(Path.Combine(Installation.Root, "payments.d.ts"), Path.Combine(runDirectory, "payments.d.ts"));
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(options.TimeLimit);
        using var endpoint = new TaskEndpoint(Installation, runDirectory, task.Export, options);
        using var folder = new RunFolderMonitor(runDirectory, options.MaxRunFolderMegabytes, options.MaxRunFolderFiles, endpoint.Stop);
        var keyPrefix = "eval-" + id;
        try
        {
            return await CheckServeAndDriveAsync(task, code, endpoint, folder, runDirectory, keyPrefix, limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new ExecutionResult(ExecutionStatus.Failed, $"The run exceeded the sandbox's wall-clock limit of {options.TimeLimit.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s and was killed.", code, []);
        }
        finally
        {
            endpoint.Kill();
            try
            {
                using var cleanup = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await Server.Client.KillUnfinishedAsync(keyPrefix, cleanup.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or OperationCanceledException)
            {
                // The keys are unique to this run; a leftover invocation cannot affect another one.
            }

            SandboxInstallation.TryDelete(runDirectory);
        }
    }

    private async Task<ExecutionResult> CheckServeAndDriveAsync(ExecutableTask task, string code, TaskEndpoint endpoint, RunFolderMonitor folder, string runDirectory, string keyPrefix, CancellationToken cancellationToken)
    {
        ExecutionResult Failed(string summary, params string[] observations) => new(ExecutionStatus.Failed, summary, code, observations);

        JsonNode report;
        try
        {
            report = await Checker.CheckAsync(runDirectory, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or IOException)
        {
            return ExecutionResult.Inconclusive(ex.Message, code);
        }

        var imports = report["imports"]!.AsArray().Select(i => (string)i!).ToList();
        if (ImportRules.Problem(imports, task.ProvidesPayments) is { } importProblem)
        {
            return Failed(Sentence(importProblem), "FAILED: " + importProblem);
        }

        var diagnostics = report["diagnostics"]!.AsArray().Select(d => (string)d!).ToList();
        if (diagnostics.Count > 0)
        {
            return Failed(
                $"The module does not type-check against @restatedev/restate-sdk {SandboxPackages.Sdk} (strict): {diagnostics[0]}",
                [.. diagnostics.Take(5).Select(d => "FAILED: type error " + d)]);
        }

        List<string> setup = [$"type-checked (strict) against @restatedev/restate-sdk {SandboxPackages.Sdk} and transpiled with typescript {SandboxPackages.TypeScript}"];
        var serveProblem = await endpoint.StartAsync(cancellationToken).ConfigureAwait(false);
        if (folder.Check() is { } loadBreach)
        {
            return Failed(Sentence(loadBreach), [.. setup, "FAILED: " + loadBreach]);
        }

        if (serveProblem is not null)
        {
            return Failed($"The module could not be served: {FirstLine(serveProblem)}", [.. setup, "FAILED: " + serveProblem]);
        }

        if (await RegisterAsync(endpoint, task.Export, cancellationToken).ConfigureAwait(false) is { } registerProblem)
        {
            return Failed(registerProblem.Summary, [.. setup, "FAILED: registration: " + registerProblem.Detail]);
        }

        setup.Add($"served `{task.Export}` in a permission-restricted Node process and registered it with restate-server {SandboxPackages.Server}");
        var scenario = new Scenario(Server.Client, task.Export, endpoint, runDirectory, keyPrefix);
        using var drive = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, endpoint.ServingFailed, folder.Breached);
        try
        {
            await task.RunAsync(scenario, drive.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (folder.Breached.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            scenario.Observe("the scenario stopped when the run folder outgrew its cap");
        }
        catch (OperationCanceledException) when (endpoint.ServingFailed.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            scenario.Observe(endpoint.NetworkRefusals.Count > 0 ? "the scenario stopped at the first refused network access" : "the scenario stopped when the endpoint process exited");
        }
        catch (HttpRequestException ex)
        {
            return ExecutionResult.Inconclusive($"The scenario could not reach restate-server: {ex.Message}", code);
        }
        catch (InvalidOperationException ex)
        {
            // The server refused a send or a query the scenario needs, e.g. a handler the contract names does not exist.
            scenario.Fail(ex.Message);
        }

        // The cause of whatever else broke, so it comes first: the endpoint was killed for it.
        var breach = folder.Check();
        if (breach is not null)
        {
            scenario.Fail(breach);
        }

        if (scenario.Failures.Count == 0 && endpoint.HasExited)
        {
            scenario.Fail($"the endpoint process exited during the scenario, {endpoint.ExitReason()}");
        }

        // The cause of whatever else broke, so it comes first: a handler that waits on a refused connection times out.
        string? network = null;
        if (endpoint.NetworkRefusals is { Count: > 0 } refused)
        {
            network = $"the module tried to reach the network ({string.Join("; ", refused)}), which the sandbox refuses: the fix must work with Restate alone";
            scenario.Fail(network);
        }

        var observations = setup.Concat(scenario.Observations).ToList();
        return scenario.Failures.Count == 0
            ? new ExecutionResult(ExecutionStatus.Passed, $"The invariant held on a real Restate server: {string.Join("; ", scenario.Observations)}.", code, observations)
            : new ExecutionResult(ExecutionStatus.Failed, Sentence(breach ?? network ?? scenario.Failures[0]), code, observations);
    }

    /// <summary>
    /// Registers the endpoint, once restate-server's discovery (a dry run) shows it offers exactly
    /// <paramref name="service"/>, the name this run reserved: anything else is refused before it is registered, so the
    /// run cannot add a revision of a service it does not own. Returns <see langword="null"/>, or why not (the module's fault).
    /// </summary>
    private async Task<(string Summary, string Detail)?> RegisterAsync(TaskEndpoint endpoint, string service, CancellationToken cancellationToken)
    {
        string? problem = null;
        for (var attempt = 0; attempt < 10; attempt++)
        {
            try
            {
                var (services, refusal) = await Server.Client.DiscoverAsync(endpoint.Uri, cancellationToken).ConfigureAwait(false);
                problem = refusal;
                if (services is not null)
                {
                    if (services.Count != 1 || services[0] != service)
                    {
                        var offered = services.Count == 0 ? "no service" : string.Join(", ", services.Select(s => $"`{s}`"));
                        var detail = $"the endpoint offers {offered}, but only `{service}`, the contract's, may be registered, so that no run registers a service another run uses";
                        return (Sentence(detail), detail);
                    }

                    problem = await Server.Client.RegisterAsync(endpoint.Uri, cancellationToken).ConfigureAwait(false);
                    if (problem is null)
                    {
                        return null;
                    }
                }
            }
            catch (HttpRequestException ex)
            {
                problem = ex.Message;
            }

            if (endpoint.HasExited)
            {
                problem = $"{problem}\nthe endpoint process exited:\n{endpoint.Tail()}";
                break;
            }

            await Task.Delay(200, cancellationToken).ConfigureAwait(false);
        }

        return ($"restate-server refused the endpoint: {FirstLine(problem ?? "no answer")}", problem ?? "no answer");
    }

    /// <summary>The text as a sentence: a final period (the first word is often an identifier, so its case is kept).</summary>
    private static string Sentence(string text) => text.TrimEnd('.') + ".";

    private static string FirstLine(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim() ?? string.Empty;
}
