from common import A, H

A["08n1"] = """Something on `acct-7` is still running — almost certainly an `applyFee` invocation that hits the new bug. Restate keeps retrying it, and while it's in flight it holds the key, so every later call for `acct-7` queues behind it. Other accounts have their own keys, which is why they're fine.

Find it:

```
restate invocations list --service account --key acct-7
```

Then deploy the fixed code and run `restate invocations resume <id>` so it picks up the fix. Once it succeeds, the queued calls drain in order.

If you need the account unblocked right now and can live without that one fee, `restate invocations cancel <id>` will end it and free the key."""

A["08n2"] = """### What's blocking acct-7

A failing `applyFee` invocation. Since the bad deploy it throws on every attempt; Restate retries it with exponential backoff and, after the retry budget (70 attempts by default — roughly an hour with the 1.7 defaults), pauses it. Either way it hasn't completed, so it still holds `acct-7`: later exclusive calls on that key wait in its inbox. Shared handlers on `acct-7` and all other keys keep working.

### Finding it

```
restate invocations list --service account --key acct-7
restate invocations describe <invocation-id>
```

`describe` shows the status (backing-off vs paused), the last error and the deployment it's pinned to. With SQL: `restate sql "select * from sys_keyed_service_status where service_name = 'account' and service_key = 'acct-7'"` tells you which invocation holds the key; `sys_inbox` shows what's queued behind it.

### Unblocking it without losing data

The invocation has journal entries, so it's pinned to the buggy deployment. Deploying the fix alone isn't enough — a plain `resume` (or the next retry) replays the old code and fails again.

1. Deploy the fix and register it as a new deployment.
2. If the invocation is still backing off, pause it first: `restate invocations pause <id>`. (`--deployment` is refused with a 409 while it's retrying.)
3. `restate invocations resume <id> --deployment latest` — or `PATCH /invocations/<id>/resume?deployment=latest` on the admin API.

Keep the fix journal-compatible with what `applyFee` already recorded; otherwise the replay fails with a journal mismatch (RT0016, code 570). When it completes, the queued calls run in order.

### What not to do

- `cancel` won't help: cancellation is cooperative and is only observed at the handler's next await. Your handler throws before that, so it fails again, pauses again and keeps the key.
- `kill` ends it immediately, but no compensation runs and anything it wrote stays as is; the queue then drains. Use it only if you decide to give up on this fee.
- Restarting Restate changes nothing, and there's no reason to clear `acct-7`'s state."""

A["08n3"] = """The key is held by an invocation that never finished. Look at who owns it:

```
$ restate sql "select service_key, invocation_id from sys_keyed_service_status where service_name = 'account' and service_key = 'acct-7'"
 service_key  invocation_id
 acct-7       inv_1jx2WcK6V4fA7cUbSZf3ApNbJrPu6HQtyt
```

and `restate invocations describe inv_1jx2WcK6V4fA7cUbSZf3ApNbJrPu6HQtyt` will show `applyFee`, status `paused` (or `backing-off`), and the exception from the bug. It's been retried with backoff and paused after running out of attempts, but a paused invocation still holds its key, so everything else for `acct-7` is queued behind it. Other accounts aren't affected because the lock is per key.

To fix it without losing anything: ship the bug fix as a new deployment and move the invocation onto it with `restate invocations resume inv_1jx2WcK6V4fA7cUbSZf3ApNbJrPu6HQtyt --deployment latest`. Invocations are pinned to the deployment they started on, so a plain resume would just replay the buggy code. After it completes, the queued calls go through.

Cancel doesn't work here — it's delivered at the next await, and the handler throws before reaching a new one, so it just pauses again. Kill does free the key, but it abandons the fee without compensation and leaves whatever `applyFee` already wrote."""

A["08n4"] = """Sounds like the account object got into a bad state after the deploy. The simplest way out:

1. Restart the Restate server; that clears in-memory locks held by crashed invocations.
2. If `acct-7` is still stuck, reset it with `restate state clear account acct-7` and have the clients retry.

Going forward, add better error handling in `applyFee` so a single exception can't take the object down."""

A["08n5"] = """An `applyFee` invocation for acct-7 keeps failing. Restate retries it with backoff and eventually pauses it, but it never completes, so it keeps holding acct-7's key and everything after it waits. Other keys have their own queues and aren't affected.

You can spot it in the Restate UI: open the Invocations view and filter by the `account` service — the stuck one shows up as paused or retrying, with the error.

Fix: deploy the corrected `applyFee`, register the new deployment, then resume the invocation on it with `restate invocations resume <id> --deployment latest`. Once it succeeds the backlog clears.

If you'd rather give up on that invocation, `restate invocations kill <id>` ends it; there's no compensation, so check the account's state afterwards. Cancel is not a good option here because the cancellation only takes effect at the next await, and a handler that crashes before it gets there will just fail and pause again."""

H("h08-01", "08g1", [
    ("diagnose",
     "it hits the bug, throws, and Restate retries it with backoff, or has paused it after exhausting its retries (70 attempts by default). Until it completes it holds the key, so every later exclusive call on acct-7 waits in that key's inbox. Shared handlers and other keys are unaffected",
     "Anchor 5.",
     5),
    ("find",
     "restate invocations list --service account --key acct-7\nrestate invocations describe <id>   # status, last error, pinned deployment",
     "Filtered CLI command plus describe, SQL tables and the UI.",
     5),
    ("fix",
     "restate invocations resume <id> --deployment latest\n# API: PATCH :9070/invocations/<id>/resume?deployment=latest … A plain restate invocations resume <id> replays on the old deployment and fails again.",
     "Pinning, new deployment, --deployment latest, and why a plain resume fails.",
     5),
    ("tradeoffs",
     "Cancel won't free the key: cancellation is cooperative and surfaces at the handler's next await … Restarting the server changes nothing",
     "Cancel, kill (no compensation, queued calls then run) and restart all covered.",
     5),
], "good answer 1; evidence spanning code block lines incl. a shell comment", fmt="p2")

H("h08-02", "08g2", [
    ("diagnose",
     "an invocation that hasn't completed still holds its key. Every later exclusive call to acct-7 therefore waits in the key's inbox behind it, while other keys and shared handlers keep working",
     "Retry/pause, held key, unaffected keys.",
     5),
    ("find",
     "query sys_keyed_service_status, sys_invocation and sys_inbox with restate sql",
     "Plus the filtered list command and describe.",
     5),
    ("fix",
     "a plain restate invocations resume <id> (or waiting for the next retry) replays the old, buggy code and fails again. Resume it on the fix instead with restate invocations resume <id> --deployment latest",
     "Anchor 5.",
     5),
    ("tradeoffs",
     "If you want to give up on it without a fix, use restate invocations kill <id>: it stops immediately without compensation, leaves whatever it already wrote, and lets the queued calls through.",
     "Also cancel's cooperative semantics and restart.",
     5),
], "good answer 2, fenced", fmt="fjson", ag="absent")

H("h08-03", "08f1", [
    ("diagnose",
     "A failing applyFee invocation is holding acct-7.",
     "Held key but not the retry/pause state; queued calls implied only by 'the queued calls follow'. Anchor 3-4; 3.",
     3),
    ("find",
     "restate invocations list --service account --key acct-7",
     "Concrete, filtered.",
     5),
    ("fix",
     "deploy the fix and run restate invocations resume <id>: it retries on the fixed code",
     "A plain resume replays on the pinned old deployment; ceiling 3.",
     3),
    ("tradeoffs",
     "run restate invocations cancel <id> instead; that ends the call with a terminal error and frees the key right away",
     "Claims cancel frees the key here: anchor 2.",
     2),
], "flawed 1: passing 'find' with filtered command", fmt="compact")

H("h08-04", "08f2", [
    ("diagnose",
     "The key is wedged inside the Restate server, probably a stale lock after the bad deploy.",
     "Blames infrastructure.",
     1),
    ("find",
     "",
     "No way to find the invocation.",
     1),
    ("fix",
     "Restart the Restate server to clear the stuck in-memory invocation; if acct-7 is still blocked afterwards, wipe its state with restate state clear account",
     "Restart and wipe state, and that command clears every key of the service.",
     1),
    ("tradeoffs",
     "",
     "Recommends restarting the server.",
     1),
], "flawed 2 all 1", fmt="tight", ag="absent")

H("h08-05", "08n1", [
    ("diagnose",
     "Restate keeps retrying it, and while it's in flight it holds the key, so every later call for acct-7 queues behind it. Other accounts have their own keys, which is why they're fine.",
     "Retrying and held key; pause and shared handlers not mentioned. 4.",
     4),
    ("find",
     "restate invocations list --service account --key acct-7",
     "Filtered command.",
     5),
    ("fix",
     "deploy the fixed code and run restate invocations resume <id> so it picks up the fix",
     "A plain resume doesn't move the invocation off the old deployment: anchor 3 ceiling.",
     3),
    ("tradeoffs",
     "restate invocations cancel <id> will end it and free the key",
     "Says cancel frees the key for a deterministically failing handler.",
     2),
], "plain-resume answer", fmt="p2", ag="last")

H("h08-06", "08n2", [
    ("diagnose",
     "Restate retries it with exponential backoff and, after the retry budget (70 attempts by default — roughly an hour with the 1.7 defaults), pauses it. Either way it hasn't completed, so it still holds acct-7",
     "Plus 'Shared handlers on acct-7 and all other keys keep working.'",
     5),
    ("find",
     "restate invocations list --service account --key acct-7 … restate sql \"select * from sys_keyed_service_status where service_name = 'account' and service_key = 'acct-7'\"",
     "CLI and SQL, filtered.",
     5),
    ("fix",
     "If the invocation is still backing off, pause it first: restate invocations pause <id>. (--deployment is refused with a 409 while it's retrying.) … restate invocations resume <id> --deployment latest",
     "Goes beyond the rubric with the pause-first step; plain resume explained as failing.",
     5),
    ("tradeoffs",
     "cancel won't help: cancellation is cooperative and is only observed at the handler's next await. … Restarting Restate changes nothing",
     "Kill described with no compensation and queue draining.",
     5),
], "headings/bullets dropped; escaped quotes in SQL; numbered list quoted", fmt="p4")

H("h08-07", "08n2", [
    ("diagnose",
     "A failing applyFee invocation.",
     "Heading and first line; the rest of the section gives retry, pause and held key.",
     5),
    ("find",
     "describe shows the status (backing-off vs paused), the last error and the deployment it's pinned to",
     "Also the filtered list.",
     5),
    ("fix",
     "Deploying the fix alone isn't enough — a plain resume (or the next retry) replays the old code and fails again.",
     "Anchor 5.",
     5),
    ("tradeoffs",
     "kill ends it immediately, but no compensation runs and anything it wrote stays as is; the queue then drains",
     "Complete.",
     5),
], "second judge, compact ascii", fmt="compact-ascii", ag="absent")

H("h08-08", "08n3", [
    ("diagnose",
     "It's been retried with backoff and paused after running out of attempts, but a paused invocation still holds its key, so everything else for acct-7 is queued behind it. Other accounts aren't affected because the lock is per key.",
     "Anchor 5 minus shared handlers; still 5.",
     5),
    ("find",
     "select service_key, invocation_id from sys_keyed_service_status where service_name = 'account' and service_key = 'acct-7'",
     "Filtered SQL plus describe.",
     5),
    ("fix",
     "ship the bug fix as a new deployment and move the invocation onto it with restate invocations resume inv_1jx2WcK6V4fA7cUbSZf3ApNbJrPu6HQtyt --deployment latest. Invocations are pinned to the deployment they started on, so a plain resume would just replay the buggy code.",
     "Anchor 5.",
     5),
    ("tradeoffs",
     "Cancel doesn't work here — it's delivered at the next await, and the handler throws before reaching a new one, so it just pauses again.",
     "Cancel and kill right; it never says a server restart changes nothing, and it doesn't say the queued calls run after a kill. One detail short.",
     4),
], "long invocation id token inside evidence; score 4 on missing restart note", fmt="p2")

H("h08-09", "08n4", [
    ("diagnose",
     "Sounds like the account object got into a bad state after the deploy.",
     "No invocation involved in its explanation.",
     1),
    ("find",
     "",
     "Nothing.",
     1),
    ("fix",
     "Restart the Restate server; that clears in-memory locks held by crashed invocations.",
     "Server restart and state wipe.",
     1),
    ("tradeoffs",
     "",
     "Recommends restart.",
     1),
], "all-1 restart answer", fmt="fence", ag="absent")

H("h08-10", "08n5", [
    ("diagnose",
     "Restate retries it with backoff and eventually pauses it, but it never completes, so it keeps holding acct-7's key and everything after it waits.",
     "Shared handlers not mentioned; otherwise complete. 5 by a hair? I'll say 4.",
     4),
    ("find",
     "open the Invocations view and filter by the account service",
     "UI only, no concrete command or table: anchor 3.",
     3),
    ("fix",
     "deploy the corrected applyFee, register the new deployment, then resume the invocation on it with restate invocations resume <id> --deployment latest",
     "Resumes on the new deployment but doesn't explain why a plain resume would fail: anchor 4.",
     4),
    ("tradeoffs",
     "Cancel is not a good option here because the cancellation only takes effect at the next await, and a handler that crashes before it gets there will just fail and pause again.",
     "Cancel and kill right; no mention of restart. 4.",
     4),
], "several 4s with reasons for missing details", fmt="fjson", ag="reason", reason="The answer speaks to the user only.")

H("h08-11", "08g1", [
    ("diagnose", "Until it completes it holds the key", "With retries, pause and the unaffected keys.", 5),
    ("find", "or restate sql over sys_keyed_service_status (who holds the key), sys_invocation and sys_inbox, or the UI", "Plus the filtered CLI command.", 5),
    ("fix", "Fix it without losing data", "The bold heading; the section explains pinning, --deployment latest and the failing plain resume.", 5),
    ("tradeoffs", "Abandoning it instead", "The section covers cancel, kill and restart correctly.", 5),
], "headings quoted with their bold markers dropped as evidence", fmt="compact")
