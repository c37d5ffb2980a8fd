using System.Text.Json.Nodes;

namespace RestateEvals.Execution;

/// <summary>
/// The agent's transpiled module served by <c>host.mjs</c> in its own Node process under Node's permission model: no
/// child processes, no workers, reads limited to its run folder, the runtime scripts and the pinned
/// <c>node_modules</c>, writes limited to the run's <c>tmp</c> folder (no file larger than the run folder's cap, on Linux
/// and macOS), a heap cap, servers on loopback only, no outbound network (<c>network.mjs</c>: each attempt is refused and
/// collected in <see cref="NetworkRefusals"/>), and an allow-listed environment (<see cref="SandboxEnvironment"/>: its
/// <c>HOME</c> and <c>TMPDIR</c> are the run's <c>tmp</c> folder). Only the contract's export is served, at a path of
/// its own (<see cref="Uri"/>), so no two runs ever register the same deployment address.
/// </summary>
internal sealed class TaskEndpoint : IDisposable
{
    private readonly SandboxInstallation _installation;
    private readonly string _runDirectory;
    private readonly string _export;
    private readonly int _memoryLimit;
    private readonly long _maxFileBytes;
    private volatile bool _stopped;
    private readonly List<string> _refusals = [];
    private readonly CancellationTokenSource _servingFailed = new();
    private readonly CancellationTokenSource _stop = new();
    private SandboxProcess? _process;

    /// <summary>How long the endpoint may take to listen.</summary>
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);

    public TaskEndpoint(SandboxInstallation installation, string runDirectory, string export, SandboxOptions options)
    {
        _installation = installation;
        _runDirectory = runDirectory;
        _export = export;
        _memoryLimit = options.MemoryLimitMegabytes;
        // One block over the cap, so a file stopped by the limit is over it, and the run folder's monitor says so.
        _maxFileBytes = (options.MaxRunFolderMegabytes * 1024L * 1024L) + 512;
        Port = NodeTools.FreePort();
    }

    public int Port { get; }

    /// <summary>The deployment's address: the port and the run folder's unique name as its path (the SDK serves under any path prefix).</summary>
    public Uri Uri => new($"http://127.0.0.1:{Port}/{Path.GetFileName(_runDirectory)}/");

    /// <summary>The endpoint process's output so far (for failure reasons).</summary>
    public string Tail() => _process?.Tail(1500) ?? string.Empty;

    public bool HasExited => _process?.HasExited ?? true;

    /// <summary>
    /// Why the process exited, in one line: its exit code and the line of its output that explains it (Node's
    /// <c>FATAL ERROR</c>, e.g. the heap cap, or the error of an uncaught exception), or its last line.
    /// </summary>
    public string ExitReason()
    {
        if (_process is not { HasExited: true } process)
        {
            return "it is still running";
        }

        var lines = process.Log.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var line = lines.FirstOrDefault(l => l.StartsWith("FATAL ERROR", StringComparison.Ordinal))
            ?? lines.FirstOrDefault(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^[A-Za-z]*Error\b"))
            ?? lines.LastOrDefault() ?? "no output";
        var memory = line.Contains("heap out of memory", StringComparison.Ordinal) ? $" (the sandbox's heap cap is {NodeTools.Text(_memoryLimit)} MB)" : string.Empty;
        return $"exit code {NodeTools.Text(process.ExitCode)}: {(line.Length <= 300 ? line : line[..300] + "…")}{memory}";
    }

    /// <summary>
    /// Cancelled when serving went wrong after the endpoint listened: the first refused network access, or the process
    /// exiting without being killed (e.g. out of memory). Calls would only retry and time out, so the scenario stops there.
    /// </summary>
    public CancellationToken ServingFailed => _servingFailed.Token;

    /// <summary>What the module tried to reach (e.g. <c>connect to example.com:443</c>), over every start; at most 10, in order.</summary>
    public IReadOnlyList<string> NetworkRefusals
    {
        get
        {
            lock (_refusals)
            {
                return [.. _refusals];
            }
        }
    }

    /// <summary>Starts the process and waits until it listens; returns <see langword="null"/>, or why it could not serve (the module's fault).</summary>
    public async Task<string?> StartAsync(CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _process, null)?.Dispose();
        if (_stopped)
        {
            return "the endpoint was stopped by the sandbox";
        }

        var root = _installation.Root;
        string[] arguments =
        [
            NodeTools.PermissionFlag(_installation.NodeVersion),
            $"--allow-fs-read={Path.Combine(root, "node_modules")}{Path.DirectorySeparatorChar}",
            $"--allow-fs-read={_runDirectory}{Path.DirectorySeparatorChar}",
            $"--allow-fs-read={Path.Combine(root, "host.mjs")}",
            $"--allow-fs-read={Path.Combine(root, "polyfill.mjs")}",
            $"--allow-fs-read={Path.Combine(root, "network.mjs")}",
            $"--allow-fs-read={Path.Combine(root, "package.json")}",
            $"--allow-fs-write={Path.Combine(_runDirectory, "tmp")}{Path.DirectorySeparatorChar}",
            $"--max-old-space-size={NodeTools.Text(_memoryLimit)}",
            "--no-warnings",
            "host.mjs",
        ];
        var tmp = Path.Combine(_runDirectory, "tmp");
        var process = SandboxProcess.Start(
            _installation.Node,
            arguments,
            root,
            new Dictionary<string, string>
            {
                ["HOME"] = tmp,
                ["TMPDIR"] = tmp,
                ["PORT"] = NodeTools.Text(Port),
                ["TASK_MODULE"] = Path.Combine(_runDirectory, "task.mjs"),
                ["EXPORT"] = _export,
            },
            maxFileBytes: _maxFileBytes);
        _process = process;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stop.Token);
        deadline.CancelAfter(StartTimeout);
        try
        {
            while (await process.ReadLineAsync(deadline.Token).ConfigureAwait(false) is { } line)
            {
                var json = Json(line);
                if (json?["refused"] is JsonValue refused)
                {
                    Refused(refused.ToString());
                }

                if (json?["listening"] is not null)
                {
                    _ = CollectRefusalsAsync(process);
                    _ = WatchExitAsync(process);
                    return null;
                }

                if (json?["error"] is { } error)
                {
                    return (string?)error;
                }
            }
        }
        catch (OperationCanceledException) when (_stopped && !cancellationToken.IsCancellationRequested)
        {
            return "the endpoint was stopped by the sandbox";
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"the endpoint did not listen within {StartTimeout.TotalSeconds} s:\n{Tail()}";
        }

        await Task.Delay(100, CancellationToken.None).ConfigureAwait(false);
        return $"the endpoint process exited before listening:\n{Tail()}";
    }

    /// <summary>Reads the rest of the process's standard output, keeping its refusals (and nothing else, so output the module prints does not pile up).</summary>
    private async Task CollectRefusalsAsync(SandboxProcess process)
    {
        while (await process.ReadLineAsync(CancellationToken.None).ConfigureAwait(false) is { } line)
        {
            if (Json(line)?["refused"] is JsonValue refused)
            {
                Refused(refused.ToString());
                SignalServingFailed();
            }
        }
    }

    /// <summary>A line of host.mjs's protocol (<c>{ listening }</c>, <c>{ error }</c>, <c>{ refused }</c>) as JSON; <see langword="null"/> for any other output.</summary>
    private static JsonNode? Json(string line)
    {
        if (!line.StartsWith('{'))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(line);
        }
        catch (System.Text.Json.JsonException)
        {
            return null; // A line that only looks like JSON.
        }
    }

    /// <summary>Cancels <see cref="ServingFailed"/> when <paramref name="process"/> exits while it is still the endpoint (not killed by <see cref="Kill"/>).</summary>
    private async Task WatchExitAsync(SandboxProcess process)
    {
        try
        {
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            return; // Released by Kill or Dispose first.
        }

        if (ReferenceEquals(Volatile.Read(ref _process), process))
        {
            SignalServingFailed();
        }
    }

    private void SignalServingFailed()
    {
        try
        {
            _servingFailed.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The run is over.
        }
    }

    private void Refused(string what)
    {
        lock (_refusals)
        {
            if (_refusals.Count < 10 && !_refusals.Contains(what))
            {
                _refusals.Add(what);
            }
        }
    }

    /// <summary>Kills the process (SIGKILL, like a crash) and starts it again on the same port; returns why it could not serve, if so.</summary>
    public Task<string?> RestartAsync(CancellationToken cancellationToken)
    {
        Kill();
        return StartAsync(cancellationToken);
    }

    /// <summary>Kills the process at once and for good: it is not started again (a breached cap).</summary>
    public void Stop()
    {
        _stopped = true;
        Kill();
        try
        {
            _stop.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The run is over.
        }
    }

    /// <summary>Kills the process at once (SIGKILL, like a crash).</summary>
    public void Kill()
    {
        var process = Interlocked.Exchange(ref _process, null);
        process?.Kill();
        process?.Dispose();
    }

    public void Dispose()
    {
        Interlocked.Exchange(ref _process, null)?.Dispose();
        _servingFailed.Dispose();
        _stop.Dispose();
    }
}
