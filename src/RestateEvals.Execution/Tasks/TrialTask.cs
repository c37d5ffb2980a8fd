using System.Diagnostics;

namespace RestateEvals.Execution;

/// <summary>
/// VOS-05, with a 3 s trial: during the trial <c>upgrade</c> and <c>cancel</c> complete within 2 s; <c>endTrial</c> runs
/// exactly once after the trial, ends a trial nobody touched, and does nothing after an upgrade or a cancel.
/// </summary>
internal sealed class TrialTask : ExecutableTask
{
    private const int TrialSeconds = 3;
    private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(2);

    public override string CaseId => "VOS-05";

    public override string Export => "subscription";

    public override async Task RunAsync(Scenario s, CancellationToken cancellationToken)
    {
        var (upgraded, cancelled, untouched) = (s.Key("upgraded"), s.Key("cancelled"), s.Key("untouched"));
        var trial = new { trialSeconds = TrialSeconds };
        foreach (var key in new[] { upgraded, cancelled, untouched })
        {
            await s.Client.SendAsync(Export, key, "startTrial", trial, cancellationToken).ConfigureAwait(false);
        }

        var started = Stopwatch.StartNew();
        await Task.Delay(300, cancellationToken).ConfigureAwait(false);
        var replies = await Task.WhenAll(
            s.CallAsync(upgraded, "upgrade", null, Prompt, cancellationToken),
            s.CallAsync(cancelled, "cancel", null, Prompt, cancellationToken)).ConfigureAwait(false);
        var prompt = s.Check(replies[0].Ok, "during the trial, upgrade completed within 2 s", replies[0].TimedOut ? "during the trial, upgrade did not complete within 2 s: the key is held for the whole trial" : $"upgrade answered {Scenario.Describe(replies[0])}");
        prompt &= s.Check(replies[1].Ok, "during the trial, cancel completed within 2 s", replies[1].TimedOut ? "during the trial, cancel did not complete within 2 s: the key is held for the whole trial" : $"cancel answered {Scenario.Describe(replies[1])}");
        if (!prompt)
        {
            return;
        }

        await Task.Delay(Max(TimeSpan.Zero, TimeSpan.FromSeconds(TrialSeconds - 1) - started.Elapsed), cancellationToken).ConfigureAwait(false);
        var during = await s.ReadAsync(untouched, "getStatus", cancellationToken).ConfigureAwait(false);
        if (!s.Check(during == "\"trial\"", "before the trial was over, the untouched subscription was still in \"trial\"", $"1 s before the trial was over, the untouched subscription's status was {during} instead of \"trial\" (endTrial ran early, or startTrial did not set it)"))
        {
            return;
        }

        string? ended = null;
        while (started.Elapsed < TimeSpan.FromSeconds(TrialSeconds + 5) && (ended = await s.ReadAsync(untouched, "getStatus", cancellationToken).ConfigureAwait(false)) != "\"ended\"")
        {
            await Task.Delay(200, cancellationToken).ConfigureAwait(false);
        }

        if (!s.Check(ended == "\"ended\"", "after the trial, endTrial ended the untouched subscription", $"5 s after the trial was over, the untouched subscription's status was {ended} instead of \"ended\""))
        {
            return;
        }

        await Task.Delay(500, cancellationToken).ConfigureAwait(false); // let the other keys' endTrial calls finish too
        var runs = await EndTrialRunsAsync(s, untouched, cancellationToken).ConfigureAwait(false);
        s.Check(runs == 1, "endTrial ran exactly once for it", $"endTrial ran {runs} times for the untouched subscription instead of once");
        var afterUpgrade = await s.ReadAsync(upgraded, "getStatus", cancellationToken).ConfigureAwait(false);
        s.Check(afterUpgrade == "\"active\"", "endTrial did nothing after an upgrade (status stayed \"active\")", $"after the trial, the upgraded subscription's status is {afterUpgrade} instead of \"active\": endTrial ended a paid subscription");
        var afterCancel = await s.ReadAsync(cancelled, "getStatus", cancellationToken).ConfigureAwait(false);
        s.Check(afterCancel == "\"cancelled\"", "endTrial did nothing after a cancel (status stayed \"cancelled\")", $"after the trial, the cancelled subscription's status is {afterCancel} instead of \"cancelled\"");
        var extra = await EndTrialRunsAsync(s, upgraded, cancellationToken).ConfigureAwait(false);
        s.Check(extra <= 1, "endTrial ran at most once for the upgraded subscription", $"endTrial ran {extra} times for the upgraded subscription");
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private static async Task<int> EndTrialRunsAsync(Scenario s, string key, CancellationToken cancellationToken) =>
        (await s.Client.QueryAsync($"select id from sys_invocation where target_service_key = '{SandboxClient.Sql(key)}' and target_handler_name = 'endTrial' and status = 'completed'", cancellationToken).ConfigureAwait(false)).Count;
}
