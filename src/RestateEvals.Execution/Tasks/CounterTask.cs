namespace RestateEvals.Execution;

/// <summary>VOS-07: after 150 increments with the endpoint process killed and restarted after 75, the count is exactly 150.</summary>
internal sealed class CounterTask : ExecutableTask
{
    public override string CaseId => "VOS-07";

    public override string Export => "counter";

    public override async Task RunAsync(Scenario s, CancellationToken cancellationToken)
    {
        var key = s.Key("counter");
        if (!await IncrementAsync(s, key, 75, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        s.Observe("75 increments answered");
        if (await s.RestartEndpointAsync(cancellationToken).ConfigureAwait(false) is { } problem)
        {
            s.Fail($"the endpoint process could not be restarted: {problem}");
            return;
        }

        s.Observe("the endpoint process was killed (SIGKILL) and started again");
        if (!await IncrementAsync(s, key, 75, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        s.Observe("75 more increments answered");
        var count = await s.CallAsync(key, "get", null, TimeSpan.FromSeconds(10), cancellationToken).ConfigureAwait(false);
        s.Check(
            count.Ok && count.Body.Trim() == "150",
            "the count is exactly 150",
            count.Number is < 150
                ? $"after 150 increments with a restart after 75, get answered {Scenario.Describe(count)} instead of 150: in-memory state was lost with the process"
                : $"after 150 increments with a restart after 75, get answered {Scenario.Describe(count)} instead of 150");
    }

    /// <summary><paramref name="count"/> increments, 15 in flight at a time (the key runs them one by one).</summary>
    private static async Task<bool> IncrementAsync(Scenario s, string key, int count, CancellationToken cancellationToken)
    {
        for (var done = 0; done < count; done += 15)
        {
            var batch = await Task.WhenAll(Enumerable.Range(0, Math.Min(15, count - done))
                .Select(_ => s.CallAsync(key, "increment", null, TimeSpan.FromSeconds(30), cancellationToken))).ConfigureAwait(false);
            if (batch.FirstOrDefault(r => !r.Ok) is { } failed)
            {
                s.Fail($"an increment answered {Scenario.Describe(failed)}");
                return false;
            }
        }

        return true;
    }
}
