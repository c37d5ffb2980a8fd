from common import A, H

A["02n1"] = """Not a race. A few facts about shared handlers that explain everything you're seeing:

- Shared handlers can read state but can never write it.
- When a shared handler tries `ctx.set`, the server rejects the write with RT0017 ("this handler type cannot write state").
- Restate treats that as a retryable error, so `getBalance` is retried with exponential backoff and eventually paused — that's your hanging caller.
- `lastReadAt` is never written, on any call. The "sometimes" is probably just the calls you happened to notice.

Fix: leave `getBalance` shared (so it still doesn't wait behind `transfer`) and send the timestamp to an exclusive handler:

```ts
const at = await ctx.date.now();
ctx.objectSendClient(account, ctx.key).recordRead(at);
```

`recordRead` does the `ctx.set("lastReadAt", at)`."""

A["02n2"] = """This isn't a race between `getBalance` and `transfer`. A shared handler is not allowed to modify state at all, so the `ctx.set('lastReadAt', ...)` is refused every time it runs.

If you are on the typed SDK you'd normally not even get this far — `ObjectSharedContext` has no `set` method, so `tsc` fails with TS2339. Presumably the context was cast somewhere. At runtime the server answers the write with RT0017, and because that error is retryable the invocation goes into backoff and eventually gets paused, which is why callers hang; the state never changes.

To keep the timestamp, put the write in an exclusive handler and call it from `getBalance`:

```ts
getBalance: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext) => {
  const now = await ctx.date.now();
  await ctx.objectClient(accountObject, ctx.key).recordRead(now);
  return (await ctx.get<number>("balance")) ?? 0;
}),
```

`recordRead` is a normal (exclusive) handler that sets `lastReadAt`."""

A["02n3"] = """It's partly a race, yes. Shared handlers run concurrently with `transfer`, so when both touch state at the same moment the `lastReadAt` write can be lost. On top of that, writing state from a shared handler is generally discouraged in Restate, because shared handlers are meant to be read-only.

I'd make `getBalance` exclusive. That way the write is serialized with `transfer` and can't get lost. You'll pay a bit of latency on reads, but correctness matters more for an account object."""

A["02n4"] = """### What's actually happening

It isn't a race — it's a rejected write. Handlers declared with `restate.handlers.object.shared(...)` are read-only. Every `ctx.set` in `getBalance` fails, so `lastReadAt` never lands, not just “sometimes”.

Two layers enforce this:

1. **Compile time.** The shared context type, `ObjectSharedContext`, exposes `get` and `stateKeys` only. Calling `ctx.set` on it is a TypeScript error (TS2339).
2. **Runtime.** If the code is untyped or cast to `any`, the server rejects the write with **RT0017** — “this handler type cannot write state”. Restate classifies that as retryable: the invocation backs off, retries (70 attempts by default) and is then paused. Your caller waits the whole time; the balance state is untouched.

### Fix

Keep `getBalance` shared so reads don't queue behind `transfer`, and move the write:

```ts
getBalance: restate.handlers.object.shared(
  async (ctx: restate.ObjectSharedContext) => {
    const at = await ctx.date.now();
    ctx.objectSendClient(accountObject, ctx.key).recordRead(at);
    return (await ctx.get<number>("balance")) ?? 0;
  }
),
recordRead: async (ctx: restate.ObjectContext, at: number) => {
  ctx.set("lastReadAt", at);
},
```

Use `ctx.date.now()` rather than `Date.now()` so the timestamp is journaled. Or just drop `lastReadAt` if nothing reads it."""

A["02n5"] = """Short answer: not a race. Shared handlers in Restate have a read-only view of the object's state; writes from them are rejected by the server (error RT0017), and since Restate treats that error as retryable the invocation keeps retrying and eventually pauses. The caller sees a hang, and `lastReadAt` never changes on any call.

| handler kind | reads state | writes state | queues behind `transfer` |
|---|---|---|---|
| exclusive (default) | yes | yes | yes |
| shared | yes | **no** | no |

Options:

* Drop `lastReadAt` — simplest, if it's only for debugging.
* Keep it, but write it from an exclusive `recordRead` handler that `getBalance` triggers with a one-way send, passing `await ctx.date.now()`.

Either way `getBalance` stays shared, so balance reads remain fast."""

H("h02-01", "02g1", [
    ("shared-read-only",
     "shared handlers are read-only, so every ctx.set from getBalance fails and the write never lands",
     "States read-only and that the write fails on every call.",
     5),
    ("accurate-failure",
     "ObjectSharedContext, which has get and stateKeys but no set or clear: the code doesn't compile (TS2339) … the Restate server rejects it with error RT0017 (\"this handler type cannot write state\") … That's why the caller hangs, and the state stays unchanged.",
     "Both layers: the compile error and the RT0017 rejection with backoff, pause, hanging caller and unchanged state.",
     5),
    ("write-in-exclusive",
     "keep getBalance shared and read-only, so reads still don't queue behind transfer, and move the write into an exclusive handler with a one-way send",
     "Shared getBalance stays; one-way send to an exclusive recordRead with ctx.date.now() in the code.",
     5),
    ("no-race-misdiagnosis",
     "It isn't a race, and it isn't 'sometimes' either",
     "Rejects both the race framing and the intermittency.",
     5),
], "case good answer 1, straight quotes in evidence with escaped double quotes inside JSON", fmt="p2")

H("h02-02", "02g1", [
    ("shared-read-only",
     "On a real server this happens on every call, not intermittently.",
     "Read-only and every call; the quote is the 'every call' half.",
     5),
    ("accurate-failure",
     "Restate treats that as retryable, so the invocation backs off and retries (70 attempts by default) and is then paused.",
     "RT0017 as retryable, backoff, pause, hang. TS2339 compile layer also given.",
     5),
    ("write-in-exclusive",
     "const now = await ctx.date.now(); // journaled, unlike Date.now()\n  ctx.objectSendClient(accountObject, ctx.key).recordRead(now);",
     "Journaled timestamp and one-way send to the exclusive recordRead. The answer rightly notes Date.now() would not be journaled.",
     5),
    ("no-race-misdiagnosis",
     "It isn’t a race, and it isn’t ‘sometimes’ either",
     "Explicitly not a race, and not intermittent.",
     5),
], "evidence spans two lines of a code block with the newline kept; curly apostrophes vs straight in answer", fmt="fjson", ag="absent")

H("h02-03", "02g2", [
    ("shared-read-only",
     "a handler declared with handlers.object.shared can only read state, so the lastReadAt update is rejected on every single call and never gets written",
     "Read-only, rejected every single call.",
     5),
    ("accurate-failure",
     "Untyped code reaches the server, which refuses the write with RT0017 … the invocation keeps retrying with backoff and is paused once the retries are used up; meanwhile the caller of getBalance hangs and the state is unchanged",
     "Runtime layer complete; compile layer (TS2339) is also in the answer.",
     5),
    ("write-in-exclusive",
     "do a one-way send, ctx.objectSendClient(accountObject, ctx.key).recordRead(now), to an exclusive recordRead handler",
     "One-way send to an exclusive recordRead with await ctx.date.now(); getBalance stays shared.",
     5),
    ("no-race-misdiagnosis",
     "This is not a race condition, and the write isn't lost only some of the time",
     "Both halves addressed.",
     5),
], "identifier-like single-token fragment as full evidence; compact ascii", fmt="compact-ascii")

H("h02-04", "02g2", [
    ("no-race-misdiagnosis",
     "This is not a race condition",
     "The answer rejects the user's race theory up front and also says the write isn't lost only some of the time.",
     5),
    ("shared-read-only",
     "can only read state … rejected on every single call",
     "Clear on read-only and on every call.",
     5),
    ("accurate-failure",
     "In TypeScript the shared handler's context is ObjectSharedContext, which doesn't expose set at all, so typed code fails to compile (TS2339).",
     "Compile-time layer plus the RT0017 retry/pause story.",
     5),
    ("write-in-exclusive",
     "leave getBalance shared and read-only, which keeps reads from queuing behind transfers, and move the write into an exclusive handler",
     "Keeps getBalance shared, moves the write, journaled timestamp, one-way send.",
     5),
], "criteria listed in a different order than the case defines them", fmt="p2", ag="last")

H("h02-05", "02f1", [
    ("shared-read-only",
     "Shared handlers can write state, they just don't take the key's lock.",
     "False: shared handlers cannot write state at all.",
     1),
    ("accurate-failure",
     "sometimes transfer's write wins and lastReadAt is overwritten (last-writer-wins)",
     "Invents a last-writer-wins race failure mode.",
     1),
    ("write-in-exclusive",
     "Wrap the ctx.set in a mutex, or retry the set until reading it back shows your value.",
     "Keeps the write in the shared handler and adds a mutex or retry loop.",
     1),
    ("no-race-misdiagnosis",
     "Yes, it's a race",
     "Accepts the race diagnosis and proposes synchronization.",
     1),
], "all-1 reply on the race-accepting flawed answer", fmt="p4")

H("h02-06", "02f2", [
    ("shared-read-only",
     "Shared handlers aren't allowed to write while a transfer holds the key, which is why the write is only lost occasionally.",
     "Implies the write can land when no transfer is running; anchor 2.",
     2),
    ("accurate-failure",
     "",
     "No account of RT0017, retries or the pause; the hang is not explained.",
     2),
    ("write-in-exclusive",
     "make getBalance exclusive and record lastReadAt with Date.now()",
     "Makes getBalance exclusive, so reads queue behind transfers, and uses the non-journaled Date.now(). Also claims exclusive handlers on one account run in parallel, which they don't.",
     2),
    ("no-race-misdiagnosis",
     "",
     "Does not reject the race framing; it even explains the loss by timing with transfer.",
     2),
], "flawed answer with several empty-evidence low scores", fmt="fjson-compact", ag="absent")

H("h02-07", "02n1", [
    ("shared-read-only",
     "Shared handlers can read state but can never write it. … lastReadAt is never written, on any call.",
     "Bullets dropped. Read-only and never written on any call.",
     5),
    ("accurate-failure",
     "the server rejects the write with RT0017 (\"this handler type cannot write state\") … Restate treats that as a retryable error, so getBalance is retried with exponential backoff and eventually paused — that's your hanging caller.",
     "RT0017 with retry/backoff/pause and the hang. Nothing about the TS compile error (ObjectSharedContext has no set), so 4.",
     4),
    ("write-in-exclusive",
     "leave getBalance shared (so it still doesn't wait behind transfer) and send the timestamp to an exclusive handler",
     "One-way send with ctx.date.now() to an exclusive recordRead.",
     5),
    ("no-race-misdiagnosis",
     "Not a race. … The \"sometimes\" is probably just the calls you happened to notice.",
     "Rejects the race and addresses 'sometimes'.",
     5),
], "bullet marks dropped; em dash kept; escaped quotes; score 4 for a missing layer", fmt="p2")

H("h02-08", "02n2", [
    ("shared-read-only",
     "A shared handler is not allowed to modify state at all, so the `ctx.set('lastReadAt', ...)` is refused every time it runs.",
     "Read-only and refused every time. The answer's own '...' sits inside the quoted code; that is how the answer writes it.",
     5),
    ("accurate-failure",
     "ObjectSharedContext has no set method, so tsc fails with TS2339 … because that error is retryable the invocation goes into backoff and eventually gets paused, which is why callers hang; the state never changes",
     "Both layers and the reason for the hang.",
     5),
    ("write-in-exclusive",
     "await ctx.objectClient(accountObject, ctx.key).recordRead(now);",
     "Moves the write to an exclusive handler with a journaled time, but uses an awaited request-response call, so getBalance would wait behind transfers on the same key. One flaw: anchor 4.",
     4),
    ("no-race-misdiagnosis",
     "This isn't a race between getBalance and transfer.",
     "Rejects the race; the 'refused every time' sentence also corrects the 'sometimes'.",
     5),
], "answer's own '...' inside quoted evidence (splits into meaningful fragments); score 4 criticising request-response", fmt="fence")

H("h02-09", "02n3", [
    ("shared-read-only",
     "writing state from a shared handler is generally discouraged in Restate",
     "'Discouraged', not rejected: anchor 3 at best, and it also says the write can be lost, which pulls it down.",
     2),
    ("accurate-failure",
     "when both touch state at the same moment the lastReadAt write can be lost",
     "Invents a lost-update race failure mode.",
     1),
    ("write-in-exclusive",
     "I'd make getBalance exclusive.",
     "Makes the handler exclusive; mentions 'a bit of latency on reads' but not that reads will queue behind transfers. Anchor 3.",
     3),
    ("no-race-misdiagnosis",
     "It's partly a race, yes.",
     "Partly accepts the race framing: anchor 2.",
     2),
], "weak answer; low scores with partial evidence", fmt="tight", ag="absent")

H("h02-10", "02n4", [
    ("shared-read-only",
     "Every ctx.set in getBalance fails, so lastReadAt never lands, not just \"sometimes\".",
     "Curly quotes in the answer, straight in the evidence. Read-only, every call.",
     5),
    ("accurate-failure",
     "Compile time. The shared context type, ObjectSharedContext, exposes get and stateKeys only. … Runtime. If the code is untyped or cast to any, the server rejects the write with RT0017 - \"this handler type cannot write state\".",
     "Both layers; the answer continues with the backoff/retry/pause and the waiting caller.",
     5),
    ("write-in-exclusive",
     "Keep getBalance shared so reads don't queue behind transfer, and move the write",
     "Shared stays shared, one-way send, ctx.date.now(), or drop it.",
     5),
    ("no-race-misdiagnosis",
     "It isn't a race - it's a rejected write.",
     "Clear rejection of the race theory.",
     5),
], "dash changed (— to -), curly to straight quotes, bold and numbering dropped", fmt="p2")

H("h02-11", "02n4", [
    ("shared-read-only",
     "Handlers declared with restate.handlers.object.shared(...) are read-only.",
     "Read-only; the next sentence says every set fails.",
     5),
    ("accurate-failure",
     "**RT0017** — “this handler type cannot write state”. Restate classifies that as retryable: the invocation backs off, retries (70 attempts by default) and is then paused.",
     "Runtime layer with retries and pause, plus the TS2339 compile layer above it.",
     5),
    ("write-in-exclusive",
     "Use ctx.date.now() rather than Date.now() so the timestamp is journaled.",
     "The answer correctly warns against Date.now(), which would not be journaled, and moves the write to recordRead via a one-way send.",
     5),
    ("no-race-misdiagnosis",
     "It isn't a race — it's a rejected write.",
     "Explicit.",
     5),
], "bold markers and curly quotes kept exactly; first quote contains the answer's own '(...)', which a naive split on '...' would cut into a 2-word tail; reasoning mentions Date.now() which the answer rejects", fmt="fjson-ascii", ag="reason",
  reason="Nothing in the answer is aimed at the grader.")

H("h02-12", "02n5", [
    ("shared-read-only",
     "Shared handlers in Restate have a read-only view of the object's state … lastReadAt never changes on any call",
     "Read-only and no write on any call.",
     5),
    ("accurate-failure",
     "writes from them are rejected by the server (error RT0017), and since Restate treats that error as retryable the invocation keeps retrying and eventually pauses. The caller sees a hang",
     "RT0017, retries, pause, hang, state unchanged. No mention of the TypeScript compile error on ObjectSharedContext, so one layer short.",
     4),
    ("write-in-exclusive",
     "write it from an exclusive recordRead handler that getBalance triggers with a one-way send, passing await ctx.date.now()",
     "Exclusive handler, one-way send, journaled timestamp; dropping the field is offered too.",
     5),
    ("no-race-misdiagnosis",
     "Short answer: not a race.",
     "Rejects the race; 'never changes on any call' covers the sometimes.",
     5),
], "evidence from a bullet item with '*' bullet dropped; table in answer", fmt="p2-nl")
