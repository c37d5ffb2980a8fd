"""Extra honest replies: '...' joiners, entities, zero-width/soft hyphens, full-width punctuation, non-English reasonings."""
from common import A, H

# Answer rendered from HTML: entities in prose.
A["08n6"] = """The invocation that's stuck is most likely an `applyFee` call that throws on every attempt. Restate retries it with backoff and, after 70 attempts, pauses it &mdash; but either way it still holds acct-7, so the other calls for that key queue up behind it. Other keys are unaffected.

To find it, run `restate invocations list --service account --key acct-7` and then `restate invocations describe &lt;id&gt;`.

Because the invocation already has journal entries, it's pinned to the deployment it started on. Register the fixed code as a new deployment and run `restate invocations resume &lt;id&gt; --deployment latest`. A plain `resume` would replay the buggy code &amp; fail again.

Don't cancel it: cancel is cooperative, so a handler that throws before its next await just fails and pauses again. `kill` works as a last resort (no compensation; the queued calls run afterwards). Restarting the server won't change anything."""

# Copy-pasted answer containing soft hyphens and zero-width spaces.
A["06n6"] = "There's no roll\u00adback in Restate. The `ctx.set` before the `TerminalError` is already in the journal and stays; the same after a cancel or kill. A handler is not a data\u00adbase transaction, so compensate: set the balance back before you rethrow, or only set it after the charge suc\u00adceeds.\n\nOn a crash, the retry re\u200bplays the journal: `ctx.get` returns the recorded balance, the recorded `ctx.set` is not applied again, and a completed `ctx.run` returns its stored result. Exactly once. Regular errors are retried with back\u00adoff; a `TerminalError` isn't retried and fails the invocation, and the caller gets the error."

# Answer with full-width punctuation (written with a CJK input method).
A["04n6"] = "这是一个死锁（deadlock）。In English: `checkout` holds the exclusive lock on the order key while it awaits `validate`（same key），so `validate` waits in the key's inbox and never starts; every later call for that order queues behind both. Restate does not detect or time out this cycle, so there is no error.\n\nFix: call the validation as a local function, or make `validate` a shared handler if it only reads state.\n\nRecover: `restate invocations list --service order --key <id>`, then `restate invocations cancel <checkout-id>`; cancelling `checkout` also cancels the pending `validate`. Use `kill` only as a last resort."

H("h01-13", "01f1", [
    ("key-serialization",
     "Restate already runs exclusive handlers one at a time per key",
     "Correct about per-key exclusivity, though it doesn't explain that the second call queues. For this one key the teammate's claim that a lock is needed is wrong, as the answer's first sentence says.",
     4),
    ("no-app-lock",
     "keep the module-scope mutex, since it only serializes calls for that one cart key",
     "Endorses keeping the mutex and adding Redis.",
     1),
    ("key-boundary",
     "add a Redis lock per SKU around the decrement so that replicas can't race each other",
     "Treats inventory as something to lock rather than an object keyed by SKU.",
     2),
    ("why-lock-harms",
     "",
     "Gives no reason the lock harms; the one reason it offers about the mutex is false.",
     1),
], "score-4 reasoning says 'the teammate's claim ... is wrong, as ... implies' (not condemning the answer)", fmt="p2", ag="absent")

H("h02-13", "02g1", [
    ("shared-read-only",
     "shared handlers are read-only ... the write never lands",
     "Both halves of the anchor; joined with three ASCII dots.",
     5),
    ("accurate-failure",
     "the code doesn't compile (TS2339) ... the invocation backs off and retries (70 attempts by default) and is then paused",
     "Both layers.",
     5),
    ("write-in-exclusive",
     "If you don't need lastReadAt, simply drop it. ... recordRead is exclusive, so it runs one at a time per key",
     "Fragments quoted in reverse order.",
     5),
    ("no-race-misdiagnosis",
     "On a real server this happens on every call, not intermittently.",
     "The race and 'sometimes' are both rejected.",
     5),
], "'...' (three ASCII dots) used as joiner instead of '…'; fragments out of order", fmt="compact")

H("h03-12", "03g1", [
    ("on-demand-addressing",
     "Restate routes the call by key on demand ... A call with a typo'd or decommissioned ID also 'works', so keep a flag",
     "Implicit existence plus the flag.",
     5),
    ("no-pod-model",
     "You don't manage a lifecycle at all",
     "Opening sentence; the rest rejects pods, pools and shutdown.",
     5),
    ("state-semantics",
     "A never-written key simply has no state (ctx.get returns null). ... Decommissioning is just deleting the key's state with ctx.clearAll() (or ctx.clear(name)) in an exclusive handler.",
     "Bullet dropped; plus the delayed-send caveat and TTL.",
     5),
    ("deployment-scaling",
     "What you deploy is the handler code",
     "Then: registered once, stateless instances, independent of device count.",
     5),
], "ASCII '...' joiner; bullet dropped; reasoning terse", fmt="p2-nl", ag="last")

H("h04-13", "04n6", [
    ("diagnose-deadlock",
     "checkout holds the exclusive lock on the order key while it awaits validate(same key),so validate waits in the key's inbox and never starts; every later call for that order queues behind both.",
     "The answer uses full-width parentheses and comma; quoted here with ASCII ones. Anchor 5.",
     5),
    ("no-detection",
     "Restate does not detect or time out this cycle, so there is no error.",
     "No mention of A->B->A/longer cycles or orTimeout: anchor 3.",
     3),
    ("fix",
     "call the validation as a local function, or make validate a shared handler if it only reads state",
     "Two correct alternatives; the reason follows from the diagnosis.",
     5),
    ("recover",
     "restate invocations list --service order --key <id>, then restate invocations cancel <checkout-id>; cancelling checkout also cancels the pending validate",
     "Kill as last resort mentioned; no caveat about compensation. 4.",
     4),
], "answer has full-width punctuation (NFKC) and CJK text; evidence uses ASCII equivalents", fmt="p2")

H("h06-13", "06n6", [
    ("no-rollback",
     "There's no rollback in Restate.",
     "The answer's text contains soft hyphens (copy-paste artefact); quote given without them. Also cancel/kill and not-a-transaction.",
     5),
    ("compensate",
     "set the balance back before you rethrow, or only set it after the charge succeeds",
     "Both patterns with the rethrow.",
     5),
    ("exactly-once-retry",
     "On a crash, the retry replays the journal: ctx.get returns the recorded balance, the recorded ctx.set is not applied again, and a completed ctx.run returns its stored result.",
     "Zero-width space inside 'replays' in the answer, absent here.",
     5),
    ("terminal-vs-retryable",
     "Regular errors are retried with backoff; a TerminalError isn't retried and fails the invocation, and the caller gets the error.",
     "Anchor 5 content, briefly.",
     5),
], "answer contains soft hyphens and a zero-width space inside words; evidence without them", fmt="fjson", ag="absent")

H("h08-12", "08n6", [
    ("diagnose",
     "Restate retries it with backoff and, after 70 attempts, pauses it — but either way it still holds acct-7, so the other calls for that key queue up behind it. Other keys are unaffected.",
     "The answer writes &mdash; as an entity; quoted as the character. Anchor 5 except shared handlers.",
     5),
    ("find",
     "restate invocations list --service account --key acct-7 and then restate invocations describe <id>",
     "Entities (&lt;id&gt;) decoded in the quote.",
     5),
    ("fix",
     "Register the fixed code as a new deployment and run restate invocations resume <id> --deployment latest. A plain resume would replay the buggy code & fail again.",
     "Anchor 5.",
     5),
    ("tradeoffs",
     "Don't cancel it: cancel is cooperative, so a handler that throws before its next await just fails and pauses again.",
     "Kill and restart also covered.",
     5),
], "answer contains HTML entities (&lt;id&gt;, &mdash;, &amp;); evidence decodes them", fmt="p2")

H("h08-13", "08n6", [
    ("diagnose",
     "either way it still holds acct-7, so the other calls for that key queue up behind it",
     "Retry and pause are stated just before.",
     5),
    ("find",
     "restate invocations describe &lt;id&gt;",
     "Evidence left entity-encoded as in the raw answer.",
     5),
    ("fix",
     "it's pinned to the deployment it started on",
     "Then resume --deployment latest and the plain-resume warning.",
     5),
    ("tradeoffs",
     "kill works as a last resort (no compensation; the queued calls run afterwards). Restarting the server won't change anything.",
     "Complete.",
     5),
], "evidence keeps the HTML entity exactly as in the raw answer", fmt="compact", ag="absent")

H("h07-12", "07g1", [
    ("memory-not-state",
     "a module-level Map is not object state. Restate services are stateless processes",
     "Die Antwort nennt alle drei Gründe (Replikate, Neustarts, Replay) und die Divergenz zum dauerhaften Zustand.",
     5),
    ("use-ctx-state",
     "Persisting only every 100 increments adds to it: a crash loses up to 99 increments.",
     "Die Annahme des Nutzers, alle 100 Inkremente zu speichern, ist falsch; die Antwort erklärt das richtig und empfiehlt ctx.get/ctx.set bei jedem Aufruf.",
     5),
    ("eager-state",
     "Lazy state (enableLazyState) is only worth it when the state is large.",
     "Eager State wird korrekt erklärt.",
     5),
    ("corrects-premise",
     "No, it's not safe.",
     "Klares Nein am Anfang, mit Begründung.",
     5),
], "German reasonings; one says the USER's assumption is 'falsch' while praising the answer", fmt="p2", ag="absent")

H("h05-12", "05g2", [
    ("sleep-holds-key",
     "The sleep is holding the lock.",
     "La réponse explique correctement que l'invocation suspendue garde la clé ; l'idée qu'un sleep durable libère la clé est fausse, et la réponse le dit.",
     5),
    ("delayed-send",
     "Rewrite it around a delayed message",
     "Envoi différé avec sendOpts et retour immédiat.",
     5),
    ("endtrial-checks-state",
     "if the user already upgraded or cancelled, do nothing",
     "Vérifie l'état, ctx.run pour l'e-mail.",
     5),
    ("existing-invocations",
     "Once nothing is pinned to the old deployment, remove it.",
     "Garde l'ancien déploiement, annule, replanifie le reste.",
     5),
], "French reasonings; one calls a REJECTED idea 'fausse' at score 5", fmt="fjson")

H("h09-12", "09g1", [
    ("sql-read-only",
     "No. restate sql is read-only introspection",
     "Responde directamente que no; SELECT para inspeccionar.",
     5),
    ("supported-ways",
     "Add an exclusive handler such as setTier and call it for c-991",
     "Prefiere el handler y da la CLI y la API.",
     5),
    ("replace-semantics",
     "If you call the admin API directly, POST /services/customer/state with object_key, new_state and an optional version",
     "Reemplazo completo, bytes, 202, cola y versión obsoleta ignorada.",
     5),
    ("safety",
     "So read the state first and verify afterwards.",
     "Copia de seguridad, verificación y la advertencia sobre clear.",
     5),
], "Spanish reasonings, all positive", fmt="compact-ascii", ag="last")

H("h01-14", "01n1", [
    ("key-serialization", "Restate only ever runs one exclusive handler at a time for a given object key", "Plus the queueing mechanism.", 5),
    ("no-app-lock", "Don't bother with the Redis lock either; it solves a problem you don't have", "And 'take the mutex out' at the start.", 5),
    ("key-boundary", "even though Restate would have run them in parallel", "Only the parallel-keys point; no SKU object.", 3),
    ("why-lock-harms", "The mutex actually makes things worse.", "Followed by all three harms.", 5),
], "third-party judge: addressesGrader present with a reason after criteria", fmt="p2", ag="reason-last")
