from common import A, H

A["05n1"] = """The durable sleep is the problem. While `startTrial` is sleeping it hasn't returned, so it still holds the exclusive lock on that user's key. `upgrade` and `cancel` are exclusive handlers too, so they queue behind it for up to 14 days. (Shared handlers would still run, but those can't change state.) "Durable" only means the timer survives restarts; the invocation is suspended, not finished.

Write it with a delayed message instead:

```ts
startTrial: async (ctx: restate.ObjectContext) => {
  ctx.set("plan", "trial");
  ctx.objectSendClient(subscriptionObject, ctx.key)
    .endTrial({}, restate.rpc.sendOpts({ delay: { days: 14 } }));
},
endTrial: async (ctx: restate.ObjectContext) => {
  if ((await ctx.get<string>("plan")) !== "trial") return;
  await ctx.run("trial-ended-email", () => mailer.trialEnded(ctx.key));
  ctx.set("plan", "free");
},
```

`startTrial` now returns right away and the key is free. `endTrial` checks the plan first, so users who upgraded or cancelled in the meantime aren't emailed.

For the users stuck right now, cancel their sleeping `startTrial` invocations (`restate invocations cancel <id>`) once the new version is deployed."""

A["05n2"] = """You're right that the key is blocked by the sleep: an exclusive handler keeps the object locked until it returns, and `ctx.sleep` doesn't return for 14 days.

The easiest fix is to move the waiting part into a shared handler. Shared handlers don't hold the lock, so `upgrade` and `cancel` can run while it sleeps:

```ts
waitForTrialEnd: restate.handlers.object.shared(async (ctx) => {
  await ctx.sleep({ days: 14 });
  ctx.objectSendClient(subscriptionObject, ctx.key).endTrial();
}),
```

`startTrial` sets the state and calls `waitForTrialEnd` with a one-way send. Existing sleeping trials will complete on their own after the 14 days, so you can leave them."""

A["05n3"] = """**Why it hangs.** `ctx.sleep` inside an exclusive handler keeps the invocation in flight. It's suspended, not finished, and an in-flight exclusive invocation holds its key. So for 14 days every other exclusive call on that subscription — `upgrade`, `cancel` — waits in the key's queue. Only shared handlers get through. Durability is about surviving restarts; it doesn't release the key.

**How to write it.** Don't wait inside the handler; schedule the follow-up and return:

```ts
startTrial: async (ctx: restate.ObjectContext) => {
  const now = await ctx.date.now();
  ctx.set("trial", { status: "active", endsAt: now + 14 * 86_400_000 });
  ctx.objectSendClient(subscriptionObject, ctx.key)
    .endTrial(restate.rpc.sendOpts({ delay: { days: 14 } }));
},
```

(With SDK 1.17, a handler that takes no input gets only the options argument; `.endTrial({}, sendOpts(...))` won't type-check.)

`endTrial` must look before it leaps:

```ts
endTrial: async (ctx: restate.ObjectContext) => {
  const trial = await ctx.get<Trial>("trial");
  if (trial?.status !== "active") return; // upgraded or cancelled meanwhile
  await ctx.run("send-email", () => email.trialEnded(ctx.key));
  ctx.set("trial", { ...trial, status: "ended" });
},
```

**The trials that are already asleep.** Those invocations are pinned to the deployment they started on and replay on it, so:

1. Register the new version as a *new* deployment. Keep the old one registered — if you overwrite the code behind the old URL and then cancel, the replay hits a journal mismatch (570 / RT0016), the invocation pauses, and the key stays locked.
2. Cancel each sleeping `startTrial`: `restate invocations cancel <id>` (or `kill`; nothing to compensate here).
3. Cancelling doesn't undo the state written before the sleep — the trial is still "active". Re-schedule `endTrial` with the remaining time, computed from `endsAt` (or the invocation's `created_at`).
4. Remove the old deployment once nothing is pinned to it."""

A["05n4"] = """The 14-day `ctx.sleep` keeps `startTrial` running, and a running exclusive handler owns the key — so `upgrade`/`cancel` queue behind it. Durable execution doesn't change that: the sleep survives restarts, but the lock is held the whole time. Shared handlers are unaffected.

Use a delayed send:

```ts
ctx.objectSendClient(subscriptionObject, ctx.key)
  .endTrial({}, restate.rpc.sendOpts({ delay: { days: 14 } }));
```

and return from `startTrial` immediately. In `endTrial`, read the subscription state first and skip everything if the user already upgraded or cancelled; otherwise send the email and mark the trial as ended.

For users currently stuck: deploy the new code as a new deployment (keep the old one registered until the old invocations are gone), cancel the sleeping `startTrial` invocations, and re-schedule `endTrial` for each of them with whatever is left of their 14 days. Their state still says the trial started, since cancel doesn't roll anything back."""

A["05n5"] = """The problem is that `ctx.sleep` blocks the object. Restate processes one call at a time per object, so anything else for that user has to wait.

Rather than sleeping in Restate, I'd move the scheduling out: write the trial end date into state and have a nightly cron job (e.g. a Kubernetes CronJob) call `subscription/<user>/endTrial` for every trial that has expired. `endTrial` can then check whether the user upgraded in the meantime before sending the email.

The trials that are already sleeping will wake up eventually and finish normally, so there's nothing special to do for them."""

H("h05-01", "05g1", [
    ("sleep-holds-key",
     "A durable sleep survives restarts, but it doesn't release the key. While startTrial sleeps, its invocation is suspended, not finished, and as an exclusive handler it holds that user's key for all 14 days.",
     "Plus upgrade/cancel queueing and shared handlers still running.",
     5),
    ("delayed-send",
     "ctx.objectSendClient(subscriptionObject, ctx.key)\n    .endTrial({}, restate.rpc.sendOpts({ delay: { days: 14 } }));\n}, // returns at once: the key is free",
     "Delayed one-way send with the API shown, and startTrial returns at once.",
     5),
    ("endtrial-checks-state",
     "if ((await ctx.get(\"status\")) !== \"trial\") return; // upgraded or cancelled\n  await ctx.run(\"email\", () => sendTrialEndedEmail(ctx.key));\n  ctx.set(\"status\", \"expired\");",
     "Checks state, ctx.run for the email, updates state.",
     5),
    ("existing-invocations",
     "Register the new code as a new deployment and keep the old deployment registered until they are gone; redeploying different code at the same URL and then cancelling gives a journal mismatch (error 570) … re-schedule endTrial yourself with the remaining time as a delayed send",
     "Keep old deployment, cancel/kill, re-schedule.",
     5),
], "multi-line code evidence with newlines and escaped quotes", fmt="p2")

H("h05-02", "05g2", [
    ("sleep-holds-key",
     "Durable means the sleep survives restarts, not that the key is released.",
     "Full anchor 5 content in the first paragraph.",
     5),
    ("delayed-send",
     "call ctx.objectSendClient(subscriptionObject, ctx.key).endTrial({}, restate.rpc.sendOpts({ delay: { days: 14 } })), then return. The key is free straight away.",
     "API named, returns at once.",
     5),
    ("endtrial-checks-state",
     "In the exclusive endTrial handler, read the state first: if the user already upgraded or cancelled, do nothing; otherwise send the email inside ctx.run and mark the trial ended.",
     "Anchor 5.",
     5),
    ("existing-invocations",
     "Each sleeping invocation is pinned to the deployment it started on and replays there … Cancelling doesn't undo what was written before the sleep, so the trial is still marked as started: re-schedule endTrial for the remaining time",
     "All three elements.",
     5),
], "good answer 2; fenced", fmt="fjson", ag="absent")

H("h05-03", "05f1", [
    ("sleep-holds-key",
     "the suspension releases the key, so the sleep isn't what blocks upgrade and cancel",
     "Claims suspension releases the key.",
     1),
    ("delayed-send",
     "",
     "Keeps the sleep; no delayed send.",
     1),
    ("endtrial-checks-state",
     "",
     "No endTrial handler at all.",
     1),
    ("existing-invocations",
     "For users who are stuck now, restart the service so their invocations pick up the new code.",
     "Restart; and invocations don't pick up new code that way.",
     1),
], "flawed 1: empty evidences", fmt="compact", ag="absent")

H("h05-04", "05f2", [
    ("sleep-holds-key",
     "",
     "Doesn't explain why the key is blocked at all.",
     2),
    ("delayed-send",
     "Replace the sleep with a delayed send to an endTrial handler that checks state first.",
     "Names the delayed send but neither the API nor that startTrial returns at once.",
     4),
    ("endtrial-checks-state",
     "an endTrial handler that checks state first",
     "Checks state but no ctx.run or state update mentioned: anchor 4.",
     4),
    ("existing-invocations",
     "deploy the fix over the existing deployment at the same URL and then cancel the old startTrial invocations: cancelling frees the key and rolls back the trial state",
     "Exactly the sequence that causes a journal mismatch, and a rollback that does not exist.",
     1),
], "flawed 2; short fragment reused under two criteria", fmt="p4")

H("h05-05", "05n1", [
    ("sleep-holds-key",
     "While startTrial is sleeping it hasn't returned, so it still holds the exclusive lock on that user's key. upgrade and cancel are exclusive handlers too, so they queue behind it for up to 14 days. (Shared handlers would still run, but those can't change state.)",
     "Holds key, queueing, shared handlers, durable ≠ released.",
     5),
    ("delayed-send",
     ".endTrial({}, restate.rpc.sendOpts({ delay: { days: 14 } })); … startTrial now returns right away and the key is free.",
     "Anchor 5.",
     5),
    ("endtrial-checks-state",
     "if ((await ctx.get<string>(\"plan\")) !== \"trial\") return;\n  await ctx.run(\"trial-ended-email\", () => mailer.trialEnded(ctx.key));\n  ctx.set(\"plan\", \"free\");",
     "Check, ctx.run, update.",
     5),
    ("existing-invocations",
     "For the users stuck right now, cancel their sleeping startTrial invocations (restate invocations cancel <id>) once the new version is deployed.",
     "Cancels after deploying, but neither keeps the old deployment registered nor re-schedules the end of the trial: anchor 3.",
     3),
], "code block quoted with TS generic <string> and newlines", fmt="p2", ag="last")

H("h05-06", "05n2", [
    ("sleep-holds-key",
     "an exclusive handler keeps the object locked until it returns, and ctx.sleep doesn't return for 14 days",
     "Holds the key and queueing is implied; nothing about shared handlers or durable vs released. Anchor 3-4; I'll give 3 since 'object locked' is all it says about the mechanism.",
     3),
    ("delayed-send",
     "The easiest fix is to move the waiting part into a shared handler.",
     "Keeps the sleep, moved to a shared handler: anchor 1.",
     1),
    ("endtrial-checks-state",
     "",
     "endTrial is invoked but there is no state check shown.",
     2),
    ("existing-invocations",
     "Existing sleeping trials will complete on their own after the 14 days, so you can leave them.",
     "Ignores the currently blocked users.",
     1),
], "sleep-in-shared-handler answer; condemnation at 1 allowed", fmt="tight")

H("h05-07", "05n3", [
    ("sleep-holds-key",
     "It's suspended, not finished, and an in-flight exclusive invocation holds its key. So for 14 days every other exclusive call on that subscription - upgrade, cancel - waits in the key's queue. Only shared handlers get through.",
     "Em dashes changed to hyphens in the quote. Anchor 5.",
     5),
    ("delayed-send",
     ".endTrial(restate.rpc.sendOpts({ delay: { days: 14 } }));",
     "Delayed one-way send with the right signature for an input-less handler, and startTrial returns.",
     5),
    ("endtrial-checks-state",
     "if (trial?.status !== \"active\") return; // upgraded or cancelled meanwhile",
     "State check first, then ctx.run email and state update.",
     5),
    ("existing-invocations",
     "Register the new version as a new deployment. Keep the old one registered — if you overwrite the code behind the old URL and then cancel, the replay hits a journal mismatch (570 / RT0016)",
     "Plus cancel/kill and re-scheduling with the remaining time from endsAt. Italics on 'new' dropped.",
     5),
], "dash variation, italics dropped, identifier-heavy code quote", fmt="fjson")

H("h05-08", "05n3", [
    ("sleep-holds-key",
     "Durability is about surviving restarts; it doesn't release the key.",
     "Plus the in-flight/suspended explanation.",
     5),
    ("delayed-send",
     "Don't wait inside the handler; schedule the follow-up and return",
     "The code sample uses objectSendClient with sendOpts delay.",
     5),
    ("endtrial-checks-state",
     "await ctx.run(\"send-email\", () => email.trialEnded(ctx.key));\n  ctx.set(\"trial\", { ...trial, status: \"ended\" });",
     "The quote includes the answer's spread syntax '...trial'; check, ctx.run and update are all present.",
     5),
    ("existing-invocations",
     "Cancelling doesn't undo the state written before the sleep — the trial is still \"active\". Re-schedule endTrial with the remaining time, computed from endsAt (or the invocation's created_at).",
     "All three parts.",
     5),
], "quoted code contains the answer's own '...' spread operator", fmt="p2", ag="absent")

H("h05-09", "05n4", [
    ("sleep-holds-key",
     "The 14-day ctx.sleep keeps startTrial running, and a running exclusive handler owns the key — so upgrade/cancel queue behind it. Durable execution doesn't change that",
     "And 'Shared handlers are unaffected.'",
     5),
    ("delayed-send",
     "and return from startTrial immediately",
     "With the objectSendClient/sendOpts snippet.",
     5),
    ("endtrial-checks-state",
     "In endTrial, read the subscription state first and skip everything if the user already upgraded or cancelled; otherwise send the email and mark the trial as ended.",
     "State check and update, but the email isn't wrapped in ctx.run: anchor 4.",
     4),
    ("existing-invocations",
     "deploy the new code as a new deployment (keep the old one registered until the old invocations are gone), cancel the sleeping startTrial invocations, and re-schedule endTrial for each of them with whatever is left of their 14 days",
     "All three, and notes cancel doesn't roll back.",
     5),
], "score 4 criticising missing ctx.run", fmt="compact-ascii")

H("h05-10", "05n5", [
    ("sleep-holds-key",
     "Restate processes one call at a time per object, so anything else for that user has to wait.",
     "'Blocks the object' without the in-flight invocation holding the key; no shared handlers. Anchor 3.",
     3),
    ("delayed-send",
     "have a nightly cron job (e.g. a Kubernetes CronJob) call subscription/<user>/endTrial for every trial that has expired",
     "External scheduler instead of a delayed send: anchor 3.",
     3),
    ("endtrial-checks-state",
     "endTrial can then check whether the user upgraded in the meantime before sending the email",
     "Vague check (upgrade only, no cancel), no ctx.run.",
     3),
    ("existing-invocations",
     "The trials that are already sleeping will wake up eventually and finish normally, so there's nothing special to do for them.",
     "Leaves users blocked for up to 14 days.",
     2),
], "placeholder subscription/<user>/endTrial in evidence; middle scores", fmt="p2")

H("h05-11", "05g1", [
    ("sleep-holds-key", "upgrade and cancel are exclusive too, so they queue behind it; only shared handlers still run", "Complete with the durable-vs-release sentence.", 5),
    ("delayed-send", "Schedule the end of the trial instead of sleeping", "The code shows objectSendClient + sendOpts delay and returns at once.", 5),
    ("endtrial-checks-state", "endTrial checks the state first, so an upgrade or cancel in the meantime wins", "And ctx.run/state update in the snippet.", 5),
    ("existing-invocations", "Then cancel each sleeping startTrial (restate invocations cancel <id>; kill if needed, no compensation). State written before the sleep stays", "Plus keep old deployment and re-schedule.", 5),
], "second judge on good answer 1, JSON-mode style with no addressesGrader", fmt="compact", ag="absent")
