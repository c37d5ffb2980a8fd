using System.Net;
using System.Text.Json.Nodes;
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

    // Shows: exclusive calls on one key run one after another (no lost update), on different keys in parallel.
    [Fact]
    public async Task Vos01_ExclusiveCallsOnOneKeyRunOneAtATime_DifferentKeysInParallel()
    {
        // reserveItem records when it starts, reads inventory, sleeps 1 s, writes inventory - 1, records when it ends.
        // Both pairs run at once, on three different keys.
        var sameKey = Key("user-42");
        var oneKeyPair = Task.WhenAll(_restate.CallAsync("cart", sameKey, "reserveItem"), _restate.CallAsync("cart", sameKey, "reserveItem"));
        var twoKeyPair = Task.WhenAll(_restate.CallAsync("cart", Key("a"), "reserveItem"), _restate.CallAsync("cart", Key("b"), "reserveItem"));
        var onOneKey = (await oneKeyPair).Select(Reservation.Of).OrderBy(r => r.Start).ToList();
        var onTwoKeys = (await twoKeyPair).Select(Reservation.Of).OrderBy(r => r.Start).ToList();

        onOneKey.Select(r => r.Inventory).Should().Equal([9, 8], "the second call saw the first one's write: no lost update, and no lock");
        onOneKey[1].Start.Should().BeGreaterThanOrEqualTo(onOneKey[0].End, "the second exclusive call on the key started only after the first ended");
        onTwoKeys.Select(r => r.Inventory).Should().Equal(9, 9);
        onTwoKeys[1].Start.Should().BeLessThan(onTwoKeys[0].End, "calls on different keys ran at the same time");
    }

    // Shows: a state write from a shared handler is rejected with RT0017 and retried, never applied.
    [Fact]
    public async Task Vos02_SharedHandlerWriteIsRejected_StateUnchanged()
    {
        var key = Key("acct");
        var id = await _restate.SendAsync("account", key, "getBalance");
        await RestateClient.WaitUntilAsync(
            async () => (await _restate.QueryAsync($"select last_failure_error_code from sys_invocation where id = '{id}'")).SingleOrDefault()?["last_failure_error_code"]?.ToString() == "RT0017",
            Poll,
            "the shared handler's ctx.set was rejected with RT0017");

        await RestateClient.WaitUntilAsync(
            async () => (await _restate.QueryAsync($"select id from sys_invocation where id = '{id}' and retry_count >= 2")).Count == 1,
            Poll,
            "the rejected invocation was retried");
        var invocation = (await _restate.QueryAsync($"select status, last_failure, last_failure_error_code from sys_invocation where id = '{id}'")).Single()!;
        ((string)invocation["last_failure"]!).Should().Contain("this handler type cannot write state");
        ((string)invocation["last_failure_error_code"]!).Should().Be("RT0017", "every retry is rejected the same way");
        ((string)invocation["status"]!).Should().NotBe("completed", "RT0017 is retried, not ignored: the caller keeps waiting");
        (await _restate.QueryAsync($"select key from state where service_name = 'account' and service_key = '{key}'")).Should().BeEmpty("the write never landed");
        (await _restate.KillAsync(id)).Should().Be(HttpStatusCode.OK);
    }

    // Shows: a never-used key needs no provisioning and has no state; clearAll leaves none.
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

    // Shows: an exclusive handler awaiting an exclusive handler on its own key deadlocks, undetected; cancel frees the key.
    [Fact]
    public async Task Vos04_SameKeySelfCallDeadlocks_CancelFreesTheKey()
    {
        var key = Key("order");
        var checkout = await _restate.SendAsync("order", key, "checkout");
        var validate = await QueuedSelfCall("order", key);

        var blocked = () => _restate.CallAsync("order", key, "status", timeout: TimeSpan.FromSeconds(2));
        await blocked.Should().ThrowAsync<TimeoutException>("checkout holds the key while waiting for validate, which waits for checkout");
        (await _restate.StatusAsync(checkout)).Should().Be("running", "Restate neither detects nor times out the cycle: checkout still waits");
        (await Inbox("order", key)).Should().StartWith(validate, "validate is still queued behind checkout, and the later call behind it");

        (await _restate.CancelAsync(checkout)).Should().Be(HttpStatusCode.Accepted);
        var freed = await _restate.CallAsync("order", key, "status", timeout: TimeSpan.FromSeconds(10));
        freed.Body.Should().Be("\"ok\"", "cancelling the stuck invocation freed the key");
    }

    // Shows: a sleep in an exclusive handler blocks exclusive calls on the key (not shared ones); a delayed send blocks nothing.
    [Fact]
    public async Task Vos05_SleepingExclusiveHandlerBlocksExclusiveNotShared_DelayedSendDoesNot()
    {
        // The sleeping trial and the delayed-send trial run at once, on two keys.
        await Task.WhenAll(Sleep(), DelayedSend());

        async Task Sleep()
        {
            var sleeping = Key("sub-sleep");
            var sleepingTrial = await _restate.SendAsync("subscription", sleeping, "startTrialWithSleep", 3000);
            await RestateClient.WaitUntilAsync(async () => (await _restate.CallAsync("subscription", sleeping, "peek")).Body == "\"started\"", Poll, "the trial started");

            var shared = await _restate.CallAsync("subscription", sleeping, "peek");
            (await _restate.StatusAsync(sleepingTrial)).Should().Be("running", "the shared call answered while the exclusive handler was still sleeping");
            var exclusive = await _restate.CallAsync("subscription", sleeping, "upgrade");
            shared.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2), "shared handlers do not queue behind the sleeping invocation");
            exclusive.Elapsed.Should().BeGreaterThan(TimeSpan.FromMilliseconds(1500), "the exclusive call waited for the sleep to end");
            (await _restate.StatusAsync(sleepingTrial)).Should().Be("completed", "upgrade ran only after the sleeping invocation finished");
        }

        async Task DelayedSend()
        {
            var delayed = Key("sub-send");
            (await _restate.CallAsync("subscription", delayed, "startTrialWithDelayedSend", 3000)).Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2));
            (await _restate.CallAsync("subscription", delayed, "upgrade")).Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2), "a delayed send does not hold the key");
            (await _restate.CallAsync("subscription", delayed, "peek")).Body.Should().Be("\"started\"", "upgrade ran before the delayed endTrial: nothing held the key meanwhile");
            await RestateClient.WaitUntilAsync(async () => (await _restate.CallAsync("subscription", delayed, "peek")).Body == "\"ended\"", Poll, "the delayed endTrial message ran");
        }
    }

    // Shows: a journaled state write is applied once across retries, and a TerminalError does not roll it back.
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

    // Shows: a module-level counter counts replays, durable state does not.
    [Fact]
    public async Task Vos07_InMemoryCounterDivergesFromDurableStateOnReplay()
    {
        var reply = await _restate.CallAsync("counter", Key("counter"), "increment");
        reply.Body.Should().Be("""{"inMemory":2,"durable":1}""", "handler code re-ran on retry: the module-level map counted twice, durable state once");
    }

    // Shows: a paused invocation holds its key (shared handlers still work); kill releases it.
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
        (await _restate.StatusAsync(queued)).Should().Be("pending", "the exclusive call is queued behind the paused one");

        (await _restate.KillAsync(failing)).Should().Be(HttpStatusCode.OK);
        await RestateClient.WaitUntilAsync(async () => await _restate.StatusAsync(queued) == "completed", Poll, "the queued call ran after the kill released the key");
    }

    // Shows: an admin state update is queued behind the running invocation and replaces the whole state; a stale version is ignored; SQL is read-only.
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
        status.Should().Be(HttpStatusCode.BadRequest);
        body.Should().Contain("DML not supported", "SQL introspection is read-only");
    }

    // Shows: a plain resume replays a pinned invocation on its old deployment; resume with deployment=latest moves it to the fix.
    [Fact]
    public async Task Vos08_PinnedInvocation_PlainResumeReplaysOldDeployment_ResumeOnLatestCompletes()
    {
        // The fixed code (deployments.mjs, CODE=ledger-fixed) starts now, to save time, but is registered only later.
        using var fixedCode = EndpointProcess.Start("ledger-fixed");

        // ledger/post on deployment 1 (service.mjs) journals a ctx.run and then throws, so the invocation is pinned there.
        var key = Key("ledger");
        var posting = await _restate.SendAsync("ledger", key, "post", 5);
        await RestateClient.WaitUntilAsync(async () => await _restate.StatusAsync(posting) == "paused", Poll, "the buggy posting is paused after its retries");
        var oldDeployment = (string)(await _restate.InvocationAsync(posting))!["pinned_deployment_id"]!;
        var queued = await _restate.SendAsync("ledger", key, "balance");

        // Once the posting is paused, the fixed code is registered as a new deployment of "ledger".
        var newDeployment = await fixedCode.RegisterAsync(_restate, Poll);
        newDeployment.Should().NotBe(oldDeployment);

        (await _restate.ResumeAsync(posting)).Should().Be(HttpStatusCode.OK);
        await RestateClient.WaitUntilAsync(async () => (await _restate.PausesAsync(posting)).Count == 2, Poll, "the plainly resumed posting failed and paused again");
        var afterPlainResume = (await _restate.InvocationAsync(posting))!;
        ((string)afterPlainResume["status"]!).Should().Be("paused", "a plain resume replays the old code, which fails again");
        ((string)afterPlainResume["pinned_deployment_id"]!).Should().Be(oldDeployment, "the invocation stays pinned to the deployment it started on");
        (await _restate.PausesAsync(posting))[^1].Message.Should().Be("bug in ledger v1: every posting fails", "the old deployment's bug ended the resumed attempt");
        (await _restate.StatusAsync(queued)).Should().Be("pending", "the queued call still waits behind the paused posting");

        (await _restate.ResumeAsync(posting, deployment: "latest")).Should().Be(HttpStatusCode.OK);
        await RestateClient.WaitUntilAsync(async () => await _restate.StatusAsync(posting) == "completed", Poll, "the posting resumed on the latest deployment completed");
        var afterLatest = (await _restate.InvocationAsync(posting))!;
        ((string)afterLatest["completion_result"]!).Should().Be("success", "resume with deployment=latest replayed the journal on the fixed code");
        ((string)afterLatest["pinned_deployment_id"]!).Should().Be(newDeployment, "the invocation moved to the new deployment");
        await RestateClient.WaitUntilAsync(async () => await _restate.StatusAsync(queued) == "completed", Poll, "the queued call ran once the posting completed");
        (await StateValue("ledger", key, "balance")).Should().Be("5", "the fixed code applied the posting");
    }

    // Shows: cancelling an invocation whose bug is hit before a new await re-fails and pauses, holding the key; kill frees it.
    [Fact]
    public async Task Vos08_CancelOfDeterministicallyFailingInvocation_StaysPausedHoldingTheKey_KillFreesIt()
    {
        // fees/applyFee throws before any await; fees/applyFeeLate throws after a ctx.run. Both pause after two attempts.
        await Task.WhenAll(CancelThenKill("applyFee", Key("acct-early")), CancelThenKill("applyFeeLate", Key("acct-late")));

        async Task CancelThenKill(string handler, string key)
        {
            var failing = await _restate.SendAsync("fees", key, handler);
            await RestateClient.WaitUntilAsync(async () => await _restate.StatusAsync(failing) == "paused", Poll, $"{handler} is paused after its retries");
            var queued = await _restate.SendAsync("fees", key, "balance");

            (await _restate.CancelAsync(failing)).Should().Be(HttpStatusCode.Accepted);
            await RestateClient.WaitUntilAsync(async () => (await _restate.PausesAsync(failing)).Count == 2, Poll, $"the cancelled {handler} re-failed and paused again");
            (await _restate.StatusAsync(failing)).Should().Be("paused", $"cancel is cooperative: {handler} was resumed with the cancel signal and hit its bug again");
            (await JournalEntryTypes(failing)).Should().Contain("Notification: Signal", "the cancel signal was delivered to the invocation");
            (await _restate.PausesAsync(failing))[^1].Message.Should().StartWith("bug introduced by the last deploy", $"the bug, not the cancellation, ended {handler}'s attempt");
            (await _restate.KeyHolderAsync("fees", key)).Should().Be(failing, $"the cancelled but paused {handler} still holds the key");
            (await _restate.StatusAsync(queued)).Should().Be("pending", "the queued exclusive call still waits");

            (await _restate.KillAsync(failing)).Should().Be(HttpStatusCode.OK);
            await RestateClient.WaitUntilAsync(async () => await _restate.StatusAsync(queued) == "completed", Poll, $"the queued call ran after the kill of {handler} freed the key");
            ((string)(await _restate.InvocationAsync(failing))!["completion_failure"]!).Should().Be("[409] killed", "kill abandons the invocation at once");
        }
    }

    // Shows: cancelling the deadlocked checkout ends it cancelled and frees the key (whether the queued validate still runs is not deterministic).
    [Fact]
    public async Task Vos04_CancellingCheckout_FreesTheKey_TheQueuedValidateMayStillRun()
    {
        var key = Key("order-cancel");
        var checkout = await _restate.SendAsync("order", key, "checkout");
        var validate = await QueuedSelfCall("order", key);

        (await _restate.CancelAsync(checkout)).Should().Be(HttpStatusCode.Accepted);
        await RestateClient.WaitUntilAsync(async () => await _restate.StatusAsync(checkout) == "completed", Poll, "the cancelled checkout ended");
        ((string)(await _restate.InvocationAsync(checkout))!["completion_failure"]!).Should().Be("[409] Cancelled", "checkout ended cancelled");
        (await SignalTargets(checkout)).Should().Equal([validate], "the SDK sent a cancel signal to checkout's pending child call");
        (await _restate.CallAsync("order", key, "status", timeout: TimeSpan.FromSeconds(10))).Body.Should().Be("\"ok\"", "the key is free: a later call runs");
        (await _restate.CallAsync("order", key, "status", timeout: TimeSpan.FromSeconds(10))).Body.Should().Be("\"ok\"", "and so does the next one");
        (await _restate.KeyHolderAsync("order", key)).Should().BeNull("nothing holds the key any more");
    }

    // Shows: cancelling the queued validate first is deterministic: it never runs, checkout fails and ends, the key is freed.
    [Fact]
    public async Task Vos04_CancellingTheQueuedValidateFirst_ItNeverRuns_CheckoutEnds_KeyFreed()
    {
        await Task.WhenAll(Enumerable.Range(1, 5).Select(i => CancelValidateFirst(Key($"order-child-{i}"))));

        async Task CancelValidateFirst(string key)
        {
            var checkout = await _restate.SendAsync("order", key, "checkout");
            var validate = await QueuedSelfCall("order", key);

            (await _restate.CancelAsync(validate)).Should().Be(HttpStatusCode.OK, "the queued call is cancelled in the inbox at once");
            await RestateClient.WaitUntilAsync(async () => await _restate.StatusAsync(checkout) == "completed", Poll, "checkout ended once its awaited call failed");
            var ended = (await _restate.InvocationAsync(checkout))!;
            ((string)ended["completion_result"]!).Should().Be("failure");
            ((string)ended["completion_failure"]!).Should().Be("[409] canceled", "checkout's awaited call to validate failed with the cancellation, and checkout did not catch it");
            (await Inbox("order", key)).Should().BeEmpty();
            (await _restate.CallAsync("order", key, "status", timeout: TimeSpan.FromSeconds(10))).Body.Should().Be("\"ok\"", "the key is free: a later call runs");
            (await StateValue("order", key, "validateRuns")).Should().BeNull("validate never ran: it would have counted its run in state before the later call");
            ((string?)(await _restate.InvocationAsync(validate))?["completion_result"]).Should().NotBe("success", "validate did not run to completion either");
        }
    }

    // Shows: cancelling a sleeping trial frees the key at once; state written before the sleep stays; nothing re-schedules the end.
    [Fact]
    public async Task Vos05_CancellingSleepingTrial_WithDeploymentKept_FreesKeyAndKeepsStateWrittenBeforeTheSleep()
    {
        // startTrialWithSleep sets trial = "started", sleeps 60 s, then sets "ended". The deployment stays registered.
        var key = Key("sub-cancel");
        var trial = await _restate.SendAsync("subscription", key, "startTrialWithSleep", 60_000);
        await RestateClient.WaitUntilAsync(async () => (await _restate.CallAsync("subscription", key, "peek")).Body == "\"started\"", Poll, "the trial started and is sleeping");

        (await _restate.CancelAsync(trial)).Should().Be(HttpStatusCode.Accepted);
        var upgrade = await _restate.CallAsync("subscription", key, "upgrade", timeout: TimeSpan.FromSeconds(10));
        upgrade.Body.Should().Be("\"upgraded\"", "the cancel freed the key long before the 60 s sleep would have ended");
        ((string)(await _restate.InvocationAsync(trial))!["completion_failure"]!).Should().Be("[409] Cancelled", "the sleeping invocation ended cancelled");
        (await _restate.CallAsync("subscription", key, "peek")).Body.Should().Be("\"started\"", "state written before the sleep stays: no rollback");
        (await _restate.QueryAsync($"select id from sys_invocation where target_service_key = '{key}' and status <> 'completed'"))
            .Should().BeEmpty("nothing will end the trial now: the follow-up must be re-scheduled by hand");
    }

    // Shows: clearAll does not cancel a delayed self-send already scheduled: it runs later and writes state again.
    [Fact]
    public async Task Vos03_ClearAllDoesNotCancelAnAlreadyScheduledDelayedSelfSend()
    {
        // scheduleCheckIn sends device/<key>/checkIn to itself with a 1.5 s delay; checkIn writes "lastCheckIn".
        var key = Key("device-checkin");
        (await _restate.CallAsync("device", key, "configure", new { firmware = "1.2" })).Status.Should().Be(HttpStatusCode.OK);
        (await _restate.CallAsync("device", key, "scheduleCheckIn", 1500)).Status.Should().Be(HttpStatusCode.OK);
        (await _restate.CallAsync("device", key, "decommission")).Status.Should().Be(HttpStatusCode.OK);
        (await StateKeys("device", key)).Should().BeEmpty("clearAll removed every entry of the key");
        (await _restate.QueryAsync($"select id from sys_invocation where target = 'device/{key}/checkIn' and status = 'scheduled'"))
            .Should().ContainSingle("clearAll leaves the delayed self-send scheduled");

        await RestateClient.WaitUntilAsync(async () => (await StateKeys("device", key)).Any(), Poll, "the delayed checkIn ran");
        (await StateValue("device", key, "lastCheckIn")).Should().Be("\"checked-in\"", "the delayed handler ran after clearAll and wrote state to the decommissioned key");
    }

    // Shows: A -> B -> A request-response calls between exclusive handlers deadlock on A's key; cancel frees it.
    [Fact]
    public async Task Vos01_CallBackIntoCallersKeyDeadlocks_AToBToA()
    {
        // shop/checkout (exclusive) calls stock/reserve (exclusive), which calls shop/confirm on the same shop key.
        var key = Key("shop");
        var checkout = await _restate.SendAsync("shop", key, "checkout");
        await RestateClient.WaitUntilAsync(async () => (await Inbox("shop", key)).Count == 1, Poll, "the call back into the shop key waits in its inbox");
        var later = await _restate.SendAsync("shop", key, "status");
        await Task.Delay(500);

        var invocations = await _restate.QueryAsync($"select target, status from sys_invocation where target_service_key = '{key}'");
        invocations.Select(r => $"{r!["target"]} {r["status"]}").Should().BeEquivalentTo(
            [$"shop/{key}/checkout running", $"stock/{key}/reserve running", $"shop/{key}/confirm pending", $"shop/{key}/status pending"],
            "shop waits for stock, stock waits for shop (queued on the shop key): nothing completes, and a later call on the key waits too");
        (await _restate.KeyHolderAsync("shop", key)).Should().Be(checkout, "checkout holds the shop key while it waits");

        (await _restate.CancelAsync(checkout)).Should().Be(HttpStatusCode.Accepted);
        await RestateClient.WaitUntilAsync(async () => await _restate.StatusAsync(later) == "completed", Poll, "the later call ran once the cancel freed the key");
        ((string)(await _restate.InvocationAsync(checkout))!["completion_failure"]!).Should().Be("[409] Cancelled");
    }

    // Shows: every shared-handler write is rejected, on every key: a rule, not a race.
    [Fact]
    public async Task Vos02_EveryWriteFromASharedHandlerIsRejected()
    {
        // account/getBalance (shared) calls ctx.set. Five invocations on five keys: every one is rejected, none lands.
        var keys = Enumerable.Range(1, 5).Select(i => Key($"acct-all-{i}")).ToList();
        var ids = await Task.WhenAll(keys.Select(k => _restate.SendAsync("account", k, "getBalance")));
        var idList = string.Join(", ", ids.Select(id => $"'{id}'"));
        await RestateClient.WaitUntilAsync(
            async () => (await _restate.QueryAsync($"select distinct id from sys_journal_events where id in ({idList}) and event_type = 'TransientError' and event_json like '%RT0017%'")).Count == ids.Length,
            Poll,
            "every getBalance invocation's ctx.set was rejected with RT0017");

        (await _restate.QueryAsync($"select id from sys_invocation where id in ({idList}) and status = 'completed'")).Should().BeEmpty("no invocation got through: the rejection is retried, never ignored");
        (await _restate.QueryAsync($"select service_key from state where service_name = 'account' and service_key in ({string.Join(", ", keys.Select(k => $"'{k}'"))})"))
            .Should().BeEmpty("the write never lands on any key: it is a rule, not a race");
        foreach (var id in ids)
        {
            (await _restate.KillAsync(id)).Should().Be(HttpStatusCode.OK);
        }
    }

    // Shows: a module-scope lock serializes different keys handled by the process.
    [Fact]
    public async Task Vos01_ModuleScopeMutexSerializesDifferentKeys()
    {
        // report/generate holds a module-scope lock around a 0.5 s timer inside ctx.run. Without the lock, different keys
        // overlap (see Vos01_ExclusiveCallsOnOneKeyRunOneAtATime_DifferentKeysInParallel).
        var runs = (await Task.WhenAll(_restate.CallAsync("report", Key("r-a"), "generate"), _restate.CallAsync("report", Key("r-b"), "generate")))
            .Select(Window.Of).OrderBy(w => w.Start).ToList();
        runs[1].Start.Should().BeGreaterThanOrEqualTo(runs[0].End, "the process-wide lock made the second key wait for the first: it serializes every key, not one");
    }

    // Shows: other code at the same URL makes a cancel (which replays) fail with a journal mismatch (570); the invocation pauses holding the key.
    [Fact]
    public async Task Vos05_RedeployingOtherCodeAtTheSameUrl_ThenCancel_JournalMismatch()
    {
        // tariff/reprice v1 journals set, run, sleep(60 s) and suspends. v2 at the same URL sleeps before the run.
        var port = Tooling.FreePort();
        var key = Key("tariff");
        using var v1 = EndpointProcess.Start("tariff-v1", port);
        await v1.RegisterAsync(_restate, Poll);
        using var v2 = EndpointProcess.Start("tariff-v2", port); // starts now, listens once v1 is gone
        var reprice = await _restate.SendAsync("tariff", key, "reprice");
        await RestateClient.WaitUntilAsync(async () => await _restate.StatusAsync(reprice) == "suspended", Poll, "reprice journaled its run and suspended in the sleep");

        // Version 1 is gone; other code answers at the same URL, without a new registration.
        v1.Dispose();
        await v2.WaitUntilListeningAsync(Poll);
        try
        {
            (await _restate.CancelAsync(reprice)).Should().Be(HttpStatusCode.Accepted);
            await RestateClient.WaitUntilAsync(async () => (await _restate.PausesAsync(reprice)).Count == 1, Poll, "the cancelled reprice paused");
            var (code, message) = (await _restate.PausesAsync(reprice)).Single();
            code.Should().Be(570, "the cancel replayed the journal on the new code, which took another path: journal mismatch");
            message.Should().Contain("mismatch");
            (await _restate.StatusAsync(reprice)).Should().Be("paused", "the cancel did not end the invocation");
            (await _restate.KeyHolderAsync("tariff", key)).Should().Be(reprice, "the paused invocation keeps the key");
        }
        finally
        {
            await _restate.KillAsync(reprice);
        }
    }

    // Shows: resume on latest is refused (409) while backing off; pause first, then resume on latest completes on the fix.
    [Fact]
    public async Task Vos08_BackingOffInvocation_ResumeOnLatestIsRefused_PauseThenResumeOnLatestCompletes()
    {
        // payout/pay (service.mjs) journals a ctx.run and throws; it is retried every second for 1000 attempts.
        using var fixedCode = EndpointProcess.Start("payout-fixed");
        var payment = await _restate.SendAsync("payout", Key("payout"), "pay", 5);
        await RestateClient.WaitUntilAsync(async () => await _restate.StatusAsync(payment) == "backing-off", Poll, "the failing payment is backing off");
        var oldDeployment = (string)(await _restate.InvocationAsync(payment))!["pinned_deployment_id"]!;
        var newDeployment = await fixedCode.RegisterAsync(_restate, Poll);

        await RestateClient.WaitUntilAsync(async () => await _restate.StatusAsync(payment) == "backing-off", Poll, "the payment is between two retries");
        var (refused, answer) = await _restate.ResumeWithAnswerAsync(payment, "latest");
        refused.Should().Be(HttpStatusCode.Conflict, "an invocation that is still backing off cannot change its deployment");
        ((string)JsonNode.Parse(answer)!["message"]!).Should().Be(
            $"The invocation '{payment}' is still running or the deployment id is not pinned yet, deployment id cannot be changed.");
        var afterRefusal = (await _restate.InvocationAsync(payment))!;
        ((string)afterRefusal["status"]!).Should().NotBe("completed", "the refused resume changed nothing");
        ((string)afterRefusal["pinned_deployment_id"]!).Should().Be(oldDeployment, "it is still pinned to the buggy deployment");

        (await _restate.PauseAsync(payment)).Should().Be(HttpStatusCode.Accepted);
        await RestateClient.WaitUntilAsync(async () => await _restate.StatusAsync(payment) == "paused", Poll, "the payment is paused");
        (await _restate.ResumeAsync(payment, deployment: "latest")).Should().Be(HttpStatusCode.OK, "a paused invocation can change its deployment");
        await RestateClient.WaitUntilAsync(async () => await _restate.StatusAsync(payment) == "completed", Poll, "the payment resumed on the latest deployment completed");
        var completed = (await _restate.InvocationAsync(payment))!;
        ((string)completed["completion_result"]!).Should().Be("success");
        ((string)completed["pinned_deployment_id"]!).Should().Be(newDeployment, "the invocation moved to the fixed deployment");
        (await _restate.OutputAsync(payment)).Body.Should().Be("""{"amount":5,"code":"fixed"}""", "the fixed code produced the result");
    }

    // Shows: a journal-compatible fix behind the same URL (no new registration) lets a plain resume or the next retry complete.
    [Fact]
    public async Task Vos08_InPlaceFix_SameEndpointJournalCompatibleChange_NextAttemptCompletes()
    {
        // invoice/issue and invoice/issueRetrying journal ctx.run("number") and throw; issue pauses after two attempts,
        // issueRetrying is retried every half second. The fix journals the same ctx.run and then returns.
        var port = Tooling.FreePort();
        using var buggy = EndpointProcess.Start("invoice-buggy", port);
        var deployment = await buggy.RegisterAsync(_restate, Poll);
        using var fixedCode = EndpointProcess.Start("invoice-fixed", port); // starts now, listens once the buggy process is gone
        var paused = await _restate.SendAsync("invoice", Key("invoice-paused"), "issue");
        var retrying = await _restate.SendAsync("invoice", Key("invoice-retrying"), "issueRetrying");
        await RestateClient.WaitUntilAsync(async () => await _restate.StatusAsync(paused) == "paused", Poll, "issue failed twice and paused");
        await RestateClient.WaitUntilAsync(
            async () => (await _restate.QueryAsync($"select id from sys_invocation where id = '{retrying}' and status = 'backing-off' and retry_count >= 2")).Count == 1,
            Poll,
            "issueRetrying failed at least twice and is backing off");
        (await _restate.PausesAsync(paused)).Single().Message.Should().Be("bug in invoice: every invoice fails", "the bug reproduces every time");
        ((string)(await _restate.QueryAsync($"select last_failure from sys_invocation where id = '{retrying}'")).Single()!["last_failure"]!)
            .Should().Contain("bug in invoice: every invoice fails", "on every retry too");

        // The buggy process is gone; the fixed code answers at the same URL. Nothing is registered.
        buggy.Dispose();
        await fixedCode.WaitUntilListeningAsync(Poll);
        (await _restate.ResumeAsync(paused)).Should().Be(HttpStatusCode.OK, "a plain resume, no deployment given");
        foreach (var id in new[] { paused, retrying })
        {
            await RestateClient.WaitUntilAsync(async () => await _restate.StatusAsync(id) == "completed", Poll, "the invocation completed on the code fixed in place");
            var completed = (await _restate.InvocationAsync(id))!;
            ((string)completed["completion_result"]!).Should().Be("success");
            ((string)completed["pinned_deployment_id"]!).Should().Be(deployment, "it stayed on the same deployment: the fix went in behind its URL");
            (await _restate.OutputAsync(id)).Body.Should().Be("""{"number":42,"code":"fixed in place"}""", "the journaled ctx.run replayed and the fixed code returned");
        }
    }

    // Shows: a one-way send back into the caller's held key does not deadlock: it queues and runs after the holder ends.
    [Fact]
    public async Task Vos01_OneWayReplyBackIntoCallersKey_QueuesAndRunsAfterTheHolder()
    {
        // shop/checkoutWithReply awaits stock/reserveWithReply, which sends shop/<key>/receiveReply one-way and returns;
        // checkout then keeps the key 0.5 s longer and reports whether the reply had run (written "reply") by then.
        var key = Key("shop-reply");
        var checkout = await _restate.CallAsync("shop", key, "checkoutWithReply", timeout: TimeSpan.FromSeconds(10));
        checkout.Body.Should().Be("""{"reserved":"reserved","replySeenWhileHoldingTheKey":null}""", "no deadlock, and the reply did not run while checkout held the key");
        await RestateClient.WaitUntilAsync(async () => await StateValue("shop", key, "reply") == "\"reserved\"", Poll, "the one-way reply ran");

        var rows = await _restate.QueryAsync($"select target_handler_name, created_at, running_at, completed_at from sys_invocation where target_service_name = 'shop' and target_service_key = '{key}'");
        var holder = rows.Single(r => (string)r!["target_handler_name"]! == "checkoutWithReply")!;
        var reply = rows.Single(r => (string)r!["target_handler_name"]! == "receiveReply")!;
        Time(reply, "created_at").Should().BeBefore(Time(holder, "completed_at"), "the reply was sent while checkout held the key");
        Time(reply, "running_at").Should().BeOnOrAfter(Time(holder, "completed_at"), "it waited in the key's queue and ran after checkout finished");

        static DateTimeOffset Time(JsonNode row, string column) => DateTimeOffset.Parse((string)row[column]!, System.Globalization.CultureInfo.InvariantCulture);
    }

    // Shows: other code at the stuck checkout's URL makes its cancel a journal mismatch (570): paused, key held; kill frees it.
    [Fact]
    public async Task Vos04_RedeployInPlaceBeforeRecovering_CancelGivesJournalMismatch()
    {
        // basket v1 (deployments.mjs) deadlocks like order: checkout awaits validate on its own key, and suspends while waiting.
        var port = Tooling.FreePort();
        var key = Key("basket");
        using var v1 = EndpointProcess.Start("basket-v1", port);
        await v1.RegisterAsync(_restate, Poll);
        using var v2 = EndpointProcess.Start("basket-v2", port); // starts now, listens once v1 is gone
        var checkout = await _restate.SendAsync("basket", key, "checkout");
        var validate = await QueuedSelfCall("basket", key);
        await RestateClient.WaitUntilAsync(async () => await _restate.StatusAsync(checkout) == "suspended", Poll, "checkout suspended while waiting for validate");

        // v1 is gone; v2 (checkout validates locally, no call) answers at the same URL, without a new registration.
        v1.Dispose();
        await v2.WaitUntilListeningAsync(Poll);
        try
        {
            (await _restate.CancelAsync(checkout)).Should().Be(HttpStatusCode.Accepted);
            await RestateClient.WaitUntilAsync(async () => (await _restate.PausesAsync(checkout)).Count == 1, Poll, "the cancelled checkout paused");
            (await _restate.PausesAsync(checkout)).Single().Code.Should().Be(570, "the cancel replayed checkout's journal (a call) on v2, which returns without calling: journal mismatch (RT0016)");
            (await _restate.StatusAsync(checkout)).Should().Be("paused", "the cancel did not end checkout");
            (await _restate.KeyHolderAsync("basket", key)).Should().Be(checkout, "the paused checkout still holds the key");
            (await Inbox("basket", key)).Should().Equal([validate], "validate still waits behind it");

            (await _restate.KillAsync(checkout)).Should().Be(HttpStatusCode.OK);
            (await _restate.CallAsync("basket", key, "status", timeout: TimeSpan.FromSeconds(10))).Body.Should().Be("\"v2\"", "kill needs no replay: the key is free and a later call runs on v2");
            ((string)(await _restate.InvocationAsync(checkout))!["completion_failure"]!).Should().Be("[409] killed");
        }
        finally
        {
            await _restate.KillAsync(checkout);
        }
    }

    // Shows: kill needs no replay: it frees a sleeping trial's key with its process gone or replaced; a cancel cannot finish there.
    [Fact]
    public async Task Vos05_KillingSleepingTrial_NeedsNoOldDeployment_FreesKey()
    {
        // trial v1 (deployments.mjs) sets trial = "started", then sleeps 60 s (suspended: no connection stays open).
        var port = Tooling.FreePort();
        var (gone, cancelled, replaced) = (Key("trial-gone"), Key("trial-cancelled"), Key("trial-replaced"));
        var trials = new Dictionary<string, string>();
        using (var v1 = EndpointProcess.Start("trial-v1", port))
        {
            await v1.RegisterAsync(_restate, Poll);
            foreach (var key in new[] { gone, cancelled, replaced })
            {
                trials[key] = await _restate.SendAsync("trial", key, "startTrial");
            }

            foreach (var trial in trials.Values)
            {
                await RestateClient.WaitUntilAsync(async () => await _restate.StatusAsync(trial) == "suspended", Poll, "the trial sleeps (suspended)");
            }
        }

        // Nothing answers at the deployment's URL now.
        (await _restate.KillAsync(trials[gone])).Should().Be(HttpStatusCode.OK);
        await RestateClient.WaitUntilAsync(async () => await _restate.StatusAsync(trials[gone]) == "completed", TimeSpan.FromSeconds(5), "the killed trial ended without its deployment");
        ((string)(await _restate.InvocationAsync(trials[gone]))!["completion_failure"]!).Should().Be("[409] killed");
        (await _restate.KeyHolderAsync("trial", gone)).Should().BeNull("the kill freed the key with no process to replay on");

        (await _restate.CancelAsync(trials[cancelled])).Should().Be(HttpStatusCode.Accepted);
        await RestateClient.WaitUntilAsync(async () => (await _restate.PausesAsync(trials[cancelled])).Count == 1, Poll, "the cancelled trial paused");
        (await _restate.PausesAsync(trials[cancelled])).Single().Message.Should().Contain("Connection refused", "a cancel must replay the trial on its deployment, which is gone");
        (await _restate.KeyHolderAsync("trial", cancelled)).Should().Be(trials[cancelled], "so the cancelled trial still holds the key");

        // Other code answers at the same URL, without a new registration.
        using var v2 = EndpointProcess.Start("trial-v2", port);
        await v2.WaitUntilListeningAsync(Poll);
        (await _restate.KillAsync(trials[replaced])).Should().Be(HttpStatusCode.OK);
        (await _restate.CallAsync("trial", replaced, "status", timeout: TimeSpan.FromSeconds(10))).Body.Should().Be("\"v2\"", "the kill freed the key: a later call runs");
        ((string)(await _restate.InvocationAsync(trials[replaced]))!["completion_failure"]!).Should().Be("[409] killed");
        (await _restate.CallAsync("trial", replaced, "peek")).Body.Should().Be("\"started\"", "state written before the sleep stays: re-schedule the trial's end yourself");
        (await _restate.KillAsync(trials[cancelled])).Should().Be(HttpStatusCode.OK);
    }

    // Shows: SQL over state lists only keys with state: a cleared, a read-only and a never-used key are absent.
    [Fact]
    public async Task Vos03_SqlOverStateListsOnlyKeysWithState()
    {
        var (withState, cleared, readOnly, neverUsed) = (Key("dev-state"), Key("dev-cleared"), Key("dev-read"), Key("dev-never"));
        (await _restate.CallAsync("device", withState, "configure", new { firmware = "1.2" })).Status.Should().Be(HttpStatusCode.OK);
        (await _restate.CallAsync("device", cleared, "configure", new { firmware = "1.2" })).Status.Should().Be(HttpStatusCode.OK);
        (await StateKeys("device", cleared)).Should().NotBeEmpty("the cleared key had state before");
        (await _restate.CallAsync("device", cleared, "decommission")).Status.Should().Be(HttpStatusCode.OK);
        (await _restate.CallAsync("device", readOnly, "read")).Status.Should().Be(HttpStatusCode.OK);

        var listed = (await _restate.QueryAsync("select distinct service_key from state where service_name = 'device'")).Select(r => (string)r!["service_key"]!).ToHashSet();
        new[] { withState, cleared, readOnly, neverUsed }.Where(listed.Contains).Should().Equal([withState], "only the key with state is listed");
    }

    // Shows: an update with the version computed at read time is accepted (202) but dropped when an invocation changes the key first.
    [Fact]
    public async Task Vos09_StateUpdateWithVersionComputedAtReadTime_IsDroppedWhenAnInvocationChangesTheKeyFirst()
    {
        // The version function reproduces the test vectors of restate's crates/types/src/state_mut.rs.
        StateVersion.Of([("name"u8.ToArray(), "bob"u8.ToArray())]).Should().Be("tDqA04Lj3_qJ-PgNPTecXDGZgpwy6jm2Ni2BYqJIthM");
        StateVersion.Of([("b"u8.ToArray(), "bbb"u8.ToArray()), ("a"u8.ToArray(), "aaa"u8.ToArray())]).Should().Be("RVM17P6x18Wp-JnzQ01BzmqCvhAunTOQI_az6Px3Zyk");
        StateVersion.Of([]).Should().Be("47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU");

        var key = Key("c-edit");
        await _restate.CallAsync("customer", key, "setup");
        var readTimeVersion = await _restate.StateVersionAsync("customer", key); // tier bronze, name Ada

        // customer/promote sleeps 2 s, then sets tier = "silver". The update is queued behind it.
        var promote = await _restate.SendAsync("customer", key, "promote", 2000);
        await RestateClient.WaitUntilAsync(async () => await _restate.StatusAsync(promote) == "running", Poll, "promote runs");
        (await _restate.SetStateAsync("customer", key, new Dictionary<string, object> { ["tier"] = "gold", ["name"] = "Ada" }, readTimeVersion)).Should().Be(HttpStatusCode.Accepted);
        (await _restate.StatusAsync(promote)).Should().Be("running", "the update was submitted while promote still held the key");
        await RestateClient.WaitUntilAsync(async () => await _restate.StatusAsync(promote) == "completed", Poll, "promote changed the key and ended");
        (await _restate.CallAsync("customer", key, "read")).Body.Should().Be("""{"tier":"silver","name":"Ada"}""");

        // Control: the same kind of update, with the version computed now, applies. It is queued behind the first one on
        // the key, so had the first one applied (gold), this version would not match and tier would never be platinum.
        var currentVersion = await _restate.StateVersionAsync("customer", key);
        currentVersion.Should().NotBe(readTimeVersion);
        (await _restate.SetStateAsync("customer", key, new Dictionary<string, object> { ["tier"] = "platinum", ["name"] = "Ada" }, currentVersion)).Should().Be(HttpStatusCode.Accepted);
        await RestateClient.WaitUntilAsync(async () => (await _restate.CallAsync("customer", key, "read")).Body.Contains("platinum", StringComparison.Ordinal), Poll, "the update with the current version was applied");
        (await _restate.CallAsync("customer", key, "read")).Body.Should().Be("""{"tier":"platinum","name":"Ada"}""", "the read-time update (gold) was dropped: the control matched silver, not gold");
    }

    private sealed record Reservation(int Inventory, long Start, long End)
    {
        public static Reservation Of(RestateClient.Reply reply)
        {
            var json = reply.Json ?? throw new InvalidOperationException($"reserveItem answered {(int)reply.Status}: {reply.Body}");
            return new Reservation((int)json["inventory"]!, (long)json["start"]!, (long)json["end"]!);
        }
    }

    private sealed record Window(long Start, long End)
    {
        public static Window Of(RestateClient.Reply reply)
        {
            var json = reply.Json ?? throw new InvalidOperationException($"generate answered {(int)reply.Status}: {reply.Body}");
            return new Window((long)json["start"]!, (long)json["end"]!);
        }
    }

    private async Task<string?> StateValue(string service, string key, string name) =>
        (string?)(await _restate.QueryAsync($"select value_utf8 from state where service_name = '{service}' and service_key = '{key}' and key = '{name}'")).SingleOrDefault()?["value_utf8"];

    /// <summary>Waits until the same-key child call (validate) waits in the key's inbox; returns its invocation id.</summary>
    private async Task<string> QueuedSelfCall(string service, string key)
    {
        await RestateClient.WaitUntilAsync(async () => (await Inbox(service, key)).Count == 1, Poll, "the same-key validate call waits in the key's inbox");
        return (await Inbox(service, key)).Single();
    }

    private async Task<List<string>> Inbox(string service, string key) =>
        (await _restate.QueryAsync($"select id from sys_inbox where service_name = '{service}' and service_key = '{key}' order by sequence_number")).Select(r => (string)r!["id"]!).ToList();

    private async Task<List<string>> SignalTargets(string invocationId) =>
        (await _restate.QueryAsync($"select entry_json from sys_journal where id = '{invocationId}' and entry_type = 'Command: SendSignal'"))
            .Select(r => (string)JsonNode.Parse((string)r!["entry_json"]!)!["Command"]!["SendSignal"]!["target_invocation_id"]!).ToList();

    private async Task<List<string>> JournalEntryTypes(string invocationId) =>
        (await _restate.QueryAsync($"select entry_type from sys_journal where id = '{invocationId}'")).Select(r => (string)r!["entry_type"]!).ToList();

    private async Task<IEnumerable<string>> StateKeys(string service, string key) =>
        (await _restate.QueryAsync($"select key from state where service_name = '{service}' and service_key = '{key}'")).Select(r => (string)r!["key"]!);
}
