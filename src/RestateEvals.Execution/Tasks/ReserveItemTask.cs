namespace RestateEvals.Execution;

/// <summary>VOS-01: 20 concurrent <c>reserveItem</c> calls on one key lose no decrement (and the import check keeps lock libraries out).</summary>
internal sealed class ReserveItemTask : ExecutableTask
{
    public override string CaseId => "VOS-01";

    public override string Export => "cart";

    public override async Task RunAsync(Scenario s, CancellationToken cancellationToken)
    {
        var key = s.Key("user-42");
        if (!await s.SetUpAsync(key, "setInventory", 100, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var replies = await Task.WhenAll(Enumerable.Range(0, 20)
            .Select(_ => s.CallAsync(key, "reserveItem", null, TimeSpan.FromSeconds(20), cancellationToken))).ConfigureAwait(false);
        var failed = replies.Where(r => !r.Ok).ToList();
        if (!s.Check(failed.Count == 0, "20 concurrent reserveItem calls on one key all answered", $"{failed.Count} of 20 concurrent reserveItem calls on one key did not succeed (first: {(failed.Count > 0 ? Scenario.Describe(failed[0]) : string.Empty)})"))
        {
            return;
        }

        var inventory = (await s.CallAsync(key, "getInventory", null, TimeSpan.FromSeconds(5), cancellationToken).ConfigureAwait(false)).Number;
        s.Check(
            inventory == 80,
            "inventory went from 100 to exactly 80: no decrement was lost",
            inventory is > 80 and var left
                ? $"after 20 concurrent reserveItem calls, getInventory answered {Number(left)} instead of 80: {Number(left - 80)} decrement(s) lost"
                : $"after 20 concurrent reserveItem calls, getInventory answered {Number(inventory)} instead of 80");
        var values = replies.Select(r => r.Number).ToList();
        s.Check(
            values.All(v => v is not null) && values.Distinct().Count() == 20 && values.Min() == 80,
            "the 20 replies were 99 down to 80, each once",
            $"the 20 reserveItem replies were not 99 down to 80 each once: {string.Join(", ", values.Select(v => v?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"))}");
    }

    private static string Number(double? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "nothing usable";
}
