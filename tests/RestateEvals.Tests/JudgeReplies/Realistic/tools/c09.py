from common import A, H

A["09n1"] = """No — `restate sql` is a read-only introspection interface. `SELECT` against the `state` table is fine for looking at `c-991`, but there's no `UPDATE`.

Best option: let the object fix itself. Add an exclusive handler, e.g. `adminSetTier(tier)`, deploy it, and call `customer/c-991/adminSetTier`. Only the object should change its own state, and going through a handler means the write is ordered with any other calls on that key.

If you can't deploy right now, the CLI can patch one entry:

```
restate state patch customer c-991 --patch '[{"op":"replace","path":"/tier","value":"gold"}]'
```

Before you do anything, save the current state (`restate state get customer c-991`), and check it again afterwards. Careful with `restate state clear customer` — without a key it wipes every customer; `restate state clear customer/c-991` is the single-key form."""

A["09n2"] = """Running an `UPDATE` through `restate sql` might work, but it isn't recommended — you'd be bypassing Restate's journal, which is risky.

The safer approach is the admin API:

```bash
curl -X POST localhost:9070/services/customer/state \\
  -H 'content-type: application/json' \\
  -d '{"object_key": "c-991", "new_state": {"tier": "gold"}}'
```

That updates the `tier` entry for `c-991`. Be careful in production and test it on staging first."""

A["09n3"] = """## Short answer

No. Restate's SQL endpoint is **read-only**: you can `SELECT` from `state` to inspect `c-991`, but `UPDATE` (or any write) isn't supported.

## The right way, in order of preference

1. **Through the object.** Only the object should change its own state. Add an exclusive handler, say `setTier`, and call it for `c-991`. The write is queued like any other call on that key and goes through the normal journal.
2. **CLI.** `restate state patch customer c-991 --patch '[{"op":"replace","path":"/tier","value":"gold"}]'` applies a JSON patch; `restate state edit customer c-991` (a.k.a. `restate kv edit`) opens it in `$EDITOR`.
3. **Admin API.** `POST /services/customer/state` with `object_key`, `new_state` and optionally `version`.

See [Managing state](https://docs.restate.dev/operate/introspection) for the CLI details.

## What to watch out for

- The CLI computes the state version itself — a SHA-256 over the key's current state — and sends the *whole* state back, so other entries survive. `restate state get` doesn't print a version, so don't go looking for one.
- The raw admin API **replaces** the key's entire state: anything you leave out of `new_state` is deleted. Values in `new_state` are byte arrays, not JSON.
- The API answers `202 Accepted` and applies the change later, queued behind invocations already running on the key. If your `version` is stale by then, the update is dropped silently.
- That applies to the CLI too: if an invocation changes the key first, the CLI still prints "Successfully submitted state update" but nothing happened. So: `restate state get customer c-991` before (keep a copy) and after.
- `restate state clear customer/c-991` clears one key. `restate state clear customer` clears **every** key of the service."""

A["09n4"] = """`restate sql` won't do it: the SQL interface only supports queries, it's read-only. Use it to look (`select key, value_utf8 from state where service_name = 'customer' and service_key = 'c-991'`), not to write.

My preference would be a small exclusive handler on `customer` that sets the tier — the object is the only thing that should modify its own state, and the call is serialized with the key's other traffic. If you need to do it from outside instead, the admin API is:

```bash
curl -X POST http://localhost:9070/services/customer/state \\
  -H 'content-type: application/json' \\
  -d '{"object_key":"c-991","version":"<sha256-of-current-state>","new_state":{"tier":[34,103,111,108,100,34],"email":[34,97,64,98,46,99,34]}}'
```

Things to know about that call:
- `new_state` is the **complete** new state. Every entry you don't include is deleted, which is why `email` is repeated above.
- The values are byte arrays (here the JSON-encoded strings `"gold"` and `"a@b.c"`), not JSON values.
- It returns 202 and is applied once the invocations currently running on `c-991` are done.
- The `version` is a SHA-256 you compute over the current state; if it no longer matches when the update is applied, the update is silently ignored.

The CLI (`restate state patch` / `restate state edit`) computes the version for you and resends the full state, so it's the easier route. Either way, dump the state first and re-read it afterwards."""

A["09n5"] = """You can't write through `restate sql`; use the CLI's state commands instead:

```
restate kv edit customer c-991
```

This opens the current state in your editor; change `tier`, save, and the CLI sends the update. Make a copy of the state first (`restate kv get customer c-991 > c-991.backup.json`) so you can put it back if something goes wrong."""

H("h09-01", "09g1", [
    ("sql-read-only",
     "restate sql is read-only introspection: select * from state where service_name = 'customer' and service_key = 'c-991' shows you the bad value, but there is no UPDATE.",
     "Anchor 5.",
     5),
    ("supported-ways",
     "Preferred fix: go through the object, because only the object should change its own state. … restate state patch customer c-991 --patch '[{\"op\":\"replace\",\"path\":\"/tier\",\"value\":\"gold\"}]'",
     "Handler first, then CLI patch/edit and the admin API.",
     5),
    ("replace-semantics",
     "the version is a SHA-256 of the key's state that the client computes, and edit, patch and clear compute it and send the whole state for you … it replaces the whole state: any entry you omit is deleted; … a stale version is silently ignored.",
     "CLI vs admin-API semantics, bytes, 202, queuing.",
     5),
    ("safety",
     "restate state clear customer/c-991 clears one key, but restate state clear customer clears all keys of the service",
     "Back up, verify, and the clear warning.",
     5),
], "good answer 1; JSON patch with escaped quotes inside evidence; bullet semicolons", fmt="p2")

H("h09-02", "09g2", [
    ("sql-read-only",
     "Don't: Restate's SQL interface is read-only. You can query the state table to look at c-991, but an UPDATE isn't possible.",
     "Anchor 5.",
     5),
    ("supported-ways",
     "add an exclusive admin handler on customer that sets tier, and invoke it for c-991",
     "Preference for a handler, then CLI and admin API.",
     5),
    ("replace-semantics",
     "It replaces the entire state of the key, so every entry you leave out is deleted, and the new_state values must be bytes, not JSON. It answers 202 and is applied later, queued behind invocations already running on the key, and if your version is stale the update is silently ignored.",
     "Plus the CLI computing the version.",
     5),
    ("safety",
     "save the current state first (restate state get customer c-991), check the result afterwards, and be careful with clearing",
     "Anchor 5.",
     5),
], "good answer 2", fmt="fjson", ag="absent")

H("h09-03", "09f1", [
    ("sql-read-only",
     "restate sql runs on DataFusion, which supports UPDATE on the state table, so your statement works as written",
     "Tells the user to run the UPDATE.",
     1),
    ("supported-ways",
     "restart the customer service so it reloads the state for c-991",
     "Invents a mechanism.",
     1),
    ("replace-semantics",
     "takes effect immediately",
     "Nothing accurate on semantics.",
     1),
    ("safety",
     "",
     "No safety steps.",
     1),
], "flawed 1, short low-score evidence", fmt="compact", ag="absent")

H("h09-04", "09f2", [
    ("sql-read-only",
     "SQL is read-only, so use the admin API",
     "Says read-only but no SELECT for inspection: 4.",
     4),
    ("supported-ways",
     "POST /services/customer/state with {\"object_key\":\"c-991\",\"new_state\":{\"tier\":\"gold\"}}",
     "Admin-API body with JSON values as the main recommendation: anchor 2.",
     2),
    ("replace-semantics",
     "It merges the tier into the existing state and applies it immediately, so the other entries stay. Copy the version shown by restate state get into the request.",
     "Per-entry merge applied immediately, and a version that state get doesn't print.",
     1),
    ("safety",
     "If something goes wrong, restate state clear customer resets the object so you can start over.",
     "Recommends clearing the whole service.",
     1),
], "flawed 2 with JSON-in-evidence escaped quotes", fmt="p2", ag="last")

H("h09-05", "09n1", [
    ("sql-read-only",
     "restate sql is a read-only introspection interface. SELECT against the state table is fine for looking at c-991, but there's no UPDATE.",
     "Anchor 5.",
     5),
    ("supported-ways",
     "Add an exclusive handler, e.g. adminSetTier(tier), deploy it, and call customer/c-991/adminSetTier. Only the object should change its own state",
     "Handler preferred with the reason, CLI patch as alternative.",
     5),
    ("replace-semantics",
     "",
     "Nothing about versions, whole-state replacement or queuing.",
     2),
    ("safety",
     "save the current state (restate state get customer c-991), and check it again afterwards. Careful with restate state clear customer — without a key it wipes every customer; restate state clear customer/c-991 is the single-key form.",
     "Back up, verify and the clear warning; it doesn't say why verifying matters (queued, stale version). 4.",
     4),
], "concise answer missing semantics", fmt="p4", ag="absent")

H("h09-06", "09n2", [
    ("sql-read-only",
     "Running an UPDATE through restate sql might work, but it isn't recommended",
     "'Might work but risky' is anchor 2.",
     2),
    ("supported-ways",
     "-d '{\"object_key\": \"c-991\", \"new_state\": {\"tier\": \"gold\"}}'",
     "Admin API with JSON values; no handler, no CLI.",
     2),
    ("replace-semantics",
     "That updates the tier entry for c-991.",
     "Describes a per-entry update: anchor 1.",
     1),
    ("safety",
     "Be careful in production and test it on staging first.",
     "Generic caution only.",
     2),
], "curl with shell continuation backslashes in answer; evidence quoting the -d line", fmt="tight")

H("h09-07", "09n3", [
    ("sql-read-only",
     "No. Restate's SQL endpoint is read-only: you can SELECT from state to inspect c-991, but UPDATE (or any write) isn't supported.",
     "Bold dropped. Anchor 5.",
     5),
    ("supported-ways",
     "Through the object. Only the object should change its own state. … CLI. restate state patch customer c-991 … Admin API. POST /services/customer/state with object_key, new_state and optionally version.",
     "Ordered preference with all three; numbering and bold dropped.",
     5),
    ("replace-semantics",
     "The CLI computes the state version itself - a SHA-256 over the key's current state - and sends the whole state back, so other entries survive.",
     "Dashes normalised; the following bullets cover replacement, bytes, 202, queuing and the silent drop.",
     5),
    ("safety",
     "restate state clear customer clears every key of the service.",
     "With the single-key form, before/after reads and why verifying matters (silent drop, 'Successfully submitted').",
     5),
], "headings, numbering, bold and em dashes normalised", fmt="p2")

H("h09-08", "09n3", [
    ("sql-read-only",
     "you can `SELECT` from `state` to inspect `c-991`, but `UPDATE` (or any write) isn't supported",
     "Backticks kept.",
     5),
    ("supported-ways",
     "See Managing state for the CLI details.",
     "Link text without URL. The ordered list prefers a handler and gives CLI and admin API.",
     5),
    ("replace-semantics",
     "If your version is stale by then, the update is dropped silently.",
     "Complete semantics across the bullets.",
     5),
    ("safety",
     "the CLI still prints \"Successfully submitted state update\" but nothing happened. So: restate state get customer c-991 before (keep a copy) and after.",
     "Anchor 5.",
     5),
], "link text quoted without URL; backticks kept", fmt="fence", ag="reason", reason="The answer addresses only the user.")

H("h09-09", "09n4", [
    ("sql-read-only",
     "the SQL interface only supports queries, it's read-only. Use it to look … not to write.",
     "With a SELECT example.",
     5),
    ("supported-ways",
     "My preference would be a small exclusive handler on customer that sets the tier — the object is the only thing that should modify its own state",
     "Handler preferred; admin API shown; CLI named as the easier route.",
     5),
    ("replace-semantics",
     "new_state is the complete new state. Every entry you don't include is deleted … The values are byte arrays (here the JSON-encoded strings \"gold\" and \"a@b.c\"), not JSON values. … if it no longer matches when the update is applied, the update is silently ignored",
     "All admin-API points and the CLI version handling.",
     5),
    ("safety",
     "Either way, dump the state first and re-read it afterwards.",
     "Back up and verify, but no warning about clearing the whole service. 4 at best; the anchor needs the clear warning for 5. I'll give 3.",
     3),
], "fragments with bold dropped; score 3 with a true partial quote", fmt="p2-ascii")

H("h09-10", "09n4", [
    ("sql-read-only",
     "restate sql won't do it: the SQL interface only supports queries, it's read-only.",
     "Plus the inspection query.",
     5),
    ("supported-ways",
     "The CLI (restate state patch / restate state edit) computes the version for you and resends the full state, so it's the easier route.",
     "Handler first, admin API and CLI.",
     5),
    ("replace-semantics",
     "It returns 202 and is applied once the invocations currently running on c-991 are done.",
     "Queued application; replacement, bytes and the silent stale-version drop in adjacent bullets.",
     5),
    ("safety",
     "dump the state first and re-read it afterwards",
     "Back up and verify only; nothing on clear.",
     3),
], "second judge, compact", fmt="compact", ag="absent")

H("h09-11", "09n5", [
    ("sql-read-only",
     "You can't write through restate sql",
     "Says the write won't work but not that SQL is read-only introspection or that SELECT can inspect: 4.",
     4),
    ("supported-ways",
     "restate kv edit customer c-991",
     "A single correct mechanism with no preference for a handler: anchor 3.",
     3),
    ("replace-semantics",
     "",
     "Not covered.",
     1),
    ("safety",
     "Make a copy of the state first (restate kv get customer c-991 > c-991.backup.json)",
     "One safety step, no warning about clear: anchor 3.",
     3),
], "short answer; shell redirection in evidence", fmt="fjson-compact")
