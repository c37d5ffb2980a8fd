using System.Net;
using FluentAssertions;

namespace RestateEvals.GroundTruth;

/// <summary>
/// The claim behind each case's ideal behaviour, demonstrated on a real restate-server. Each case file names its test
/// here in <c>groundTruthTest</c>. Keys are unique per run, so reruns against one server do not interfere.
/// </summary>
[Collection(RestateServerGroup.Name)]
public sealed class GroundTruthTests(RestateFixture fixture)
{
    private static readonly TimeSpan Poll = TimeSpan.FromSeconds(15);
    private readonly RestateClient _restate = fixture.Require();
    private readonly string _run = Guid.NewGuid().ToString("N")[..8];

    private string Key(string name) => $"{name}-{_run}";

    [Fact]
    public async Task Vos01_ExclusiveCallsOnOneKeyRunOneAtATime_DifferentKeysInParallel()
    {
        // reserveItem records when it starts, reads inventory, sleeps 1 s, writes inventory - 1, records when it ends.
        var sameKey = Key("user-42");
        var onOneKey = (await Task.WhenAll(_restate.CallAsync("cart", sameKey, "reserveItem"), _restate.CallAsync("cart", sameKey, "reserveItem")))
            .Select(Reservation.Of).OrderBy(r => r.Start).ToList();
        var onTwoKeys = (await Task.WhenAll(_restate.CallAsync("cart", Key("a"), "reserveItem"), _restate.CallAsync("cart", Key("b"), "reserveItem")))
            .Select(Reservation.Of).OrderBy(r => r.Start).ToList();

        onOneKey.Select(r => r.Inventory).Should().Equal([9, 8], "the second call saw the first one's write: no lost update, and no lock");
        onOneKey[1].Start.Should().BeGreaterThanOrEqualTo(onOneKey[0].End, "the second exclusive call on the key started only after the first ended");
        onTwoKeys.Select(r => r.Inventory).Should().Equal(9, 9);
        onTwoKeys[1].Start.Should().BeLessThan(onTwoKeys[0].End, "calls on different keys ran at the same time");
    }

    [Fact]
    public async Task Vos02_SharedHandlerWriteIsRejected_StateUnchanged()
    {
        var key = Key("acct");
        var id = await _restate.SendAsync("account", key, "getBalance");
        await RestateClient.WaitUntilAsync(
            async () => (await _restate.QueryAsync($"select last_failure_error_code from sys_invocation where id = '{id}'")).SingleOrDefault()?["last_failure_error_code"]?.ToString() == "RT0017",
            Poll,
            "the shared handler's ctx.set was rejected with RT0017");

        var invocation = (await _restate.QueryAsync($"select status, last_failure from sys_invocation where id = '{id}'")).Single()!;
        ((string)invocation["last_failure"]!).Should().Contain("this handler type cannot write state");
        ((string)invocation["status"]!).Should().BeOneOf(["backing-off", "paused", "running"], "RT0017 is retried, not ignored: the caller keeps waiting");
        (await _restate.QueryAsync($"select key from state where service_name = 'account' and service_key = '{key}'")).Should().BeEmpty("the write never landed");
        (await _restate.KillAsync(id)).Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Vos03_UnusedKeyHasNoState_ClearAllLeavesNone()
    {
        var key = Key("device");
        (await _restate.CallAsync("device", key, "read")).Body.Should().Be("""{"config":null,"keys":[]}""", "a never-used key needs no provisioning and has no state");
        (await StateKeys("device", key)).Should().BeEmpty();

        (await _restate.CallAsync("device", key, "configure", new { firmware = "1.2" })).Status.Should().Be(HttpStatusCode.OK);
        (await StateKeys("device", key)).Should().BeEquivalentTo(["config", "registeredAt"]);

        (await _restate.CallAsync("device", key, "decommission")).Status.Should().Be(HttpStatusCode.OK);
        (await StateKeys("device", key)).Should().BeEmpty("clearAll removed every entry of the key");
        (await _restate.CallAsync("device", key, "read")).Body.Should().Be("""{"config":null,"keys":[]}""");
    }

    [Fact]
    public async Task Vos04_SameKeySelfCallDeadlocks_CancelFreesTheKey()
    {
        var key = Key("order");
        var checkout = await _restate.SendAsync("order", key, "checkout");
        await RestateClient.WaitUntilAsync(
            async () => (await _restate.QueryAsync($"select id from sys_inbox where service_name = 'order' and service_key = '{key}'")).Count == 1,
            Poll,
            "the same-key validate call waits in the key's inbox");

        var blocked = () => _restate.CallAsync("order", key, "status", timeout: TimeSpan.FromSeconds(2));
        await blocked.Should().ThrowAsync<TimeoutException>("checkout holds the key while waiting for validate, which waits for checkout");
        (await _restate.StatusAsync(checkout)).Should().NotBe("completed", "Restate neither detects nor times out the cycle");

        (await _restate.CancelAsync(checkout)).Should().Be(HttpStatusCode.Accepted);
        var freed = await _restate.CallAsync("order", key, "status", timeout: TimeSpan.FromSeconds(10));
        freed.Body.Should().Be("\"ok\"", "cancelling the stuck invocation freed the key");
    }

    [Fact]
    public async Task Vos05_SleepingExclusiveHandlerBlocksExclusiveNotShared_DelayedSendDoesNot()
    {
        var sleeping = Key("sub-sleep");
        var sleepingTrial = await _restate.SendAsync("subscription", sleeping, "startTrialWithSleep", 3000);
        await RestateClient.WaitUntilAsync(async () => (await _restate.CallAsync("subscription", sleeping, "peek")).Body == "\"started\"", Poll, "the trial started");

        var shared = await _restate.CallAsync("subscription", sleeping, "peek");
        (await _restate.StatusAsync(sleepingTrial)).Should().NotBe("completed", "the shared call answered while the exclusive handler was still sleeping");
        var exclusive = await _restate.CallAsync("subscription", sleeping, "upgrade");
        shared.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2), "shared handlers do not queue behind the sleeping invocation");
        exclusive.Elapsed.Should().BeGreaterThan(TimeSpan.FromMilliseconds(1500), "the exclusive call waited for the sleep to end");
        (await _restate.StatusAsync(sleepingTrial)).Should().Be("completed", "upgrade ran only after the sleeping invocation finished");

        var delayed = Key("sub-send");
        (await _restate.CallAsync("subscription", delayed, "startTrialWithDelayedSend", 3000)).Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2));
        (await _restate.CallAsync("subscription", delayed, "upgrade")).Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2), "a delayed send does not hold the key");
        (await _restate.CallAsync("subscription", delayed, "peek")).Body.Should().Be("\"started\"", "upgrade ran before the delayed endTrial: nothing held the key meanwhile");
        await RestateClient.WaitUntilAsync(async () => (await _restate.CallAsync("subscription", delayed, "peek")).Body == "\"ended\"", Poll, "the delayed endTrial message ran");
    }

    [Fact]
    public async Task Vos06_RetryAppliesStateOnce_TerminalErrorDoesNotRollBack()
    {
        var retried = await _restate.CallAsync("wallet", Key("w-retry"), "withdrawWithTransientFailure", 10);
        retried.Body.Should().Be("""{"balance":90,"attempts":2}""", "the handler ran twice but the journaled write was applied once");

        var declined = await _restate.CallAsync("wallet", Key("w-decline"), "withdrawThenDecline", 10);
        declined.Status.Should().Be(HttpStatusCode.InternalServerError);
        declined.Body.Should().Contain("payment declined");
        (await _restate.CallAsync("wallet", Key("w-decline"), "balance")).Body.Should().Be("90", "state written before the TerminalError is not rolled back");
    }

    [Fact]
    public async Task Vos07_InMemoryCounterDivergesFromDurableStateOnReplay()
    {
        var reply = await _restate.CallAsync("counter", Key("counter"), "increment");
        reply.Body.Should().Be("""{"inMemory":2,"durable":1}""", "handler code re-ran on retry: the module-level map counted twice, durable state once");
    }

    [Fact]
    public async Task Vos08_PausedInvocationHoldsTheKey_KillReleasesIt()
    {
        var key = Key("acct-7");
        var failing = await _restate.SendAsync("fees", key, "applyFee");
        await RestateClient.WaitUntilAsync(async () => await _restate.StatusAsync(failing) == "paused", Poll, "the failing invocation is paused after its retries");

        var queued = await _restate.SendAsync("fees", key, "balance");
        (await _restate.CallAsync("fees", key, "peek", timeout: TimeSpan.FromSeconds(5))).Status.Should().Be(HttpStatusCode.OK, "shared handlers still work while the key is held");
        var holder = await _restate.QueryAsync($"select invocation_id from sys_keyed_service_status where service_name = 'fees' and service_key = '{key}'");
        ((string)holder.Single()!["invocation_id"]!).Should().Be(failing, "the paused invocation still holds the key");
        await Task.Delay(500);
        (await _restate.StatusAsync(queued)).Should().NotBe("completed", "the exclusive call is queued behind the paused one");

        (await _restate.KillAsync(failing)).Should().Be(HttpStatusCode.OK);
        await RestateClient.WaitUntilAsync(async () => await _restate.StatusAsync(queued) == "completed", Poll, "the queued call ran after the kill released the key");
    }

    [Fact]
    public async Task Vos09_AdminStateUpdateIsQueuedAndReplacesWholeState()
    {
        var key = Key("c-991");
        await _restate.CallAsync("customer", key, "setup");
        await _restate.SendAsync("customer", key, "busy", 3000);
        await Task.Delay(300);

        (await _restate.SetStateAsync("customer", key, new Dictionary<string, object> { ["tier"] = "gold" })).Should().Be(HttpStatusCode.Accepted);
        (await _restate.CallAsync("customer", key, "read")).Body.Should().Be("""{"tier":"bronze","name":"Ada"}""", "the update is queued behind the running invocation");
        await RestateClient.WaitUntilAsync(async () => (await _restate.CallAsync("customer", key, "read")).Body.Contains("gold", StringComparison.Ordinal), Poll, "the queued state update was applied");
        (await _restate.CallAsync("customer", key, "read")).Body.Should().Be("""{"tier":"gold","name":null}""", "new_state replaced the whole state: 'name' is gone");

        (await _restate.SetStateAsync("customer", key, new Dictionary<string, object> { ["tier"] = "platinum" }, version: "stale")).Should().Be(HttpStatusCode.Accepted);
        await Task.Delay(500);
        (await _restate.CallAsync("customer", key, "read")).Body.Should().Be("""{"tier":"gold","name":null}""", "an update with a stale version is silently ignored");

        var (status, body) = await _restate.QueryRawAsync($"update state set value_utf8 = 'x' where service_key = '{key}'");
        status.Should().NotBe(HttpStatusCode.OK);
        body.Should().Contain("DML not supported", "SQL introspection is read-only");
    }

    private sealed record Reservation(int Inventory, long Start, long End)
    {
        public static Reservation Of(RestateClient.Reply reply)
        {
            var json = reply.Json ?? throw new InvalidOperationException($"reserveItem answered {(int)reply.Status}: {reply.Body}");
            return new Reservation((int)json["inventory"]!, (long)json["start"]!, (long)json["end"]!);
        }
    }

    private async Task<IEnumerable<string>> StateKeys(string service, string key) =>
        (await _restate.QueryAsync($"select key from state where service_name = '{service}' and service_key = '{key}'")).Select(r => (string)r!["key"]!);
}
