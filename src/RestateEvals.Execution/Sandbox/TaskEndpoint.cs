using System.Text.Json.Nodes;

namespace RestateEvals.Execution;

/// <summary>
/// The agent's transpiled module served by <c>host.mjs</c> in its own Node process under Node's permission model: no
/// child processes, no workers, reads limited to its run folder, the runtime scripts and the pinned
/// <c>node_modules</c>, writes limited to the run's <c>tmp</c> folder, a heap cap, and loopback only.
/// </summary>
internal sealed class TaskEndpoint : IDisposable
{
    private readonly SandboxInstallation _installation;
    private readonly string _runDirectory;
    private readonly string _export;
    private readonly int _memoryLimit;
    private SandboxProcess? _process;

    /// <summary>How long the endpoint may take to listen.</summary>
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);

    public TaskEndpoint(SandboxInstallation installation, string runDirectory, string export, int memoryLimitMegabytes)
    {
        _installation = installation;
        _runDirectory = runDirectory;
        _export = export;
        _memoryLimit = memoryLimitMegabytes;
        Port = NodeTools.FreePort();
    }

    public int Port { get; }

    public Uri Uri => new($"http://127.0.0.1:{Port}");

    /// <summary>The endpoint process's output so far (for failure reasons).</summary>
    public string Tail() => _process?.Tail(1500) ?? string.Empty;

    public bool HasExited => _process?.HasExited ?? true;

    /// <summary>Starts the process and waits until it listens; returns <see langword="null"/>, or why it could not serve (the module's fault).</summary>
    public async Task<string?> StartAsync(CancellationToken cancellationToken)
    {
        _process?.Dispose();
        var root = _installation.Root;
        string[] arguments =
        [
            NodeTools.PermissionFlag(_installation.NodeVersion),
            $"--allow-fs-read={Path.Combine(root, "node_modules")}{Path.DirectorySeparatorChar}",
            $"--allow-fs-read={_runDirectory}{Path.DirectorySeparatorChar}",
            $"--allow-fs-read={Path.Combine(root, "host.mjs")}",
            $"--allow-fs-read={Path.Combine(root, "polyfill.mjs")}",
            $"--allow-fs-read={Path.Combine(root, "package.json")}",
            $"--allow-fs-write={Path.Combine(_runDirectory, "tmp")}{Path.DirectorySeparatorChar}",
            $"--max-old-space-size={NodeTools.Text(_memoryLimit)}",
            "--no-warnings",
            "host.mjs",
        ];
        _process = SandboxProcess.Start(_installation.Node, arguments, root, new Dictionary<string, string>
        {
            ["PORT"] = NodeTools.Text(Port),
            ["TASK_MODULE"] = Path.Combine(_runDirectory, "task.mjs"),
            ["EXPORT"] = _export,
            ["NODE_OPTIONS"] = string.Empty,
        });
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(StartTimeout);
        try
        {
            while (await _process.ReadLineAsync(deadline.Token).ConfigureAwait(false) is { } line)
            {
                if (!line.StartsWith('{'))
                {
                    continue;
                }

                JsonNode? json;
                try
                {
                    json = JsonNode.Parse(line);
                }
                catch (System.Text.Json.JsonException)
                {
                    continue; // A line that only looks like JSON.
                }

                if (json?["listening"] is not null)
                {
                    return null;
                }

                if (json?["error"] is { } error)
                {
                    return (string?)error;
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return $"the endpoint did not listen within {StartTimeout.TotalSeconds} s:\n{Tail()}";
        }

        await Task.Delay(100, CancellationToken.None).ConfigureAwait(false);
        return $"the endpoint process exited before listening:\n{Tail()}";
    }

    /// <summary>Kills the process (SIGKILL, like a crash) and starts it again on the same port; returns why it could not serve, if so.</summary>
    public Task<string?> RestartAsync(CancellationToken cancellationToken)
    {
        Kill();
        return StartAsync(cancellationToken);
    }

    /// <summary>Kills the process at once (SIGKILL, like a crash).</summary>
    public void Kill()
    {
        _process?.Kill();
        _process?.Dispose();
        _process = null;
    }

    public void Dispose() => _process?.Dispose();
}
