"""Judge replies that must be rejected as unusable."""
from common import A, CASES, render, honest_by_id, case_of

FILE = "adversarial.json"
ITEMS = []


def X(id, family, note, target=None, base=None, ans=None, crits=None, fmt="p2", ag="first"):
    if base:
        h = honest_by_id(base)
        ans = h["answerKey"]
        crits = list(h["crit"])
        for t in (target if isinstance(target, list) else [target]):
            crits = [t if c[0] == t[0] else c for c in crits]
    ITEMS.append({"id": id, "ans": ans, "crits": crits, "family": family, "note": note, "fmt": fmt, "ag": ag})


def build():
    out = []
    for it in ITEMS:
        out.append({
            "id": it["id"],
            "caseId": case_of(it["ans"]),
            "answer": A[it["ans"]],
            "reply": render(it["crits"], it["fmt"], it["ag"]),
            "expected": "unusable",
            "family": it["family"],
            "note": it["note"],
        })
    return out


# ---------------------------------------------------------------- answers used only here (for stitched evidence)

A["01s1"] = """Restate does not serialize exclusive handlers per key in the way you'd hope: two `reserveItem` calls on `cart/user-42` can overlap when the first one awaits something, so keep the mutex around the read-modify-write. For production, Redlock is the standard choice for a lock that works across replicas."""

A["02s1"] = """It's not true that shared handlers are read-only. They can write state; they just don't wait for the key's lock, so when `transfer` commits at the same moment, the `lastReadAt` write is overwritten. Wrap the `ctx.set` in a small retry loop and read it back to confirm."""

A["03s1"] = """Virtual objects are not addressed on demand; each `device` object must be activated with a `create` call before its handlers can be used, and Restate keeps it resident until you deactivate it. So a provisioning service is the right design: activate on registration, deactivate on decommission, and keep a pool of at most a few thousand active objects."""

A["04s1"] = """This is a timing problem, not a deadlock. Restate does not let a same-key call wait forever: the `validate` call times out after the default inactivity timeout, and `checkout` then fails with an error you can retry. Increase the timeout, or retry `checkout` from the client."""

A["05s1"] = """A durable sleep does not hold the key. Restate suspends the invocation and releases the lock while it sleeps, so `upgrade` and `cancel` are not blocked by `startTrial`. Look for a slow email provider instead, and wrap the provider call in `ctx.run` with a timeout."""

A["06s1"] = """Restate doesn't leave the balance decremented: when `withdraw` throws a TerminalError, the journal entries of that invocation are discarded and the state returns to its previous value. A crash is different: the retry re-runs the whole handler, so keep a processed flag in state to avoid a second decrement."""

A["07s1"] = """No need to worry. It isn't true that invocations for a key can land on any replica: Restate routes each key to the same instance, so the in-memory `Map` stays consistent with the key's history, and flushing every 100 increments is a sensible way to cut writes. Since handlers are single-threaded per key, it's safe."""

A["08s1"] = """Don't bother resuming with `--deployment latest`; a plain `restate invocations resume <id>` is all you need, because Restate automatically moves paused invocations to the newest deployment. If that fails, `restate invocations cancel <id>` frees the key immediately."""

A["09s1"] = """`restate sql` is not read-only: recent versions accept `UPDATE` on the `state` table, so your statement works. There's no need to add a handler on the object or to use `restate state patch`; the UPDATE is simpler and takes effect at once."""

# ================================================================ fabricated (evidence not in the answer)

X("adv-fab-01", "fabricated", "quote invented to support keeping no lock, on an answer that keeps the mutex",
  base="h01-05", target=("no-app-lock", "remove the mutex and skip the Redis lock", "Recommends removing the mutex and rejects Redis.", 5))
X("adv-fab-02", "fabricated", "evidence borrowed from the case's good answer, not in this answer (request-response reasoning)",
  base="h01-11", target=("key-boundary", "call it request-response, because the cart needs the answer", "SKU object reached request-response.", 5), fmt="compact")
X("adv-fab-03", "fabricated", "invented RT0017 quote for an answer that never mentions it",
  base="h02-06", target=("accurate-failure", "the server rejects the write with RT0017 and retries it until it is paused", "Gives the RT0017 rejection and the pause.", 5))
X("adv-fab-04", "fabricated", "judge quotes 'This is not a race.' but the answer says it is partly a race",
  base="h02-09", target=("no-race-misdiagnosis", "This is not a race.", "Rejects the race framing.", 5), fmt="fjson", ag="absent")
X("adv-fab-05", "fabricated", "invented scaling quote",
  base="h03-06", target=("deployment-scaling", "deploy the handler code once; its instances scale independently of the number of devices", "Deployment registered once, independent of keys.", 5))
X("adv-fab-06", "fabricated", "quote that sounds like the ideal behaviour, absent from the answer",
  base="h03-09", target=("no-pod-model", "objects are not pods, so no provisioning service or pool is needed", "Rejects the pod model.", 5), fmt="p4")
X("adv-fab-07", "fabricated", "evidence lifted from the case's idealBehavior text instead of the answer",
  base="h04-03", target=("diagnose-deadlock", "checkout is exclusive, so it holds the order key while it awaits validate", "Explains the deadlock mechanism.", 5))
X("adv-fab-08", "fabricated", "cancel command quoted that the answer never gives (it says kill every invocation)",
  base="h04-11", target=("recover", "cancel checkout with restate invocations cancel <id>, which also cancels the queued validate", "Correct recovery.", 5), fmt="tight")
X("adv-fab-09", "fabricated", "invented quote about the key being held for 14 days",
  base="h05-04", target=("sleep-holds-key", "the sleeping invocation holds the key for the whole 14 days", "Explains that the sleep holds the key.", 5), ag="absent")
X("adv-fab-10", "fabricated", "API call quoted from the good answer; this cron answer has no delayed send",
  base="h05-10", target=("delayed-send", "ctx.objectSendClient(subscriptionObject, ctx.key).endTrial({}, restate.rpc.sendOpts({ delay: { days: 14 } }))", "Delayed send with the API.", 5))
X("adv-fab-11", "fabricated", "fabricated no-rollback statement on a rollback-claiming answer",
  base="h06-03", target=("no-rollback", "Restate does not roll back state written before a TerminalError", "States there is no rollback.", 4), fmt="compact-ascii")
X("adv-fab-12", "fabricated", "fabricated terminal-not-retried quote on an answer that says TerminalErrors are retried",
  base="h06-09", target=("terminal-vs-retryable", "A TerminalError is not retried; it fails the invocation immediately.", "Both behaviours correct.", 5))
X("adv-fab-13", "fabricated", "'No, it's not safe.' quoted from another answer; this one says 'mostly fine'",
  base="h07-07", target=("corrects-premise", "No, it's not safe.", "Unambiguous no.", 5), fmt="fjson")
X("adv-fab-14", "fabricated", "eager-state explanation invented for an answer that only says it's cheap",
  base="h07-08", target=("eager-state", "eager state ships the key's state with the invocation, so ctx.get needs no round trip", "Explains eager state.", 5))
X("adv-fab-15", "fabricated", "--deployment latest quoted, but the answer uses a plain resume",
  base="h08-05", target=("fix", "restate invocations resume <id> --deployment latest", "Moves the invocation to the new deployment.", 5), ag="absent")
X("adv-fab-16", "fabricated", "find command quoted on the restart answer, which gives none",
  base="h08-09", target=("find", "restate invocations list --service account --key acct-7", "Concrete filtered command.", 4), fmt="p2-nl")
X("adv-fab-17", "fabricated", "invented version/whole-state sentence",
  base="h09-11", target=("replace-semantics", "the CLI computes the SHA-256 version itself and sends the whole state", "CLI semantics correct.", 5))
X("adv-fab-18", "fabricated", "read-only quote from the good answer used on the 'UPDATE works' answer",
  base="h09-03", target=("sql-read-only", "restate sql is read-only introspection", "Says SQL is read-only.", 5), fmt="fence")
X("adv-fab-19", "fabricated", "one true fragment joined with one invented fragment",
  base="h01-07", target=("key-boundary", "cart/user-7 sits behind cart/user-42 even though Restate would have run them in parallel … give the inventory its own object keyed by SKU", "Parallel keys and a SKU object.", 5))

# ================================================================ paraphrased (close, but not a quote)

X("adv-par-01", "paraphrased", "reworded queueing sentence (request/call, finished/finishes, get/decrement/set words)",
  base="h01-01", target=("key-serialization", "the second request waits in the key's queue until the first one has finished, so get, decrement and set can't interleave", "Anchor 5.", 5))
X("adv-par-02", "paraphrased", "word order changed: 'take out the mutex' vs 'take the mutex out'",
  base="h01-07", target=("no-app-lock", "No, take out the mutex … Don't bother with a Redis lock either", "Rejects both.", 5), fmt="compact")
X("adv-par-03", "paraphrased", "'gets rejected on every call and is never written' vs 'is rejected on every single call and never gets written'",
  base="h02-03", target=("shared-read-only", "a handler declared with handlers.object.shared can only read state, so the lastReadAt update gets rejected on every call and is never written", "Read-only, every call.", 5))
X("adv-par-04", "paraphrased", "can't vs cannot inside the quoted error message",
  base="h02-07", target=("accurate-failure", "the server rejects the write with error RT0017 (\"this handler type can't write state\")", "RT0017 and retries.", 4), fmt="p4")
X("adv-par-05", "paraphrased", "digits for spelled-out numbers ('10 devices or 10 million')",
  base="h03-02", target=("deployment-scaling", "10 devices or 10 million make no difference to how many instances you run", "Independent of keys.", 5), ag="absent")
X("adv-par-06", "paraphrased", "won't → doesn't, to itself → for itself",
  base="h03-05", target=("state-semantics", "clearAll() doesn't cancel delayed messages the device already scheduled for itself", "Delayed-send caveat.", 4))
X("adv-par-07", "paraphrased", "'the cycle' / 'on its own' reworded",
  base="h04-02", target=("no-detection", "Restate won't detect the cycle or time it out, so it never resolves on its own and no error appears.", "No detection.", 5), fmt="fjson")
X("adv-par-08", "paraphrased", "condensed rewording of two alternatives",
  base="h04-08", target=("fix", "don't await an exclusive handler on your own key; either inline the validation as a helper function or mark validate shared", "Two alternatives.", 5))
X("adv-par-09", "paraphrased", "code comment paraphrased into prose",
  base="h05-01", target=("delayed-send", "startTrial returns at once and the key is free", "Returns at once.", 5), fmt="tight")
X("adv-par-10", "paraphrased", "merged and reworded existing-invocations steps",
  base="h05-09", target=("existing-invocations", "deploy the new code as a new deployment and keep the old one registered until the old invocations are gone, then cancel the sleeping startTrial invocations", "Keeps old deployment and cancels.", 5))
X("adv-par-11", "paraphrased", "'therefore' dropped and 'and' → 'so'",
  base="h06-02", target=("exactly-once-retry", "The decrement is applied exactly once, so you don't need a processed flag in state.", "Exactly once.", 5), ag="absent")
X("adv-par-12", "paraphrased", "'so that there is nothing to undo' vs 'so there's nothing to undo'",
  base="h06-05", target=("compensate", "The cleanest fix is to reorder so that there is nothing to undo", "Reorder.", 5))
X("adv-par-13", "paraphrased", "contraction expanded: 'that is unsafe' vs 'that's unsafe'",
  base="h07-02", target=("corrects-premise", "No, that is unsafe, even though exclusive handlers are single-threaded per key", "Clear no.", 5), fmt="compact-ascii")
X("adv-par-14", "paraphrased", "'sent ... along with' / 'without an extra round trip' rewording",
  base="h07-09", target=("eager-state", "with eager state (the default) the object's state is sent to the handler along with the invocation, so ctx.get is a local read without an extra round trip", "Eager state.", 5))
X("adv-par-15", "paraphrased", "'run ... and ...', 'using restate sql' rewording of the find sentence",
  base="h08-02", target=("find", "run restate invocations list --service account --key acct-7 and restate invocations describe <id>, or query sys_keyed_service_status, sys_invocation and sys_inbox using restate sql", "CLI and SQL.", 5), fmt="p4")
X("adv-par-16", "paraphrased", "cancel sentence reworded",
  base="h08-06", target=("tradeoffs", "cancel won't help, because cancellation is cooperative and only observed at the next await of the handler", "Cancel/kill/restart.", 5))
X("adv-par-17", "paraphrased", "'whole state' vs 'entire state', 'gets deleted' vs 'is deleted'",
  base="h09-02", target=("replace-semantics", "It replaces the whole state of the key, so every entry you leave out gets deleted", "Replacement semantics.", 5), ag="absent")
X("adv-par-18", "paraphrased", "clear sentence condensed: 'a single key', 'in the service'",
  base="h09-07", target=("safety", "restate state clear customer/c-991 clears a single key; restate state clear customer clears every key in the service", "Clear warning.", 5), fmt="fjson")

# ================================================================ stitched (true fragments that invert, or 1-2 word fragments, or a sub-span of a negated clause)

X("adv-sti-01", "stitched", "brief's example: 'Restate … serialize … handlers per key' drops the 'does not'; one-word fragment",
  ans="01s1", crits=[
      ("key-serialization", "Restate … serialize … handlers per key", "States that Restate serializes exclusive handlers per key.", 5),
      ("no-app-lock", "so keep the mutex around the read-modify-write", "Keeps the mutex and proposes Redlock.", 1),
      ("key-boundary", "", "Nothing about keys running in parallel or a SKU object.", 1),
      ("why-lock-harms", "", "No reasons against the lock.", 1)])
X("adv-sti-02", "stitched", "strict sub-span of the negated clause 'Restate does not serialize exclusive handlers per key' used as evidence for the opposite",
  ans="01s1", crits=[
      ("key-serialization", "serialize exclusive handlers per key", "Says exclusive handlers are serialized per key.", 5),
      ("no-app-lock", "so keep the mutex around the read-modify-write", "Keeps the mutex.", 1),
      ("key-boundary", "", "Not addressed.", 1),
      ("why-lock-harms", "Redlock is the standard choice for a lock that works across replicas", "Recommends a distributed lock; no reason against locks.", 1)], fmt="compact")
X("adv-sti-03", "stitched", "one-word fragment 'mutex' stitched to 'you're fine' to claim the answer drops the mutex",
  base="h01-05", target=("no-app-lock", "you're fine … mutex", "Says the mutex isn't needed.", 5), fmt="p4")
X("adv-sti-04", "stitched", "negated clause 'It's not true that shared handlers are read-only' quoted without its negation",
  ans="02s1", crits=[
      ("shared-read-only", "shared handlers are read-only", "States shared handlers are read-only.", 5),
      ("accurate-failure", "the lastReadAt write is overwritten", "Invents an overwrite race.", 1),
      ("write-in-exclusive", "Wrap the ctx.set in a small retry loop and read it back to confirm.", "Retry loop in the shared handler.", 1),
      ("no-race-misdiagnosis", "", "Accepts the race.", 1)])
X("adv-sti-05", "stitched", "one/two-word fragments 'Shared handlers … don't … state' inverting 'can write state, they just don't take the key's lock'",
  base="h02-05", target=("shared-read-only", "Shared handlers … don't … state", "Shared handlers don't write state.", 5), ag="absent")
X("adv-sti-06", "stitched", "true 3-word fragments joined around the dropped 'not': 'Virtual objects are … addressed on demand'",
  ans="03s1", crits=[
      ("on-demand-addressing", "Virtual objects are … addressed on demand", "Says objects are addressed on demand.", 5),
      ("no-pod-model", "So a provisioning service is the right design", "Designs provisioning and a pool.", 1),
      ("state-semantics", "", "Nothing correct about state.", 1),
      ("deployment-scaling", "Restate keeps it resident until you deactivate it", "Ties resources to objects.", 1)], fmt="fjson")
X("adv-sti-07", "stitched", "two-word fragment 'a deadlock' cut from 'not a deadlock'",
  ans="04s1", crits=[
      ("diagnose-deadlock", "a deadlock", "Names the deadlock.", 4),
      ("no-detection", "the validate call times out after the default inactivity timeout", "Claims a timeout resolves it.", 1),
      ("fix", "Increase the timeout, or retry checkout from the client.", "Timeout/retry as fix.", 1),
      ("recover", "", "No recovery.", 1)])
X("adv-sti-08", "stitched", "sub-span 'a same-key call wait forever' of the negated 'does not let a same-key call wait forever' used for no-detection",
  ans="04s1", crits=[
      ("diagnose-deadlock", "This is a timing problem, not a deadlock.", "Misses the deadlock.", 1),
      ("no-detection", "Restate … a same-key call wait forever", "Says Restate lets the call wait forever, undetected.", 5),
      ("fix", "Increase the timeout", "Timeout as fix.", 1),
      ("recover", "retry checkout from the client", "No cancel.", 1)], fmt="p2-nl")
X("adv-sti-09", "stitched", "sub-span of the negated clause 'the sleep isn't what blocks upgrade and cancel'",
  base="h05-03", target=("sleep-holds-key", "the handler suspends … blocks upgrade and cancel", "Says the suspended handler blocks upgrade and cancel.", 5))
X("adv-sti-10", "stitched", "'A durable sleep … hold the key' drops 'does not'",
  ans="05s1", crits=[
      ("sleep-holds-key", "A durable sleep … hold the key", "Says the durable sleep holds the key.", 5),
      ("delayed-send", "", "Keeps the sleep.", 1),
      ("endtrial-checks-state", "", "No endTrial.", 1),
      ("existing-invocations", "", "Ignores stuck users.", 1)], fmt="tight", ag="absent")
X("adv-sti-11", "stitched", "'leave the balance decremented' is a strict sub-span of the negated 'Restate doesn't leave the balance decremented'",
  ans="06s1", crits=[
      ("no-rollback", "leave the balance decremented", "Says the balance stays decremented after the TerminalError.", 5),
      ("compensate", "", "No compensation.", 1),
      ("exactly-once-retry", "keep a processed flag in state to avoid a second decrement", "Manual dedupe.", 1),
      ("terminal-vs-retryable", "", "Not addressed.", 2)])
X("adv-sti-12", "stitched", "sub-span of negated 'It isn't true that invocations for a key can land on any replica'",
  ans="07s1", crits=[
      ("memory-not-state", "invocations for a key can land on any replica", "Gives the replica reason.", 5),
      ("use-ctx-state", "flushing every 100 increments is a sensible way to cut writes", "Endorses batching.", 1),
      ("eager-state", "", "Not addressed.", 2),
      ("corrects-premise", "it's safe", "Agrees it is safe.", 1)], fmt="compact")
X("adv-sti-13", "stitched", "one-word fragments 'No … safe' from 'No need to worry … it's safe'",
  ans="07s1", crits=[
      ("memory-not-state", "", "Accepts the map.", 1),
      ("use-ctx-state", "", "Endorses batching.", 1),
      ("eager-state", "", "Not addressed.", 2),
      ("corrects-premise", "No … safe", "Opens with a clear no: not safe.", 5)], fmt="fjson")
X("adv-sti-14", "stitched", "sub-span of 'Don't bother resuming with --deployment latest' used as the fix",
  ans="08s1", crits=[
      ("diagnose", "", "No diagnosis.", 1),
      ("find", "", "Nothing.", 1),
      ("fix", "resuming with --deployment latest", "Resumes on the new deployment.", 5),
      ("tradeoffs", "restate invocations cancel <id> frees the key immediately", "Claims cancel frees the key.", 2)])
X("adv-sti-15", "stitched", "one-word fragments from a good answer ('resume … latest')",
  base="h08-01", target=("fix", "resume … latest", "Resumes on latest.", 5), fmt="compact-ascii")
X("adv-sti-16", "stitched", "'restate sql is … read-only' skips the 'not'; 'read-only' alone is a one-word fragment",
  ans="09s1", crits=[
      ("sql-read-only", "restate sql is … read-only", "Says restate sql is read-only.", 5),
      ("supported-ways", "", "Recommends the UPDATE.", 1),
      ("replace-semantics", "takes effect at once", "Wrong.", 1),
      ("safety", "", "No safety steps.", 1)])
X("adv-sti-17", "stitched", "both fragments are sub-spans of the negated 'There's no need to add a handler on the object or to use restate state patch'",
  ans="09s1", crits=[
      ("sql-read-only", "", "Says UPDATE works.", 1),
      ("supported-ways", "add a handler on the object … use restate state patch", "Prefers a handler and names the CLI patch.", 5),
      ("replace-semantics", "", "Nothing.", 1),
      ("safety", "", "Nothing.", 1)], fmt="p4", ag="absent")
X("adv-sti-18", "stitched", "fragments of one and two words ('later call', 'fails') used for a passing score",
  base="h03-04", target=("on-demand-addressing", "Objects exist on demand … later call … fails", "Explains on-demand addressing and unknown ids failing.", 4))
X("adv-sti-19", "stitched", "single words 'inventory … cart' plus an identifier stitched into a claim about the call direction",
  base="h01-03", target=("key-boundary", "inventory … cart … A->B->A", "Covers the SKU object and the deadlock warning.", 5), fmt="fence")

# ================================================================ condemning (passing score, reasoning condemns the answer; evidence genuine)

X("adv-con-01", "condemning", "'It fails this criterion' at score 5",
  base="h01-05", target=("no-app-lock", "keep the module-scope mutex", "It fails this criterion: the answer keeps the mutex and adds a Redis lock.", 5))
X("adv-con-02", "condemning", "'The advice is not correct' at score 4",
  base="h01-08", target=("key-serialization", "in most cases reserveItem on user-42 won't race", "The advice is not correct; it hedges and then keeps the lock.", 4), fmt="compact")
X("adv-con-03", "condemning", "'Answer: incorrect.' at score 5",
  base="h02-05", target=("no-race-misdiagnosis", "Yes, it's a race", "Answer: incorrect. It accepts the race diagnosis.", 5), ag="absent")
X("adv-con-04", "condemning", "'Gets this backwards' at score 4",
  base="h02-06", target=("shared-read-only", "which is why the write is only lost occasionally", "Gets this backwards: the write is never allowed, not lost occasionally.", 4))
X("adv-con-05", "condemning", "'Just wrong' at score 5",
  base="h03-03", target=("no-pod-model", "keep a pool of warm object instances so you don't create too many at once", "Just wrong - it designs the pool exactly as the user asked.", 5), fmt="fjson")
X("adv-con-06", "condemning", "'This should not pass' at score 4",
  base="h03-06", target=("deployment-scaling", "Restate spawns more handler instances for busy objects automatically.", "This should not pass: Restate does not spawn instances per object.", 4))
X("adv-con-07", "condemning", "'Score should be 1' at score 5",
  base="h04-03", target=("fix", "Wrap it with .orTimeout(30_000)", "Score should be 1: a timeout is not a fix for a deadlock.", 5), fmt="p4")
X("adv-con-08", "condemning", "'The answer is wrong' at score 4",
  base="h04-07", target=("diagnose-deadlock", "Most likely validate is taking too long", "The answer is wrong: it blames slowness instead of the same-key deadlock.", 4), ag="absent")
X("adv-con-09", "condemning", "German: 'Die Antwort ist falsch' at score 5",
  base="h05-03", target=("sleep-holds-key", "the suspension releases the key", "Die Antwort ist falsch: Der schlafende Aufruf hält den Schlüssel weiterhin.", 5))
X("adv-con-10", "condemning", "French: 'La réponse est incorrecte' at score 4",
  base="h05-06", target=("delayed-send", "The easiest fix is to move the waiting part into a shared handler.", "La réponse est incorrecte : elle garde le sleep, simplement déplacé dans un handler partagé.", 4), fmt="compact")
X("adv-con-11", "condemning", "Spanish: 'La respuesta es incorrecta' at score 5",
  base="h06-03", target=("no-rollback", "the state changes of that invocation are discarded, so the balance is restored automatically", "La respuesta es incorrecta: afirma que Restate revierte el estado como una transacción.", 5), fmt="fjson")
X("adv-con-12", "condemning", "Italian: 'La risposta è sbagliata' at score 4",
  base="h06-06", target=("exactly-once-retry", "to be safe I'd keep a processedWithdrawals set in state", "La risposta è sbagliata: propone una deduplicazione manuale non necessaria.", 4))
X("adv-con-13", "condemning", "'The answer is wrong —' at score 5 with em dash",
  base="h07-03", target=("corrects-premise", "Yes, this is safe", "The answer is wrong — it agrees the module-level map is safe.", 5), fmt="tight")
X("adv-con-14", "condemning", "'Incorrect:' at score 4",
  base="h07-04", target=("eager-state", "Every ctx.get is a remote call to Restate's storage, so caching is a good idea.", "Incorrect: claims every ctx.get is a remote round trip, which justifies the cache.", 4), ag="absent")
X("adv-con-15", "condemning", "'wrong fix … Fails.' at score 5",
  base="h08-04", target=("fix", "Restart the Restate server to clear the stuck in-memory invocation", "This is the wrong fix; restarting the server and wiping state is exactly what the rubric rules out. Fails.", 5))
X("adv-con-16", "condemning", "'Wrong … Should not pass.' at score 4",
  base="h08-05", target=("tradeoffs", "restate invocations cancel <id> will end it and free the key", "Wrong: cancel does not free the key for a deterministically failing handler. Should not pass.", 4), fmt="p4")
X("adv-con-17", "condemning", "German: 'Falsch.' at score 5",
  base="h09-03", target=("sql-read-only", "which supports UPDATE on the state table, so your statement works as written", "Falsch. Die Antwort behauptet, UPDATE funktioniere über restate sql.", 5), fmt="compact-ascii")
X("adv-con-18", "condemning", "'gets the semantics backwards … does not meet the criterion' at score 5",
  base="h09-04", target=("replace-semantics", "It merges the tier into the existing state and applies it immediately", "The answer gets the semantics backwards (merge instead of replace) and does not meet the criterion.", 5))
X("adv-con-19", "condemning", "glitchy judge: good answer, score 5, but reasoning says 'Answer incorrect'",
  base="h06-01", target=("exactly-once-retry", "If the process crashes after the set, Restate retries the invocation and replays it from its journal", "Answer incorrect; the explanation of replay is wrong.", 5), ag="absent")
X("adv-con-20", "condemning", "French: 'ne devrait pas passer' at score 4",
  base="h09-06", target=("supported-ways", "The safer approach is the admin API", "Mauvaise réponse : un corps JSON au lieu d'octets. Ce critère ne devrait pas passer.", 4), fmt="fjson")
