from common import A, H

A["06n1"] = """Two different answers here.

**1. No rollback.** Restate handlers are not database transactions. When `withdraw` throws `TerminalError('payment declined')`, the `ctx.set('balance', …)` you did earlier has already been journaled and stays. The same goes for a cancelled or killed invocation. If you want the balance back, you have to put it back.

The cleanest fix is to reorder so there's nothing to undo:

```ts
const balance = (await ctx.get<number>("balance")) ?? 0;
if (balance < amount) throw new restate.TerminalError("insufficient funds");
const paid = await ctx.run("charge", () => provider.charge(req.paymentId, amount));
if (!paid) throw new restate.TerminalError("payment declined");
ctx.set("balance", balance - amount);
```

The caller still gets the TerminalError on a decline; the balance just never moved.

**2. No double decrement.** After a crash Restate re-invokes the handler and replays its journal. `ctx.get` returns the value recorded in the journal, the `ctx.set` that was already journaled isn't applied a second time, and a `ctx.run` that completed returns its stored result without calling the provider again. So the decrement lands exactly once. Only a `ctx.run` that was still in progress when the crash happened will run again — give the provider an idempotency key (here `req.paymentId`) for that case.

Plain exceptions are retried with backoff like a crash; a `TerminalError` is never retried and fails the invocation right away."""

A["06n2"] = """Restate is durable, so it partly behaves like a transaction: the writes of the failed attempt are discarded when the handler throws, and the last committed state is kept. In practice your balance should end up back where it was, but I wouldn't rely on it for money — add an explicit check.

On the crash question: Restate probably handles this through its journal, but to be safe I'd keep a `processedWithdrawals` set in state and skip the decrement if the withdrawal ID is already in there.

Also note that a TerminalError is retried a few times before the invocation is marked failed, so make sure the payment call is idempotent."""

A["06n3"] = """Short version: **no automatic rollback**, and **no double decrement**.

### The TerminalError case

Restate isn't a transactional database. A `ctx.set` is recorded in the invocation's journal when it happens; throwing a `TerminalError` afterwards ends the invocation but doesn't undo the write. Same story if someone cancels or kills the invocation. So today a declined payment leaves the wallet short by `amount`.

Compensate explicitly, saga-style, and still fail the call:

```ts
const before = (await ctx.get<number>("balance")) ?? 0;
ctx.set("balance", before - amount);
try {
  await ctx.run("charge", () => provider.charge(amount, { idempotencyKey: ctx.rand.uuidv4() }));
} catch (e) {
  if (e instanceof restate.TerminalError) {
    ctx.set("balance", before); // undo
  }
  throw e;
}
```

(Or just do the `ctx.set` after the charge succeeded.)

### The crash case

| step | first attempt | after crash (replay) |
|---|---|---|
| `ctx.get("balance")` | reads 100 | returns journaled 100 |
| `ctx.set("balance", 90)` | journaled | not applied again |
| `ctx.run("charge")` | calls provider | returns recorded result if it completed |

The decrement is therefore applied once.

### Which errors are retried

Any regular exception (or a crash) → retried with exponential backoff, replaying the journal each time. `TerminalError` → not retried; the invocation fails and the caller receives the error."""

A["06n4"] = """Correct that there's no rollback — a TerminalError doesn't undo state changes. After the decline, the balance stays decremented. You should restore it yourself before throwing:

```ts
if (!ok) {
  ctx.set("balance", balance);
  throw new restate.TerminalError("payment declined");
}
```

For crashes: Restate journals every step, so on replay the `ctx.set` isn't repeated and a completed `ctx.run` isn't re-executed. No double decrement.

One caveat: TerminalErrors are retried a few times with backoff before the invocation is finally failed, so the compensation may run more than once — that's fine since it just sets the old value."""

A["06n5"] = """Let's walk through what actually happens.

**Decline path:**
1. `ctx.get('balance')` → 100
2. `ctx.set('balance', 90)` — written to the journal
3. `ctx.run` → provider says "declined"
4. `throw new restate.TerminalError('payment declined')` → invocation fails, not retried

After step 4 the balance is 90. Restate does not roll back; nothing in a handler behaves like a DB transaction (the same holds if the invocation is cancelled or killed). Either move the `ctx.set` after a successful charge, or in the decline branch set it back to 100 and *then* throw the TerminalError so the caller still sees the decline.

**Crash path:** suppose the process dies between step 2 and step 3. Restate retries with backoff and replays: step 1 returns the journaled 100, step 2 is already in the journal so it isn't applied again, and step 3 runs for the first time. Had the crash happened after step 3 completed, its result would be replayed from the journal and the provider wouldn't be called twice. Either way: one decrement."""

H("h06-01", "06g1", [
    ("no-rollback",
     "Restate does not roll back. State you wrote before throwing a TerminalError stays, and the same is true after a cancel or kill: a handler is not a database transaction. So after 'payment declined' your balance remains decremented unless you compensate explicitly.",
     "Anchor 5 in full.",
     5),
    ("compensate",
     "ctx.set(\"balance\", balance); // compensation\n  throw new restate.TerminalError(\"payment declined\");",
     "Restores and rethrows; reorder is offered as well.",
     5),
    ("exactly-once-retry",
     "ctx.get returns the journaled value, the journaled ctx.set is not applied again, and a ctx.run whose result was journaled returns that result instead of calling the provider again",
     "Mechanism via journal replay.",
     5),
    ("terminal-vs-retryable",
     "Ordinary errors are retried like that, with backoff. A TerminalError is not retried: it stops and fails the invocation.",
     "Both behaviours, linked to replay; 'the caller still sees the failure' appears earlier.",
     5),
], "good answer 1", fmt="p2")

H("h06-02", "06g2", [
    ("no-rollback",
     "When withdraw throws a TerminalError, the balance you already set is not undone; it persists, exactly as it would after a cancel or a kill.",
     "And 'A Restate handler isn't a database transaction'.",
     5),
    ("compensate",
     "If you keep the current order, catch the decline, restore the previous balance, and rethrow the TerminalError so the caller still gets the failure (the saga pattern).",
     "Both patterns, error rethrown.",
     5),
    ("exactly-once-retry",
     "The decrement is therefore applied exactly once, and you don't need a processed flag in state.",
     "The answer correctly says a processed flag is unnecessary; the mechanism sentence precedes it.",
     5),
    ("terminal-vs-retryable",
     "A plain exception (or a crash) is retried with backoff, replaying from the journal as above. A TerminalError is not retried: it stops execution and fails the invocation, returning the error to the caller.",
     "Anchor 5.",
     5),
], "good answer 2; reasoning mentions an idea (processed flag) the answer rejects", fmt="fence", ag="absent")

H("h06-03", "06f1", [
    ("no-rollback",
     "the state changes of that invocation are discarded, so the balance is restored automatically",
     "Claims a transactional rollback.",
     1),
    ("compensate",
     "",
     "Relies on automatic undo.",
     1),
    ("exactly-once-retry",
     "the retry re-runs the handler from the beginning, so the balance could be decremented twice. Store a processed flag per request ID in state",
     "Double decrement + processed flag: anchor 1.",
     1),
    ("terminal-vs-retryable",
     "",
     "Says nothing clear about which errors are retried.",
     2),
], "flawed 1", fmt="compact")

H("h06-04", "06f2", [
    ("no-rollback",
     "So the balance isn't rolled back",
     "Says there is no rollback, without the transaction contrast or the cancel/kill case.",
     4),
    ("compensate",
     "keep the original balance in a second state key and compare before every write",
     "Not a compensation for the decline; relies on a misunderstanding of retries.",
     2),
    ("exactly-once-retry",
     "each retry re-executes both the ctx.run and the ctx.set",
     "Wrong about replay; suggests drift and manual dedupe.",
     1),
    ("terminal-vs-retryable",
     "A TerminalError makes Restate retry the handler with backoff until the provider accepts the payment",
     "Confuses the two: TerminalError is not retried.",
     1),
], "flawed 2 with one passing score", fmt="p4", ag="last")

H("h06-05", "06n1", [
    ("no-rollback",
     "No rollback. Restate handlers are not database transactions. When withdraw throws TerminalError('payment declined'), the ctx.set('balance', …) you did earlier has already been journaled and stays.",
     "Bold heading number dropped; the answer's own ellipsis is inside the quote. Also covers cancel/kill.",
     5),
    ("compensate",
     "The cleanest fix is to reorder so there's nothing to undo … The caller still gets the TerminalError on a decline; the balance just never moved.",
     "Reorder with TerminalError still thrown.",
     5),
    ("exactly-once-retry",
     "ctx.get returns the value recorded in the journal, the ctx.set that was already journaled isn't applied a second time, and a ctx.run that completed returns its stored result without calling the provider again",
     "Mechanism complete.",
     5),
    ("terminal-vs-retryable",
     "Plain exceptions are retried with backoff like a crash; a TerminalError is never retried and fails the invocation right away.",
     "Both; caller-sees-error is stated above.",
     5),
], "answer's own '…' inside quoted code argument; '1.' heading dropped", fmt="fjson")

H("h06-06", "06n2", [
    ("no-rollback",
     "the writes of the failed attempt are discarded when the handler throws, and the last committed state is kept",
     "Partial rollback claim: anchor 2.",
     2),
    ("compensate",
     "I wouldn't rely on it for money — add an explicit check",
     "Generic 'add a check', relies on the non-existent discard.",
     2),
    ("exactly-once-retry",
     "Restate probably handles this through its journal, but to be safe I'd keep a processedWithdrawals set in state",
     "Hedged, with manual dedupe 'to be safe': anchor 2.",
     2),
    ("terminal-vs-retryable",
     "a TerminalError is retried a few times before the invocation is marked failed",
     "Partly confuses them.",
     2),
], "hedging answer, all 2s", fmt="p2", ag="absent")

H("h06-07", "06n3", [
    ("no-rollback",
     "no automatic rollback … throwing a TerminalError afterwards ends the invocation but doesn't undo the write. Same story if someone cancels or kills the invocation.",
     "Bold dropped. Plus 'Restate isn't a transactional database' and the consequence (wallet short by amount).",
     5),
    ("compensate",
     "ctx.set(\"balance\", before); // undo\n  }\n  throw e;",
     "Compensates and rethrows; the reorder is mentioned too. The catch also rethrows non-terminal errors, which is right.",
     5),
    ("exactly-once-retry",
     "ctx.set(\"balance\", 90) | journaled | not applied again",
     "The replay table shows get, set and run behaviour. Quoting a table row, pipes included.",
     5),
    ("terminal-vs-retryable",
     "TerminalError → not retried; the invocation fails and the caller receives the error.",
     "And regular exceptions retried with backoff replaying the journal.",
     5),
], "evidence quoting a markdown table row including pipes, and a multi-line code fragment", fmt="p2")

H("h06-08", "06n3", [
    ("no-rollback",
     "So today a declined payment leaves the wallet short by amount.",
     "States the consequence; the no-rollback statement is in the heading line.",
     5),
    ("compensate",
     "Compensate explicitly, saga-style, and still fail the call",
     "Concrete try/catch with rethrow.",
     5),
    ("exactly-once-retry",
     "The decrement is therefore applied once.",
     "The table above it explains the journaled get/set/run.",
     5),
    ("terminal-vs-retryable",
     "Any regular exception (or a crash) → retried with exponential backoff, replaying the journal each time.",
     "Both behaviours.",
     5),
], "second judge on the same markdown answer, compact", fmt="compact", ag="reason",
  reason="The answer does not address the grader.")

H("h06-09", "06n4", [
    ("no-rollback",
     "a TerminalError doesn't undo state changes. After the decline, the balance stays decremented.",
     "Clear, with consequence; the transaction contrast and cancel/kill are missing.",
     4),
    ("compensate",
     "ctx.set(\"balance\", balance);\n  throw new restate.TerminalError(\"payment declined\");",
     "Restore then rethrow.",
     5),
    ("exactly-once-retry",
     "on replay the ctx.set isn't repeated and a completed ctx.run isn't re-executed. No double decrement.",
     "Both mechanisms.",
     5),
    ("terminal-vs-retryable",
     "TerminalErrors are retried a few times with backoff before the invocation is finally failed",
     "Says TerminalErrors are retried: anchor 2.",
     2),
], "mixed answer: one 2 on terminal-vs-retryable", fmt="tight", ag="absent")

H("h06-10", "06n5", [
    ("no-rollback",
     "After step 4 the balance is 90. Restate does not roll back; nothing in a handler behaves like a DB transaction (the same holds if the invocation is cancelled or killed).",
     "Anchor 5.",
     5),
    ("compensate",
     "in the decline branch set it back to 100 and then throw the TerminalError so the caller still sees the decline",
     "Italic 'then' dropped. Restore-and-rethrow, or reorder.",
     5),
    ("exactly-once-retry",
     "step 1 returns the journaled 100, step 2 is already in the journal so it isn't applied again, and step 3 runs for the first time. Had the crash happened after step 3 completed, its result would be replayed from the journal",
     "Walks through the replay.",
     5),
    ("terminal-vs-retryable",
     "throw new restate.TerminalError('payment declined') → invocation fails, not retried … Restate retries with backoff and replays",
     "Terminal not retried; crash retried with backoff. It doesn't say the caller receives the error explicitly beyond 'so the caller still sees the decline' - close enough, 5.",
     5),
], "numbered steps, italics dropped, fragments out of order", fmt="p2-ascii", ag="last")

H("h06-11", "06n5", [
    ("no-rollback", "Restate does not roll back; nothing in a handler behaves like a DB transaction", "Explicit, with cancel/kill.", 5),
    ("compensate", "Either move the ctx.set after a successful charge", "Reorder; the restore variant is also there with the TerminalError thrown afterwards.", 5),
    ("exactly-once-retry", "Either way: one decrement.", "Conclusion follows a step-by-step replay explanation; the mechanism covers get, set and run.", 5),
    ("terminal-vs-retryable", "invocation fails, not retried", "Retryable vs terminal are both there; the link to the caller is brief. 4.", 4),
], "very short quotes: 'Either way: one decrement.' (3+ words) and 'invocation fails, not retried'", fmt="compact")

H("h06-12", "06g1", [
    ("no-rollback", "a handler is not a database transaction", "The answer states it plainly with the consequence.", 5),
    ("compensate", "Either reorder, so the balance is only set after the payment succeeds, or restore it before rethrowing", "Both concrete patterns; the caller still sees the failure.", 5),
    ("exactly-once-retry", "If the process crashes after the set, Restate retries the invocation and replays it from its journal", "Mechanism complete.", 5),
    ("terminal-vs-retryable", "Ordinary errors are retried like that, with backoff.", "Paired with TerminalError not retried.", 5),
], "second judge on good answer 1, ascii escaped fence", fmt="fjson-ascii", ag="absent")
