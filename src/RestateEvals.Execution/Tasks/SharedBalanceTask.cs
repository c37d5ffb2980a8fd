using System.Diagnostics;

namespace RestateEvals.Execution;

/// <summary>VOS-02: the shared <c>getBalance</c> answers within 1 s, no invocation shows RT0017 (a write from a shared handler), and <c>lastReadAt</c> still gets recorded.</summary>
internal sealed class SharedBalanceTask : ExecutableTask
{
    public override string CaseId => "VOS-02";

    public override string Export => "account";

    public override async Task RunAsync(Scenario s, CancellationToken cancellationToken)
    {
        var key = s.Key("acct");
        if (!await s.SetUpAsync(key, "deposit", 100, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var answered = true;
        for (var i = 0; i < 3 && answered; i++)
        {
            var read = await s.CallAsync(key, "getBalance", null, TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false);
            answered = read.Ok && read.Number == 100;
            if (!answered)
            {
                s.Fail(read.TimedOut ? "getBalance did not answer within 1 s" : $"getBalance answered {Scenario.Describe(read)} instead of 100");
            }
        }

        if (answered)
        {
            s.Observe("getBalance answered 100 within 1 s, three times");
        }

        // A shared handler's ctx.set is rejected by the server with RT0017 and retried: look for it (give it a moment to show).
        var watch = Stopwatch.StartNew();
        var rejected = 0;
        do
        {
            rejected = (await s.Client.QueryAsync($"select id from sys_invocation where target_service_key like '{SandboxClient.Sql(s.KeyPrefix)}%' and last_failure_error_code = 'RT0017'", cancellationToken).ConfigureAwait(false)).Count;
            if (rejected > 0 || answered)
            {
                break;
            }

            await Task.Delay(200, cancellationToken).ConfigureAwait(false);
        }
        while (watch.Elapsed < TimeSpan.FromSeconds(3));

        s.Check(rejected == 0, "no invocation failed with RT0017: state was written only by exclusive handlers", $"{rejected} invocation(s) failed with RT0017: a shared handler tried to write state");
        if (!answered)
        {
            return;
        }

        string? lastReadAt = null;
        watch.Restart();
        while (watch.Elapsed < TimeSpan.FromSeconds(3) && (lastReadAt = await s.Client.StateAsync(Export, key, "lastReadAt", cancellationToken).ConfigureAwait(false)) is null)
        {
            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }

        s.Check(
            lastReadAt is not null && double.TryParse(lastReadAt, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _),
            "lastReadAt was recorded as a number",
            lastReadAt is null ? "lastReadAt was not recorded within 3 s of the reads" : $"lastReadAt was recorded as {lastReadAt}, not a number");
    }
}
