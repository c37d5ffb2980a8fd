from common import A, H

A["01n1"] = """Short version: no, take the mutex out.

`reserveItem` is an exclusive handler, and Restate only ever runs one exclusive handler at a time for a given object key. When two requests arrive for `cart/user-42`, the second one waits in that key's queue until the first has returned, so the `ctx.get` → decrement → `ctx.set` sequence can't interleave. No lost update is possible here.

The mutex actually makes things worse. It's module-scoped, so every cart the process serves now contends for one lock — `cart/user-7` sits behind `cart/user-42` even though Restate would have run them in parallel. And it only exists inside one Node process, so a second replica has its own copy anyway.

Don't bother with the Redis lock either; it solves a problem you don't have, and a lock held while an invocation is suspended or being retried is exactly how you end up with a key that never unlocks."""

A["01n2"] = """Restate does process calls to a virtual object in order, so in most cases `reserveItem` on `user-42` won't race. That said, I'd keep the mutex as a belt-and-braces measure for now — concurrency bugs are painful to debug in production, and the lock is cheap when it's uncontended.

When you move to multiple replicas, the in-process mutex won't be enough, so switching to a Redis lock (e.g. Redlock) at that point makes sense. Make sure to set a TTL on the lock so a crashed handler can't hold it forever.

One more tip: keep the critical section small — only the get/decrement/set should be inside the lock."""

A["01n3"] = """## TL;DR

**No.** The mutex is redundant, and the Redis lock would be too.

## Why

Virtual objects give you a *single writer per key*. Exclusive handlers (the default) on the same key run strictly one after the other: the second `reserveItem` for `cart/user-42` is queued until the first one completes. See [Virtual Objects](https://docs.restate.dev/foundations/services) in the docs.

| key | concurrent `reserveItem` calls | what happens |
|---|---|---|
| `cart/user-42` | 2 | second waits in the key's queue |
| `cart/user-7` | 1 | runs immediately |

Calls for `cart/user-7`, `cart/user-8`, … run in parallel with `cart/user-42`; the key is the unit of concurrency.

## What the mutex costs you

- one lock per process → every key in that process is serialized
- nothing shared between replicas
- a lock held across a retry or a suspension can stay held → stuck key

## Shared stock

If `inventory` is really global stock, move it out of the cart into an `inventory` object keyed by SKU and call `reserve` on it with `await ctx.objectClient(inventory, sku).reserve(qty)`. Keep that call request-response so the cart learns whether it got the item, and never have `inventory` call back into `cart` while the cart is waiting on it — that's an A→B→A deadlock."""

A["01n4"] = """You can safely remove the mutex. Exclusive handlers on a virtual object are serialized per key, so two `reserveItem` calls on `user-42` never run concurrently; Restate queues the second one. A Redis lock wouldn't add anything either.

For the inventory itself, I'd create a dedicated `inventory` virtual object keyed by SKU and have the cart notify it with a one-way message:

```ts
ctx.objectSendClient(inventoryObject, sku).decrement(qty);
```

That way the cart never waits on the inventory, and each SKU's count is updated by a single writer. Carts for different users are unaffected by each other since each key has its own queue."""

A["01n5"] = """The lost-update worry is understandable coming from a normal Node service, but it doesn't apply to an exclusive handler. Restate holds an invocation-level lock per object key: while one `reserveItem` on `user-42` is running, any other exclusive call on `user-42` is queued and only starts after the first one finishes. Your read-modify-write is already atomic per key.

So: delete the `async-mutex` import and the `Mutex`, and drop the Redis plan. Both serialize more than they need to: the module-level mutex makes `user-42` and `user-1337` wait for each other, and a Redis lock would do the same across all your replicas. Worse, if the handler suspends or crashes while it holds the lock, the lock outlives the attempt and the retry can block on its own lock.

If the stock is shared across carts, give it its own object:

```ts
const inventory = restate.object({
  name: "inventory",
  handlers: {
    reserve: async (ctx: restate.ObjectContext, qty: number) => {
      const left = (await ctx.get<number>("left")) ?? 0;
      if (left < qty) return false;
      ctx.set("left", left - qty);
      return true;
    },
  },
});
```

and from `reserveItem`:

```ts
const ok = await ctx.objectClient(inventory, sku).reserve(1);
```

Each SKU is its own key, so reservations for different products proceed in parallel."""

# ---------------------------------------------------------------- replies

H("h01-01", "01g1", [
    ("key-serialization",
     "Restate runs exclusive handlers one at a time per object key: when two requests hit cart/user-42, the second waits in that key's queue until the first has finished, so the ctx.get / decrement / ctx.set cannot interleave and no update is lost",
     "States the per-key single-writer guarantee and explicitly that the second call queues until the first finishes. Matches anchor 5.",
     5),
    ("no-app-lock",
     "No, remove the mutex, and don't replace it with a Redis lock.",
     "Opens by removing the mutex and rejecting the planned Redis lock.",
     5),
    ("key-boundary",
     "calls on different keys, such as cart/user-7, run in parallel … Give it its own virtual object keyed by SKU that owns the count, and call it request-response, because the cart needs the answer … cart -> inventory -> cart is an A->B->A deadlock",
     "Covers parallel keys, a SKU-keyed inventory object reached request-response, and the call-back deadlock warning.",
     5),
    ("why-lock-harms",
     "It lives in module scope, so it serializes every key this process handles … It does not span replicas; every instance of the service has its own copy. … held across durable execution, that is retries, suspension or replay after a crash, can deadlock or stay stuck",
     "All three reasons are present: process-wide serialization of unrelated carts, no effect across replicas, and locks held across retries/suspension/replay.",
     5),
], "all-5 reply on the case's first good answer; backticks dropped from inline code in evidence; addressesGrader first", fmt="p2")

H("h01-02", "01g1", [
    ("key-serialization",
     "so the `ctx.get` / decrement / `ctx.set` cannot interleave and no update is lost … Restate runs exclusive handlers one at a time per object key",
     "Fragments quoted out of order but both from the first paragraph. The answer says the second request waits in the key’s queue, which is the mechanism the anchor asks for.",
     5),
    ("no-app-lock",
     "“No, remove the mutex, and don't replace it with a Redis lock.”",
     "Unambiguous on both the mutex and Redis.",
     5),
    ("key-boundary",
     "Never let the inventory object call back into the cart while the cart waits … keyed by SKU that owns the count",
     "SKU object plus the no-call-back warning; parallel keys are also mentioned earlier (cart/user-7). Request-response is explicit in the code sample.",
     5),
    ("why-lock-harms",
     "“user-7 waits behind user-42 for nothing” … “It does not span replicas”",
     "The answer correctly warns that a mutex would serialize every key the process handles, and that it does not span replicas; the retry/suspension point is there too.",
     5),
], "curly quotes wrapped around evidence; fragments in reverse order; reasoning mentions the wrong idea the answer rejects", fmt="fjson", ag="absent")

H("h01-03", "01g2", [
    ("key-serialization",
     "Exclusive handlers on the same key execute one at a time, so the second reserveItem for cart/user-42 sits in that key's queue until the first one completes; the read, the decrement and the write can't interleave, and nothing is lost.",
     "Exactly the anchor-5 explanation.",
     5),
    ("no-app-lock",
     "The mutex isn't the fix: drop it and skip the Redis lock too.",
     "Removes the mutex and rejects the Redis lock in one sentence.",
     5),
    ("key-boundary",
     "model it as its own object keyed by SKU (inventory/<sku>) with an exclusive reserve handler … make a request-response call … The inventory handler must not call back into the cart",
     "Separate keys run in parallel, the SKU object is called request-response because the cart needs the result, and the A->B->A deadlock is named.",
     5),
    ("why-lock-harms",
     "A module-level mutex is per process, so it makes every cart served by that process wait on every other cart … It does nothing across replicas; each instance has its own. … Holding a lock while the handler is retried, suspended or replayed invites deadlocks and stuck keys.",
     "Three numbered reasons, all correct; numbering dropped in the quote.",
     5),
], "numbered-list markers dropped from quotes; compact single-line JSON", fmt="compact")

H("h01-04", "01g2", [
    ("key-serialization",
     "Restate already gives you a single writer per object key.",
     "Single writer per key, with the queueing explained in the next sentence.",
     5),
    ("no-app-lock",
     "drop it and skip the Redis lock too",
     "Clear.",
     5),
    ("key-boundary",
     "Separate keys are independent: different keys run in parallel. … (`await ctx.objectClient(inventoryObject, sku).reserve(1)`): the cart has to know whether the reservation succeeded, which a one-way send would not tell it.",
     "Parallel keys and a request-response reserve call with the reason. The deadlock warning is there as well. I'd have liked the \"inventory/<sku>\" placeholder to be shown in an actual call, but that is a nit.",
     4),
    ("why-lock-harms",
     "Why the lock is harmful rather than merely unnecessary",
     "Gives the three reasons in a numbered list (process-wide, replicas, retries/suspension/replay).",
     5),
], "ASCII-escaped JSON (\\u sequences), evidence with parentheses and inline code; score 4 with a mild nit", fmt="p4-ascii", ag="last")

H("h01-05", "01f1", [
    ("key-serialization",
     "Restate already runs exclusive handlers one at a time per key, so for cart/user-42 alone you're fine.",
     "Correct on per-key serialization, but does not explain that the second call queues until the first completes.",
     4),
    ("no-app-lock",
     "keep the module-scope mutex … in production add a Redis lock per SKU around the decrement",
     "Endorses both the mutex and a Redis lock, which is what the rubric's anchor 1 describes.",
     1),
    ("key-boundary",
     "Inventory shared across carts still needs locking",
     "Treats shared inventory as a locking problem instead of a SKU-keyed object; no request-response, no deadlock warning.",
     2),
    ("why-lock-harms",
     "it only serializes calls for that one cart key",
     "This is false: a module-scope mutex serializes every key the process handles. The answer gives a reason that is untrue about Restate.",
     1),
], "flawed answer: one passing score and three failing; failing reasoning says what is false", fmt="p2")

H("h01-06", "01f2", [
    ("key-serialization",
     "Drop the mutex: Restate serializes calls per key.",
     "Names per-key serialization but not that the second call waits until the first completes.",
     4),
    ("no-app-lock",
     "Drop the mutex",
     "Removes the mutex; says nothing at all about the planned Redis lock.",
     3),
    ("key-boundary",
     "it calls the cart's `confirmReservation` handler, and `reserveItem` waits for that call before returning",
     "The design has the inventory object call back into the cart while reserveItem waits: that is the A->B->A deadlock. Also uses a one-way send for a call whose result is needed.",
     2),
    ("why-lock-harms",
     "",
     "No reason is given for why a lock is harmful.",
     2),
], "flawed answer: empty evidence on a low score; backticks kept in evidence", fmt="fjson")

H("h01-07", "01n1", [
    ("key-serialization",
     "When two requests arrive for cart/user-42, the second one waits in that key's queue until the first has returned, so the ctx.get → decrement → ctx.set sequence can't interleave.",
     "Per-key exclusive execution with the queueing mechanism; no lost update.",
     5),
    ("no-app-lock",
     "no, take the mutex out … Don't bother with the Redis lock either",
     "Both the mutex and the Redis lock are rejected.",
     5),
    ("key-boundary",
     "cart/user-7 sits behind cart/user-42 even though Restate would have run them in parallel",
     "Parallel keys are stated, but there is no SKU-keyed inventory object, no request-response call and no call-back warning.",
     3),
    ("why-lock-harms",
     "It's module-scoped, so every cart the process serves now contends for one lock … it only exists inside one Node process, so a second replica has its own copy anyway … a lock held while an invocation is suspended or being retried is exactly how you end up with a key that never unlocks",
     "All three harms: process-wide contention, no cross-replica effect, and suspension/retry leaving a stuck key.",
     5),
], "arrows (→) and em dash around evidence; answer drops SKU part so a 3", fmt="tight")

H("h01-08", "01n2", [
    ("key-serialization",
     "in most cases `reserveItem` on `user-42` won't race",
     "Hedges ('in most cases') and then keeps a lock, which is anchor 2.",
     2),
    ("no-app-lock",
     "I'd keep the mutex as a belt-and-braces measure for now … switching to a Redis lock (e.g. Redlock) at that point makes sense",
     "Endorses keeping the mutex and moving to Redlock. The answer is wrong on the central question.",
     1),
    ("key-boundary",
     "",
     "Nothing about keys as the concurrency boundary or about an inventory object; the lock it recommends covers all carts.",
     1),
    ("why-lock-harms",
     "When you move to multiple replicas, the in-process mutex won't be enough",
     "Mentions replicas only as a reason to upgrade the lock, not as a reason the lock is wrong. No correct reason given.",
     2),
], "hedging flawed answer; condemning reasoning is fine at score 1; pretty printed 4 spaces", fmt="p4", ag="absent")

H("h01-09", "01n3", [
    ("key-serialization",
     "Exclusive handlers (the default) on the same key run strictly one after the other: the second reserveItem for cart/user-42 is queued until the first one completes.",
     "Per-key serialization with queueing until completion.",
     5),
    ("no-app-lock",
     "No. The mutex is redundant, and the Redis lock would be too.",
     "Bold 'No.' dropped to plain text in the quote. Rejects both.",
     5),
    ("key-boundary",
     "Calls for cart/user-7, cart/user-8, … run in parallel with cart/user-42 … Keep that call request-response so the cart learns whether it got the item, and never have inventory call back into cart while the cart is waiting on it",
     "Parallel keys (quoted with the answer's own ellipsis), a SKU-keyed object, request-response and the A→B→A warning.",
     5),
    ("why-lock-harms",
     "one lock per process → every key in that process is serialized … nothing shared between replicas … a lock held across a retry or a suspension can stay held → stuck key",
     "Three bullets, three reasons; bullet dashes not quoted.",
     5),
], "answer contains its own ellipsis inside a quoted fragment; bold and bullets dropped; link-free", fmt="fjson")

H("h01-10", "01n3", [
    ("key-serialization",
     "**No.** The mutex is redundant … *single writer per key*",
     "Emphasis kept as written. The 'Why' section states the second call is queued until the first completes.",
     5),
    ("no-app-lock",
     "The mutex is redundant, and the Redis lock would be too.",
     "Rejects both the mutex and the Redis lock.",
     5),
    ("key-boundary",
     "move it out of the cart into an inventory object keyed by SKU",
     "Has every element of anchor 5: parallel keys, SKU object, request-response, and the A→B→A deadlock.",
     5),
    ("why-lock-harms",
     "See Virtual Objects in the docs. … a lock held across a retry or a suspension can stay held",
     "Link text quoted without URL; the three reasons in the 'What the mutex costs you' list are correct.",
     5),
], "markdown emphasis kept in evidence; link text without URL quoted", fmt="fence", ag="reason")

H("h01-11", "01n4", [
    ("key-serialization",
     "Exclusive handlers on a virtual object are serialized per key, so two reserveItem calls on user-42 never run concurrently; Restate queues the second one.",
     "Per-key serialization and queueing, though it doesn't say the second waits until the first completes. Close enough for 4.",
     4),
    ("no-app-lock",
     "You can safely remove the mutex. … A Redis lock wouldn't add anything either.",
     "Removes the mutex and rejects the Redis lock.",
     5),
    ("key-boundary",
     "have the cart notify it with a one-way message … ctx.objectSendClient(inventoryObject, sku).decrement(qty);",
     "Proposes the SKU object but reaches it with a one-way send although the cart needs to know whether the reservation worked; that is anchor 3.",
     3),
    ("why-lock-harms",
     "",
     "No reason given for why the lock is harmful; it is just called unnecessary.",
     2),
], "evidence quoting a line of a code block; one-way send flaw", fmt="compact-ascii")

H("h01-12", "01n5", [
    ("key-serialization",
     "while one reserveItem on user-42 is running, any other exclusive call on user-42 is queued and only starts after the first one finishes",
     "Says the second exclusive call waits until the first finishes.",
     5),
    ("no-app-lock",
     "delete the async-mutex import and the Mutex, and drop the Redis plan",
     "Removes the mutex and drops Redis.",
     5),
    ("key-boundary",
     "const ok = await ctx.objectClient(inventory, sku).reserve(1); … Each SKU is its own key, so reservations for different products proceed in parallel.",
     "SKU object, request-response, parallel keys. It never warns that the inventory object must not call back into the cart, so one detail short of 5.",
     4),
    ("why-lock-harms",
     "the module-level mutex makes user-42 and user-1337 wait for each other … if the handler suspends or crashes while it holds the lock, the lock outlives the attempt and the retry can block on its own lock",
     "Two of the three reasons. The replica point is garbled: it says a Redis lock would serialize across replicas rather than that the in-process mutex does not span them.",
     4),
], "code-block quote; two score-4 reasonings criticising one missing detail", fmt="p2", ag="last")
