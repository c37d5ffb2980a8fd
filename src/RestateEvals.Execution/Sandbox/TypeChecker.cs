using System.Text.Json;
using System.Text.Json.Nodes;

namespace RestateEvals.Execution;

/// <summary>
/// The type-checker: one long-lived <c>check.mjs</c> process per sandbox (the TypeScript compiler, which keeps the parsed
/// SDK and library types between requests), asked one run folder at a time. Restarted when it dies or hangs.
/// </summary>
internal sealed class TypeChecker(SandboxInstallation installation) : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private SandboxProcess? _process;

    /// <summary>Checks and transpiles <c>{runDirectory}/task.ts</c>: <c>{ ok, diagnostics, imports }</c>.</summary>
    public async Task<JsonNode> CheckAsync(string runDirectory, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(Patience);
            try
            {
                var process = await RunningAsync(deadline.Token).ConfigureAwait(false);
                await process.WriteLineAsync(runDirectory, deadline.Token).ConfigureAwait(false);
                while (await process.ReadLineAsync(deadline.Token).ConfigureAwait(false) is { } line)
                {
                    if (Parse(line) is { } reply && (string?)reply["request"] == runDirectory)
                    {
                        return reply["error"] is { } error ? throw new InvalidOperationException($"The type-checker failed: {error}") : reply;
                    }
                }

                throw new InvalidOperationException($"The type-checker exited:\n{process.Tail()}");
            }
            catch (Exception ex) when (ex is OperationCanceledException or InvalidOperationException or IOException)
            {
                Stop();
                if (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested)
                {
                    throw new TimeoutException($"The type-checker did not answer within {Patience.TotalSeconds} s.", ex);
                }

                throw;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        Stop();
        _gate.Dispose();
    }

    private async Task<SandboxProcess> RunningAsync(CancellationToken cancellationToken)
    {
        if (_process is { HasExited: false } running)
        {
            return running;
        }

        Stop();
        var process = SandboxProcess.Start(installation.Node, ["check.mjs"], installation.Root);
        _process = process;
        while (await process.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (Parse(line)?["ready"] is not null)
            {
                return process;
            }
        }

        throw new InvalidOperationException($"The type-checker exited while starting:\n{process.Tail()}");
    }

    private void Stop()
    {
        _process?.Dispose();
        _process = null;
    }

    private static JsonNode? Parse(string line)
    {
        if (!line.StartsWith('{'))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(line);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
