namespace RestateEvals.Execution;

/// <summary>
/// VOS-06: a declined charge leaves the balance unchanged; a charge that fails once with a retryable error and then
/// succeeds decrements the balance exactly once and charges the card once (the sandbox's <c>./payments</c> logs charges).
/// </summary>
internal sealed class WithdrawTask : ExecutableTask
{
    public override string CaseId => "VOS-06";

    public override string Export => "wallet";

    public override bool ProvidesPayments => true;

    public override async Task RunAsync(Scenario s, CancellationToken cancellationToken)
    {
        var key = s.Key("wallet");
        if (!await s.SetUpAsync(key, "deposit", 100, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var declined = await s.CallAsync(key, "withdraw", new { card = "declined", amount = 30 }, TimeSpan.FromSeconds(10), cancellationToken).ConfigureAwait(false);
        if (!s.Check(
            !declined.TimedOut && !declined.Ok,
            "a withdraw of 30 with a declined card failed with a terminal error",
            declined.TimedOut ? "a withdraw with a declined card did not fail within 10 s (the decline was retried instead of failing with a TerminalError)" : $"a withdraw with a declined card succeeded: {Scenario.Describe(declined)}"))
        {
            return;
        }

        var afterDecline = await s.ReadAsync(key, "getBalance", cancellationToken).ConfigureAwait(false);
        if (!s.Check(afterDecline == "100", "the declined charge left the balance at 100", double.TryParse(afterDecline, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var left) && left < 100
                ? $"a declined charge left the balance at {afterDecline} instead of 100: state set before the failure is not rolled back"
                : $"after a declined charge, getBalance answered {afterDecline} instead of 100"))
        {
            return;
        }

        var flaky = await s.CallAsync(key, "withdraw", new { card = "flaky", amount = 25 }, TimeSpan.FromSeconds(20), cancellationToken).ConfigureAwait(false);
        if (!s.Check(flaky.Ok && flaky.Body.Trim() == "75", "a withdraw of 25 whose charge failed once (transient) and then succeeded answered 75", $"a withdraw of 25 whose charge failed once (transient) answered {Scenario.Describe(flaky)} instead of 75"))
        {
            return;
        }

        var balance = await s.ReadAsync(key, "getBalance", cancellationToken).ConfigureAwait(false);
        s.Check(balance == "75", "the balance was decremented exactly once, to 75", $"after a charge that failed once and then succeeded, the balance is {balance} instead of 75");
        var log = Path.Combine(s.RunDirectory, "tmp", "charges.log");
        var charges = File.Exists(log) ? File.ReadAllLines(log).Count(l => l.Contains("\"card\":\"flaky\"", StringComparison.Ordinal)) : 0;
        s.Check(charges == 1, "the card was charged exactly once", $"the card was charged {charges} times for one withdraw");
    }
}
