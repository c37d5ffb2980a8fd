namespace RestateEvals.Execution;

/// <summary>
/// What a task's scenario works with: the server (calls, sends, SQL), fresh keys for this run, the endpoint (which it
/// may restart), the run folder; and what it records: observations (stable text, no timings) and failures.
/// </summary>
internal sealed class Scenario(SandboxClient client, string service, TaskEndpoint endpoint, string runDirectory, string keyPrefix)
{
    private readonly List<string> _observations = [];
    private readonly List<string> _failures = [];

    public SandboxClient Client => client;

    /// <summary>The run's folder: <c>task.ts</c>, <c>task.mjs</c>, <c>tmp/</c> (the only place the code may write).</summary>
    public string RunDirectory => runDirectory;

    /// <summary>Every key of this run starts with this, so runs never share a key.</summary>
    public string KeyPrefix => keyPrefix;

    public IReadOnlyList<string> Observations => _observations;

    public IReadOnlyList<string> Failures => _failures;

    /// <summary>Calls <paramref name="handler"/> of the task's object on <paramref name="key"/>; a reply slower than <paramref name="timeout"/> is <see cref="SandboxClient.Reply.TimedOut"/>.</summary>
    public Task<SandboxClient.Reply> CallAsync(string key, string handler, object? input, TimeSpan timeout, CancellationToken cancellationToken) =>
        client.CallAsync(service, key, handler, input, timeout, cancellationToken);

    /// <summary>A set-up call that must succeed within 10 s (e.g. <c>deposit(100)</c>); records it, and returns whether it did.</summary>
    public async Task<bool> SetUpAsync(string key, string handler, object input, CancellationToken cancellationToken)
    {
        var reply = await CallAsync(key, handler, input, TimeSpan.FromSeconds(10), cancellationToken).ConfigureAwait(false);
        var call = $"{handler}({System.Text.Json.JsonSerializer.Serialize(input)})";
        return Check(reply.Ok, $"{call} answered", $"{call} answered {Describe(reply)}");
    }

    /// <summary>Reads through <paramref name="handler"/> (e.g. a shared getter): the reply's JSON text, or a description of why there is none.</summary>
    public async Task<string> ReadAsync(string key, string handler, CancellationToken cancellationToken)
    {
        var reply = await CallAsync(key, handler, null, TimeSpan.FromSeconds(5), cancellationToken).ConfigureAwait(false);
        return reply.Ok ? reply.Body.Trim() : Describe(reply);
    }

    /// <summary>A key for this run, e.g. <c>{prefix}-a</c>.</summary>
    public string Key(string name) => $"{keyPrefix}-{name}";

    /// <summary>Records what was seen.</summary>
    public void Observe(string observation) => _observations.Add(observation);

    /// <summary>Records a broken invariant (also as an observation).</summary>
    public void Fail(string failure)
    {
        _failures.Add(failure);
        _observations.Add("FAILED: " + failure);
    }

    /// <summary>Records <paramref name="failure"/> unless <paramref name="condition"/> holds; returns the condition.</summary>
    public bool Check(bool condition, string success, string failure)
    {
        if (condition)
        {
            Observe(success);
        }
        else
        {
            Fail(failure);
        }

        return condition;
    }

    /// <summary>Kills the endpoint process (SIGKILL) and starts it again on the same port; returns why it could not restart, if so.</summary>
    public Task<string?> RestartEndpointAsync(CancellationToken cancellationToken) => endpoint.RestartAsync(cancellationToken);

    /// <summary>Describes a reply for an observation: its body, or "no answer" / the HTTP status.</summary>
    public static string Describe(SandboxClient.Reply reply) =>
        reply.TimedOut ? "no answer" : reply.Ok ? reply.Body.Trim() : $"HTTP {(int)reply.Status!.Value} {Short(reply.Body)}";

    private static string Short(string text)
    {
        text = text.ReplaceLineEndings(" ").Trim();
        return text.Length <= 200 ? text : text[..200] + "…";
    }
}
