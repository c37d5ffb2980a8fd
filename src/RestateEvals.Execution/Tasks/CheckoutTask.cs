namespace RestateEvals.Execution;

/// <summary>VOS-04: <c>checkout</c> completes within 5 s, a later exclusive call on the same key runs, and invalid items fail with a terminal error.</summary>
internal sealed class CheckoutTask : ExecutableTask
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(5);
    private static readonly string[] Book = ["book"];
    private static readonly string[] Pen = ["pen"];

    public override string CaseId => "VOS-04";

    public override string Export => "order";

    public override async Task RunAsync(Scenario s, CancellationToken cancellationToken)
    {
        var key = s.Key("order");
        var checkout = await s.CallAsync(key, "checkout", Book, Bound, cancellationToken).ConfigureAwait(false);
        if (checkout.TimedOut)
        {
            s.Fail("checkout did not complete within 5 s: the order key stays locked (a request-response call to the same key waits for the lock its caller holds)");
            return;
        }

        if (!s.Check(checkout.Ok && checkout.Body.Trim() == "\"ok\"", "checkout([\"book\"]) answered \"ok\" within 5 s", $"checkout([\"book\"]) answered {Scenario.Describe(checkout)} instead of \"ok\""))
        {
            return;
        }

        var later = await s.CallAsync(key, "validate", Pen, Bound, cancellationToken).ConfigureAwait(false);
        s.Check(
            later.Ok && later.Body.Trim() == "true",
            "a later validate([\"pen\"]) on the same key ran and answered true within 5 s",
            later.TimedOut ? "a later validate call on the same key did not run within 5 s: the key is still locked" : $"a later validate([\"pen\"]) answered {Scenario.Describe(later)} instead of true");
        var status = await s.Client.StateAsync(Export, key, "status", cancellationToken).ConfigureAwait(false);
        s.Check(status == "\"checked-out\"", "status is \"checked-out\"", $"after checkout, state status is {status ?? "unset"} instead of \"checked-out\"");

        var empty = await s.CallAsync(s.Key("empty"), "checkout", Array.Empty<string>(), Bound, cancellationToken).ConfigureAwait(false);
        s.Check(
            !empty.TimedOut && !empty.Ok,
            "checkout([]) failed at once with a terminal error",
            empty.TimedOut ? "checkout([]) did not fail within 5 s (a plain Error is retried; invalid items need a TerminalError)" : $"checkout([]) answered {Scenario.Describe(empty)} instead of failing");
    }
}
