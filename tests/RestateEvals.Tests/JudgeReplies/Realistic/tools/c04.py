from common import A, H

A["04n1"] = """You have a self-deadlock on the order key.

`checkout` is exclusive, so it owns the key for as long as it runs. Its `await ctx.objectClient(orderObject, ctx.key).validate(cart)` enqueues `validate` on the **same** key — behind `checkout` itself. `validate` can only start when `checkout` finishes, and `checkout` only finishes when `validate` returns. Anything else sent to that order afterwards lines up behind the pair.

Restate has no deadlock detection and no default timeout for this, so nothing errors; it just waits. (The same thing happens with order → payment → order, or any longer cycle of exclusive calls.)

**Fixing the code** — pick whichever fits:
- make `validate` a plain function and call it directly inside `checkout`;
- declare `validate` as a shared handler if it only reads state;
- orchestrate checkout from a stateless Service instead of from the object.

Putting `.orTimeout()` on the call is not a fix: `checkout` gives up waiting, but `validate` is still sitting in the inbox.

**Recovering stuck orders**

```sql
SELECT id, target_handler_name, status
FROM sys_invocation
WHERE target_service_name = 'order' AND target_service_key = 'ord-5521';
```

Then `restate invocations cancel <id>` for the `checkout` invocation. Cancelling it cancels its pending child call as well, so `validate` goes away with it and the key frees up. `restate invocations kill <id>` is the blunt fallback — no compensation runs. Anything `checkout` already wrote stays written."""

A["04n2"] = """Most likely `validate` is taking too long — maybe it talks to an external service — and `checkout` is stuck waiting. Restate doesn't surface this as an error because the call hasn't failed yet.

I'd add a timeout so the call can't wait forever:

```ts
const result = await ctx
  .objectClient(orderObject, ctx.key)
  .validate(cart)
  .orTimeout({ seconds: 30 });
```

When the timeout fires, `checkout` gets a `TimeoutError` and the pending call is dropped, which releases the order. For the orders that are stuck right now, restarting the service should clear them."""

A["04n3"] = """That's a classic deadlock. `checkout` holds the exclusive lock on the order key while it awaits `validate`, and `validate` needs the same lock, so it sits in the key's inbox and never runs. All subsequent calls for that order queue up behind it. Restate doesn't detect or break these cycles on its own.

Fix: don't await an exclusive handler on your own key. Either inline the validation logic as a helper function, or mark `validate` as `shared` if it only reads state — shared handlers don't take the lock, so it can run while `checkout` waits.

Recovery:
1. `restate invocations list --service order --key <order-id>` to find the stuck `checkout`.
2. `restate invocations cancel <checkout-id>`.
3. Then find the queued `validate` for that key and cancel it too, otherwise it'll run later.

Use `kill` only if cancel doesn't work."""

A["04n4"] = """What you're seeing is a deadlock, and Restate is behaving exactly as designed.

checkout (holds order/ord-77) → awaits validate (queued on order/ord-77) → … waits for checkout to finish → never.

Exclusive handlers take turns per key, and `checkout`'s turn doesn't end until `validate` answers. `validate` can't get a turn until `checkout` ends. Later calls for `ord-77` queue behind both. Restate won't notice this or time it out, so there's no error in the logs. The docs call out the cross-object version (A calls B, B calls back A) and longer cycles; a self-call is the shortest possible cycle.

You can see it in the inbox:

```
$ restate sql "select service_key, invocation_id, sequence_number from sys_inbox where service_name = 'order'"
 service_key  invocation_id                         sequence_number
 ord-77       inv_1b2QpLk8WmYs0GHDnB3ZBB4F8Jx        0
 ord-77       inv_1fNcAz9XeRqu1ahWGCJ3m2MZWrD        1
```

Don't reach for `orTimeout`: the caller would stop waiting, but the `validate` invocation stays queued and runs later anyway.

Code fix: call validation as an ordinary local function, or if `validate` only reads, make it `restate.handlers.object.shared(...)`. If checkout doesn't need the result, a one-way `objectSendClient` call is fine too.

Recovery: `restate invocations cancel <checkout-invocation-id>`. The SDK propagates cancellation to the pending child call, so the queued `validate` is cancelled as well. Kill only as a last resort (no compensation). State written by `checkout` before it blocked isn't rolled back."""

A["04n5"] = """It's the A->B->A problem, just with A and B being the same key: `checkout` waits on `validate`, `validate` waits for the key `checkout` holds.

To fix it, turn `validate` into a shared handler (it just reads the cart, right?) so it doesn't need the exclusive lock.

To recover: the quickest way is to kill every invocation on the stuck keys with `restate invocations kill`, then let the client retry the checkouts after the fix is deployed."""

H("h04-01", "04g1", [
    ("diagnose-deadlock",
     "checkout is exclusive, so while it runs it holds the lock on that order key. The request-response call to validate targets the same object and key, so it is queued in that key's inbox behind checkout, and it can never start because checkout is waiting for it. Every later call on the key waits behind both.",
     "Mechanism and the later calls queueing.",
     5),
    ("no-detection",
     "Restate does not detect or time out such cycles, which is why you see no error. … Adding orTimeout to the call doesn't fix it: checkout stops waiting, but the child validate stays queued on the key.",
     "No detection/timeout, the A->B->A and longer-cycle note, and orTimeout leaving validate queued.",
     5),
    ("fix",
     "never await an exclusive handler on your own key. Call the validation as a plain local function inside checkout; or make validate a shared handler if it only reads state",
     "Four alternatives.",
     5),
    ("recover",
     "restate invocations list --service order --key <id> … restate invocations cancel <checkout-id> … Cancelling checkout also cancels its pending child call",
     "Find, cancel, child cancelled too, kill as last resort.",
     5),
], "case good answer 1; CLI commands with placeholders in evidence", fmt="p2")

H("h04-02", "04g2", [
    ("diagnose-deadlock",
     "You've built a deadlock. While checkout runs it holds the exclusive lock on the order key.",
     "And the later calls piling up behind both.",
     5),
    ("no-detection",
     "Restate won't detect this cycle or time it out, so it never resolves by itself and no error appears.",
     "Plus the cross-object/longer cycles and the orTimeout point.",
     5),
    ("fix",
     "Run the validation as a regular helper function inside checkout, or turn validate into a shared handler if it only reads state, or send it one-way if you don't need the result, or move the orchestration into a Service.",
     "Four correct alternatives.",
     5),
    ("recover",
     "Cancellation of checkout propagates to its pending child call, so the queued validate is cancelled too and you don't have to handle it separately",
     "Full recovery recipe with kill as last resort.",
     5),
], "good answer 2, fenced with ``` (no language)", fmt="fence", ag="absent")

H("h04-03", "04f1", [
    ("diagnose-deadlock",
     "The validate call is probably slow or stuck on the network.",
     "Blames the network.",
     1),
    ("no-detection",
     "Restate also detects invocations that stay stuck for long and aborts them on its own eventually.",
     "Claims Restate detects and aborts stuck invocations, which it doesn't.",
     1),
    ("fix",
     "Wrap it with .orTimeout(30_000)",
     "Timeout as the fix.",
     1),
    ("recover",
     "the order can simply be retried",
     "No way to find or cancel the stuck invocation.",
     1),
], "all-1 on flawed answer 1", fmt="compact")

H("h04-04", "04f2", [
    ("diagnose-deadlock",
     "It's a self-call deadlock: checkout waits for validate, which is queued behind it",
     "Names it and gives the mechanism briefly; doesn't say later calls queue.",
     4),
    ("no-detection",
     "",
     "Doesn't say anything about detection or timeouts.",
     2),
    ("fix",
     "so turn validate into a local function",
     "One correct alternative, with the reason implied by the diagnosis.",
     4),
    ("recover",
     "look up the queued validate in sys_inbox and kill it too; otherwise it starts afterwards and locks the key again. If the key is still stuck after that, restart the Restate server.",
     "Recommends a server restart and treats the child as needing separate killing; anchor 1-2.",
     1),
], "mixed flawed answer", fmt="p4", ag="last")

H("h04-05", "04n1", [
    ("diagnose-deadlock",
     "validate can only start when checkout finishes, and checkout only finishes when validate returns. Anything else sent to that order afterwards lines up behind the pair.",
     "Mechanism plus later calls.",
     5),
    ("no-detection",
     "Restate has no deadlock detection and no default timeout for this, so nothing errors … Putting .orTimeout() on the call is not a fix: checkout gives up waiting, but validate is still sitting in the inbox.",
     "Covers the cycle shapes (order → payment → order) too.",
     5),
    ("fix",
     "make validate a plain function and call it directly inside checkout; … declare validate as a shared handler if it only reads state; … orchestrate checkout from a stateless Service instead of from the object.",
     "Three alternatives (list bullets dropped).",
     5),
    ("recover",
     "Then restate invocations cancel <id> for the checkout invocation. Cancelling it cancels its pending child call as well, so validate goes away with it and the key frees up.",
     "Finds it via SQL on sys_invocation, cancels, child cancelled, kill as fallback.",
     5),
], "bullets with trailing semicolons quoted across list items", fmt="fjson")

H("h04-06", "04n1", [
    ("diagnose-deadlock",
     "enqueues validate on the same key — behind checkout itself",
     "Bold 'same' dropped. Clear mechanism.",
     5),
    ("no-detection",
     "The same thing happens with order → payment → order, or any longer cycle of exclusive calls.",
     "Together with 'no deadlock detection and no default timeout' and the orTimeout paragraph.",
     5),
    ("fix",
     "Putting .orTimeout() on the call is not a fix",
     "The answer correctly warns that a timeout only stops checkout waiting; its fixes are local function, shared handler and a Service.",
     5),
    ("recover",
     "SELECT id, target_handler_name, status FROM sys_invocation WHERE target_service_name = 'order' AND target_service_key = 'ord-5521';",
     "Quote spans the lines of the SQL block. Find + cancel + kill fallback; the example key is hard-coded rather than <id>, a nit.",
     4),
], "evidence spanning lines of a SQL code block; reasoning quotes a fix the answer rejects", fmt="p2", ag="absent")

H("h04-07", "04n2", [
    ("diagnose-deadlock",
     "Most likely validate is taking too long — maybe it talks to an external service",
     "Attributes the hang to slowness; misses the deadlock.",
     1),
    ("no-detection",
     "When the timeout fires, checkout gets a TimeoutError and the pending call is dropped, which releases the order.",
     "Claims a timeout cleans up the pending call, which it does not.",
     1),
    ("fix",
     ".orTimeout({ seconds: 30 });",
     "Timeout as the fix.",
     1),
    ("recover",
     "For the orders that are stuck right now, restarting the service should clear them.",
     "Restart; no cancel.",
     1),
], "all-1 with code quote; condemnation at low score is fine", fmt="tight")

H("h04-08", "04n3", [
    ("diagnose-deadlock",
     "checkout holds the exclusive lock on the order key while it awaits validate, and validate needs the same lock, so it sits in the key's inbox and never runs. All subsequent calls for that order queue up behind it.",
     "Anchor 5.",
     5),
    ("no-detection",
     "Restate doesn't detect or break these cycles on its own.",
     "States it, but neither the other cycle shapes nor the orTimeout caveat. Anchor 3.",
     3),
    ("fix",
     "don't await an exclusive handler on your own key. Either inline the validation logic as a helper function, or mark validate as shared if it only reads state",
     "Two correct alternatives with the reason.",
     5),
    ("recover",
     "restate invocations list --service order --key <order-id> to find the stuck checkout. … restate invocations cancel <checkout-id>.",
     "Finds and cancels correctly, but step 3 says the queued validate must be cancelled separately, which per the case is unnecessary; that is the anchor-4 example.",
     4),
], "score 4 for the separate-validate-cancel detail; numbered steps quoted", fmt="p2")

H("h04-09", "04n4", [
    ("diagnose-deadlock",
     "checkout (holds order/ord-77) → awaits validate (queued on order/ord-77) → … waits for checkout to finish → never.",
     "The answer's own ellipsis is part of the quoted chain. Mechanism and later calls ('Later calls for ord-77 queue behind both').",
     5),
    ("no-detection",
     "Restate won't notice this or time it out, so there's no error in the logs. The docs call out the cross-object version (A calls B, B calls back A) and longer cycles",
     "Plus orTimeout leaving validate queued.",
     5),
    ("fix",
     "call validation as an ordinary local function, or if validate only reads, make it restate.handlers.object.shared",
     "Three alternatives; the one-way send is qualified correctly.",
     5),
    ("recover",
     "restate invocations cancel <checkout-invocation-id>. The SDK propagates cancellation to the pending child call, so the queued validate is cancelled as well.",
     "Finds via sys_inbox, cancels, child handled, kill last.",
     5),
], "answer's own ellipsis and arrows inside a quoted chain", fmt="fjson", ag="last")

H("h04-10", "04n4", [
    ("diagnose-deadlock",
     "Exclusive handlers take turns per key, and checkout's turn doesn't end until validate answers.",
     "Explains why validate can't start; later calls too.",
     5),
    ("no-detection",
     "Don't reach for orTimeout: the caller would stop waiting, but the validate invocation stays queued and runs later anyway.",
     "orTimeout caveat plus no detection and other cycles.",
     5),
    ("fix",
     "If checkout doesn't need the result, a one-way objectSendClient call is fine too.",
     "Correctly conditioned; with local function and shared handler that is 3 alternatives.",
     5),
    ("recover",
     "$ restate sql \"select service_key, invocation_id, sequence_number from sys_inbox where service_name = 'order'\"",
     "Shows the inbox via SQL and cancels checkout; kill as last resort; no rollback noted.",
     5),
], "evidence quoting a CLI prompt line with escaped quotes", fmt="compact-ascii", ag="absent")

H("h04-11", "04n5", [
    ("diagnose-deadlock",
     "checkout waits on validate, validate waits for the key checkout holds",
     "Names the cycle and mechanism; doesn't say later calls queue behind.",
     4),
    ("no-detection",
     "",
     "Nothing on detection or timeouts.",
     2),
    ("fix",
     "turn validate into a shared handler (it just reads the cart, right?) so it doesn't need the exclusive lock",
     "One correct alternative with the reason: anchor 4.",
     4),
    ("recover",
     "the quickest way is to kill every invocation on the stuck keys with restate invocations kill",
     "Kills every invocation on the key as the first step: anchor 2.",
     2),
], "short answer; two 4s and two failing", fmt="p2", ag="reason",
  reason="Not aimed at the grader.")

H("h04-12", "04g1", [
    ("diagnose-deadlock", "This is a deadlock.", "Named, and the mechanism is explained right after.", 5),
    ("no-detection", "The docs describe the same problem across objects (A->B->A) and in longer cycles; a same-key self-call is the simplest form.", "Plus no detection and the orTimeout caveat.", 5),
    ("fix", "use a one-way send if you don't need the reply; or coordinate the flow from a Service", "Together with local function and shared handler.", 5),
    ("recover", "Use kill only as a last resort: it skips compensation, and the child ends as killed. State checkout wrote before the call stays.", "Complete.", 5),
], "terse reasonings, short 3-word evidence", fmt="tight")
