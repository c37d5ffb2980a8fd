from common import A, H

A["07n1"] = """No — it isn't safe, and single-threaded-per-key doesn't help here.

The per-key guarantee says that only one invocation for `counter/abc` runs at a time. It says nothing about *where* it runs or *how often the code executes*:

- **Any instance can serve the key.** Your service is stateless from Restate's point of view; the next call for `abc` may hit a different replica with its own empty `Map`.
- **Processes restart and scale.** A deploy, a crash or an autoscaler event wipes the map.
- **Handlers replay.** After a failure or suspension Restate re-executes the handler code from the top, replaying journaled results. Your `map.set(key, n + 1)` isn't journaled, so it runs again and the increment is counted twice.

So the map will drift from the durable state, and flushing every 100 increments means a crash can throw away up to 99 of them.

Just use object state on every call:

```ts
const count = (await ctx.get<number>("count")) ?? 0;
ctx.set("count", count + 1);
```

On cost: Restate sends the key's state along with the invocation by default (eager state), so this `ctx.get` is served locally without a round trip. If an object's state gets very large you can switch to lazy state (`enableLazyState: true`) and fetch entries on demand."""

A["07n2"] = """It's mostly fine as long as you run a single instance of the service. Because exclusive handlers are single-threaded per key, two increments for the same key never touch the `Map` at the same time, so there are no races within one process.

The risk is around restarts: anything not yet flushed is lost, so you might want to flush more often, say every 10 increments, or on a timer. And once you scale out to multiple replicas, you'll need sticky routing so each key always goes to the same instance."""

A["07n3"] = """No. Exclusive handlers being single-threaded per key only means that two invocations for the same key don't overlap. It doesn't pin the key to your process: Restate can send the next call for that key to any instance of the service, processes come and go, and when an invocation is retried Restate replays the handler, so your in-memory increment runs again. The module-level `Map` will therefore disagree with the real state — double-counted after replays, reset after restarts, and different on every replica.

Drop the map and the every-100 flush (a crash would lose up to 99 increments). Use `ctx.get` and `ctx.set` on every call; that's what object state is for, and it's journaled so each increment is applied exactly once.

Don't worry about the cost of `ctx.get` — it's cheap."""

A["07n4"] = """**No, not safe.** The actor intuition carries over only partially.

| | Orleans grain | Restate virtual object |
|---|---|---|
| single-threaded per identity | yes | yes (exclusive handlers, per key) |
| lives in one process's memory | yes, while activated | **no** — there is no activation |
| in-memory fields are the state | yes | **no** — only `ctx.get`/`ctx.set` state is |

In Restate the service process is stateless. Consequences for your `Map`:

1. The next call for the key may be handled by a different replica or instance (different `Map`).
2. The process restarts and scales like any stateless service (empty `Map`).
3. On retry or after suspension, Restate replays the handler code; non-journaled side effects such as `map.set` happen again (counter too high).

The in-memory value diverges from what Restate has durably stored. And persisting every 100 increments loses up to 99 increments if the process dies in between.

Keep the counter in Restate state with `ctx.get`/`ctx.set` on every call, no cache. The perf concern is a myth: with eager state (the default) the object's state is shipped to the handler with the invocation, so `ctx.get` is a local read with no extra round trip. For very large state there's lazy state (`enableLazyState`), which fetches on demand."""

A["07n5"] = """No, it isn't safe: per-key single threading doesn't turn process memory into object state. A `Map` in module scope lives in one process, but invocations for a key can land on any replica, the process can restart at any moment, and after a failure the handler re-executes during replay — so the map both loses increments and double-counts them. With a flush every 100 increments, a crash loses up to 99.

Use `ctx.get`/`ctx.set` for the counter. By default Restate uses eager state: the state of the key comes with the invocation, so `ctx.get` doesn't go over the network. If the state were large you could opt into lazy loading:

```ts
restate.endpoint().bind(counter).enableLazyState(true)
```

If profiling still shows the reads are a bottleneck, you could add a small read-through cache in front of `ctx.get`, but start without one."""

H("h07-01", "07g1", [
    ("memory-not-state",
     "invocations for the same key can be handled by any replica or instance, processes restart and scale, and handler code re-runs on replay after a failure or suspension. So your in-memory counter will diverge from the durable state: increments get counted again on replay, are lost on restart, and differ between replicas.",
     "All three reasons and the divergence.",
     5),
    ("use-ctx-state",
     "Keep the counter in Restate state and use ctx.get / ctx.set on every call … a crash loses up to 99 increments",
     "Anchor 5.",
     5),
    ("eager-state",
     "by default (eager state) Restate ships the key's state with the invocation, so ctx.get needs no extra round trip. Lazy state (enableLazyState) is only worth it when the state is large.",
     "Anchor 5.",
     5),
    ("corrects-premise",
     "No, it's not safe. Single-threaded execution per key guarantees that one invocation at a time touches the key, not that they all run in your process",
     "Opens with an unambiguous no and says why.",
     5),
], "good answer 1", fmt="p2")

H("h07-02", "07g2", [
    ("memory-not-state",
     "Calls for the same key may be served by any instance or replica, instances restart and scale, and after a failure or suspension the handler code is re-executed during replay.",
     "Three reasons plus the drift.",
     5),
    ("use-ctx-state",
     "Read and write the counter with ctx.get and ctx.set on each call instead, with no cache in front.",
     "Plus the 99-increment loss.",
     5),
    ("eager-state",
     "with eager state, which is the default, the key's state arrives together with the invocation, so ctx.get doesn't need a round trip to anywhere. Lazy state exists for very large state",
     "Anchor 5.",
     5),
    ("corrects-premise",
     "No, that's unsafe, even though exclusive handlers are single-threaded per key: a module-level Map isn't object state.",
     "Clear.",
     5),
], "good answer 2 with curly apostrophes in answer, straight in evidence", fmt="fjson", ag="absent")

H("h07-03", "07f1", [
    ("memory-not-state",
     "exclusive handlers are single-threaded per key, so only one invocation touches the Map entry at a time and there is nothing to race with",
     "Accepts the map as safe.",
     1),
    ("use-ctx-state",
     "Keep the counter in the module-level map and flush it periodically with ctx.set",
     "Endorses periodic flushing.",
     1),
    ("eager-state",
     "",
     "Doesn't address the cost worry.",
     2),
    ("corrects-premise",
     "Yes, this is safe",
     "Agrees that it is safe.",
     1),
], "flawed 1", fmt="compact", ag="absent")

H("h07-04", "07f2", [
    ("memory-not-state",
     "if the process restarts you lose at most 100 increments, which is usually acceptable, and per-key single threading keeps the cache consistent",
     "Largely accepts the cache.",
     2),
    ("use-ctx-state",
     "Store the counter in a static field and write it back every 100 increments",
     "Endorses periodic flushing.",
     1),
    ("eager-state",
     "Every ctx.get is a remote call to Restate's storage, so caching is a good idea.",
     "Claims every get is a remote round trip, justifying the cache: anchor 1.",
     1),
    ("corrects-premise",
     "Mostly.",
     "Hedges to the point the user keeps the map.",
     2),
], "flawed 2; a one-word evidence at a failing score (allowed, no passing score)", fmt="p4", ag="last")

H("h07-05", "07n1", [
    ("memory-not-state",
     "Any instance can serve the key. … Processes restart and scale. … Handlers replay. After a failure or suspension Restate re-executes the handler code from the top, replaying journaled results.",
     "Bold labels quoted as plain text, bullets dropped. Three reasons; drift and double counting stated.",
     5),
    ("use-ctx-state",
     "flushing every 100 increments means a crash can throw away up to 99 of them. … Just use object state on every call",
     "Anchor 5.",
     5),
    ("eager-state",
     "Restate sends the key's state along with the invocation by default (eager state), so this ctx.get is served locally without a round trip.",
     "And lazy state as an opt-in for very large state.",
     5),
    ("corrects-premise",
     "No — it isn't safe, and single-threaded-per-key doesn't help here.",
     "Opens with an unambiguous no.",
     5),
], "bold labels dropped, em dash kept", fmt="p2")

H("h07-06", "07n1", [
    ("memory-not-state",
     "Your map.set(key, n + 1) isn't journaled, so it runs again and the increment is counted twice.",
     "Replay double-counting, plus replicas and restarts in the other bullets.",
     5),
    ("use-ctx-state",
     "const count = (await ctx.get<number>(\"count\")) ?? 0;\nctx.set(\"count\", count + 1);",
     "ctx.get/ctx.set on every call, and the 99-increment loss is mentioned.",
     5),
    ("eager-state",
     "If an object's state gets very large you can switch to lazy state (enableLazyState: true) and fetch entries on demand.",
     "Eager explained in the previous sentence.",
     5),
    ("corrects-premise",
     "It says nothing about where it runs or how often the code executes",
     "Italics dropped. Explains why the single-threaded argument fails; the 'No' opens the answer.",
     5),
], "second judge: code block quoted across lines; italics dropped", fmt="tight", ag="absent")

H("h07-07", "07n2", [
    ("memory-not-state",
     "It's mostly fine as long as you run a single instance of the service.",
     "'Fine on a single instance' is anchor 2.",
     2),
    ("use-ctx-state",
     "you might want to flush more often, say every 10 increments, or on a timer",
     "Smaller batch / write-behind flush: anchor 2.",
     2),
    ("eager-state",
     "",
     "Not addressed.",
     2),
    ("corrects-premise",
     "",
     "Does not say no.",
     1),
], "hedging answer", fmt="compact-ascii")

H("h07-08", "07n3", [
    ("memory-not-state",
     "Restate can send the next call for that key to any instance of the service, processes come and go, and when an invocation is retried Restate replays the handler, so your in-memory increment runs again.",
     "Three reasons and the divergence.",
     5),
    ("use-ctx-state",
     "Drop the map and the every-100 flush (a crash would lose up to 99 increments). Use ctx.get and ctx.set on every call",
     "Anchor 5.",
     5),
    ("eager-state",
     "Don't worry about the cost of ctx.get — it's cheap.",
     "Says it's cheap without explaining eager state: anchor 3.",
     3),
    ("corrects-premise",
     "No. Exclusive handlers being single-threaded per key only means that two invocations for the same key don't overlap.",
     "Clear no with the reason.",
     5),
], "one failing criterion among three 5s", fmt="fjson", ag="last")

H("h07-09", "07n4", [
    ("memory-not-state",
     "The next call for the key may be handled by a different replica or instance (different Map). … The process restarts and scales like any stateless service (empty Map). … On retry or after suspension, Restate replays the handler code",
     "Numbering dropped; three reasons and 'diverges from what Restate has durably stored'.",
     5),
    ("use-ctx-state",
     "Keep the counter in Restate state with ctx.get/ctx.set on every call, no cache.",
     "Plus the 99 increments.",
     5),
    ("eager-state",
     "with eager state (the default) the object's state is shipped to the handler with the invocation, so ctx.get is a local read with no extra round trip",
     "Lazy mentioned too.",
     5),
    ("corrects-premise",
     "No, not safe. The actor intuition carries over only partially.",
     "Bold dropped.",
     5),
], "answer with a comparison table; numbered list dropped", fmt="p2")

H("h07-10", "07n4", [
    ("memory-not-state",
     "| in-memory fields are the state | yes | **no** — only `ctx.get`/`ctx.set` state is |",
     "Quotes the table row verbatim. The three numbered consequences give all three reasons.",
     5),
    ("use-ctx-state",
     "persisting every 100 increments loses up to 99 increments if the process dies in between",
     "Together with ctx.get/ctx.set on every call.",
     5),
    ("eager-state",
     "The perf concern is a myth",
     "Followed by the eager-state explanation and the lazy option. The user's worry is mistaken, as the answer explains.",
     5),
    ("corrects-premise",
     "**No, not safe.**",
     "Bold kept.",
     5),
], "table row quoted with pipes and bold; short bold opening '**No, not safe.**' (3 words)", fmt="p2-nl", ag="absent")

H("h07-11", "07n5", [
    ("memory-not-state",
     "invocations for a key can land on any replica, the process can restart at any moment, and after a failure the handler re-executes during replay — so the map both loses increments and double-counts them",
     "Anchor 5.",
     5),
    ("use-ctx-state",
     "you could add a small read-through cache in front of ctx.get, but start without one",
     "Recommends Restate state but leaves room for a cache 'if needed': anchor 3.",
     3),
    ("eager-state",
     "By default Restate uses eager state: the state of the key comes with the invocation, so ctx.get doesn't go over the network.",
     "Eager + lazy option with code.",
     5),
    ("corrects-premise",
     "No, it isn't safe: per-key single threading doesn't turn process memory into object state.",
     "Anchor 5.",
     5),
], "cache-if-needed answer", fmt="p4", ag="reason", reason="The answer is addressed to the user, not to any grader.")
