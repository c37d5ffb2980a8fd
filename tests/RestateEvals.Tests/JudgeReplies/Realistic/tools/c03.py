from common import A, H

A["03n1"] = """You can drop the provisioning service and the pool entirely. A Restate virtual object isn't a running thing — there's no process or container behind `device/dev-123`. Restate routes each call to the handler code by key, on demand; between calls nothing exists for that key except its stored state.

What that means in practice:

- **No spin-up.** Calling any handler on a new device ID just works. A key that has never been written has no state, so `ctx.get("registered")` returns `null`.
- **No shut-down.** To decommission, call an exclusive handler that does `ctx.clearAll()`.
- **No pool.** There's nothing to pool. The only thing you scale is the deployment: register your handler code once and add stateless endpoint instances when load grows. Whether you have 50 devices or 5 million doesn't change that.
- **Guard against unknown IDs.** Because every key implicitly exists, store a `registered` flag in a `register` handler and throw a `TerminalError` from the other handlers when it's missing.

One gotcha: `clearAll()` won't cancel delayed messages the device already scheduled to itself (heartbeat checks and the like). They'll still fire, so those handlers must check `registered` and bail out without re-scheduling."""

A["03n2"] = """Restate creates virtual objects lazily, the first time a key is called, so you don't strictly need a provisioning step. That said, a lightweight `register` call is still useful so you can validate device IDs.

For the lifecycle:
- On registration, call `device/<id>/register`, which initializes the object's state.
- Restate keeps active objects in memory while they're receiving traffic and evicts them when idle, so there's no need for your own pool, though you may want to rate-limit registrations during a bulk onboarding.
- On decommission, call a handler that clears the state with `ctx.clearAll()`.

For scaling, Restate spawns more handler instances for busy objects automatically."""

A["03n3"] = """# There is no lifecycle to manage

Virtual objects are **not** pods, processes or containers, so there's nothing to spin up, pool or shut down. Every device ID implicitly *has* a `device` object. A request to `device/report/<id>` is routed by key the moment it arrives; between requests nothing runs for that key and nothing costs compute. See the [virtual objects overview](https://docs.restate.dev/foundations/services).

## What you deploy

You register the `device` service once, as a deployment. Its endpoint instances are stateless and scale with request load — 10 devices or 10 million devices, the instance count is driven by traffic, not by keys.

## Registration and decommissioning

| step | what to do |
|---|---|
| register | exclusive `register` handler sets `registered = true` (plus metadata) |
| any other call | reject with `TerminalError` if `registered` is missing |
| decommission | exclusive handler calls `ctx.clearAll()` |

Because every key implicitly exists, the `registered` flag is the only way to tell a real device from a typo'd or retired ID. A key nobody ever wrote has no state: `ctx.get` returns `null`.

## Caveats

- `clearAll()` deletes the state, flag included, but does **not** cancel delayed self-sends that were already scheduled (e.g. `checkHealth` in 1 h, 2 h, …). They still run, so they must check the flag and stop without re-scheduling.
- There's no TTL on object state. If you want devices to expire, schedule a delayed self-send to a cleanup handler.
- There's no API that lists all keys of a service; if you need an inventory of devices, query `state` via `restate sql` or keep your own index object."""

A["03n4"] = """Objects are cheap in Restate, so you don't need a pool in the Kubernetes sense. I'd still keep a small provisioning step, though:

1. A `deviceRegistry` service receives the registration webhook, validates the device certificate, and calls `device/<id>/init` to create the object.
2. The registry keeps a list of active device IDs so you can monitor them.
3. On decommission, the registry calls `device/<id>/shutdown`, which clears the object's state and removes the ID from the list.

Provisioning isn't strictly required — Restate will create the object on first call anyway — but having one place that owns the lifecycle tends to make operations easier. If you expect bursts of registrations you could throttle `init` calls in the registry."""

A["03n5"] = """Good news: there's less to build than you think. A virtual object is addressed, not started. Every `device/<id>` exists implicitly, and when a call comes in Restate routes it by key to whichever instance of your service endpoint is available. Nothing stays resident between calls, so a pool has nothing to pool and there is nothing to shut down.

Try it:

```bash
curl -X POST localhost:8080/device/dev-17/register --json '{"model":"t1000"}'
curl -X POST localhost:8080/device/never-seen/status
```

The second call works too — and that's the catch. Restate can't tell a registered device from a typo. Keep a `registered` flag in state (set in `register`) and have `status`, `report` etc. throw `new restate.TerminalError("unknown device")` when it's absent; a key that was never written simply returns `null` from `ctx.get`.

Decommissioning = `ctx.clearAll()` from an exclusive `decommission` handler. Note that this does not cancel self-sends already in flight, such as a delayed `nightlyCheck`: those still arrive and must check the flag and not re-arm themselves. State has no TTL either; to expire devices, schedule a delayed self-send to a cleanup handler.

Deployment-wise: run the service as a normal Kubernetes Deployment behind an HPA, register it with Restate once (`restate deployments register http://device-svc:9080`), and let CPU drive the replica count. The number of device keys has no bearing on how many replicas you need."""

H("h03-01", "03g1", [
    ("on-demand-addressing",
     "Every device ID implicitly has a device object; when something calls device/<id>/<handler>, Restate routes the call by key on demand. … A call with a typo'd or decommissioned ID also 'works', so keep a flag",
     "On-demand routing by key and the registered-flag consequence, with code.",
     5),
    ("no-pod-model",
     "virtual objects are not pods, processes or containers … There is no provisioning step, no pool, nothing to start and nothing to shut down",
     "Rejects the pod model and every part of the plan.",
     5),
    ("state-semantics",
     "clearAll does not cancel delayed self-sends that were already scheduled; they still run, so scheduled handlers must check the flag and not re-schedule. There is no built-in TTL for object state",
     "Null on unwritten key, clearAll in exclusive handler, pending sends caveat, no TTL.",
     5),
    ("deployment-scaling",
     "deploy and register the service once, and run as many stateless endpoint instances as the load needs, independent of how many devices exist",
     "Deployment registered once, stateless instances, independent of key count.",
     5),
], "good answer 1; evidence containing <id> and <handler> placeholders", fmt="p2")

H("h03-02", "03g2", [
    ("on-demand-addressing",
     "Keep a registered flag in state, set it in a register handler, and have every other handler reject calls (with a TerminalError) when it's missing. … Each device ID already has its device object implicitly",
     "Fragments quoted in reverse order. Implicit object per key and the flag.",
     5),
    ("no-pod-model",
     "There's nothing to spin up or shut down, because a virtual object is not a pod or a process.",
     "Clear.",
     5),
    ("state-semantics",
     "To decommission, call an exclusive handler that runs ctx.clearAll(); that deletes the key's state, flag included.",
     "All four points, including the delayed self-send caveat and no TTL.",
     5),
    ("deployment-scaling",
     "ten devices or ten million make no difference to how many instances you run",
     "Independent of key count, deployed once, stateless instances.",
     5),
], "reverse-order fragments; fenced json", fmt="fjson")

H("h03-03", "03f1", [
    ("on-demand-addressing",
     "Build a provisioning service that spins up each device object when the device registers",
     "Says objects must be spun up.",
     1),
    ("no-pod-model",
     "keep a pool of warm object instances so you don't create too many at once",
     "Designs the pool as asked.",
     1),
    ("state-semantics",
     "shut down the object through the admin API",
     "Invents a shutdown/delete API.",
     1),
    ("deployment-scaling",
     "Running objects hold memory, so cap the pool size and evict idle objects.",
     "Ties compute to objects.",
     1),
], "all-1 reply, compact", fmt="compact")

H("h03-04", "03f2", [
    ("on-demand-addressing",
     "Objects exist on demand, so no provisioning is needed.",
     "Right direction, vague, and doesn't address unknown ids; worse, it claims later calls fail.",
     3),
    ("no-pod-model",
     "Objects exist on demand, so no provisioning is needed.",
     "Drops provisioning, but never explicitly rejects the pod/pool model or the shutdown part.",
     4),
    ("state-semantics",
     "it wipes the state, cancels everything the device still has scheduled, and any later call to that device ID fails because the object no longer exists … Devices you forget about are cleaned up anyway once their state expires.",
     "Three false claims: clearAll cancelling scheduled calls, later calls failing, and state expiry.",
     1),
    ("deployment-scaling",
     "",
     "Nothing on deployment or scaling.",
     2),
], "same quote reused for two criteria; condemnation only at score 1", fmt="p2", ag="absent")

H("h03-05", "03n1", [
    ("on-demand-addressing",
     "Restate routes each call to the handler code by key, on demand; between calls nothing exists for that key except its stored state. … Because every key implicitly exists, store a registered flag in a register handler and throw a TerminalError from the other handlers when it's missing.",
     "Addressing by key plus the flag consequence.",
     5),
    ("no-pod-model",
     "You can drop the provisioning service and the pool entirely.",
     "Rejects the plan; 'No spin-up', 'No shut-down', 'No pool' bullets follow.",
     5),
    ("state-semantics",
     "No shut-down. To decommission, call an exclusive handler that does ctx.clearAll(). … clearAll() won't cancel delayed messages the device already scheduled to itself",
     "Null for unwritten keys, clearAll, and the delayed-message caveat. The missing piece is TTL: the answer never says state does not expire, so 4.",
     4),
    ("deployment-scaling",
     "register your handler code once and add stateless endpoint instances when load grows. Whether you have 50 devices or 5 million doesn't change that.",
     "Anchor 5.",
     5),
], "bold bullet labels dropped from evidence; score 4 for missing TTL", fmt="p4")

H("h03-06", "03n2", [
    ("on-demand-addressing",
     "Restate creates virtual objects lazily, the first time a key is called",
     "Right direction but 'creates lazily' and 'keeps active objects in memory' is the mixed picture of anchor 2.",
     2),
    ("no-pod-model",
     "there's no need for your own pool, though you may want to rate-limit registrations during a bulk onboarding",
     "Offers a throttle on object creation as an option: anchor 3.",
     3),
    ("state-semantics",
     "On decommission, call a handler that clears the state with ctx.clearAll().",
     "Clearing state is right; nothing about scheduled sends or TTL.",
     3),
    ("deployment-scaling",
     "Restate spawns more handler instances for busy objects automatically.",
     "Ambiguous about compute per key, which is anchor 2; Restate doesn't spawn instances per object.",
     2),
], "mixed answer with mostly failing scores; reasonings describe what the answer gets wrong at low scores", fmt="p2")

H("h03-07", "03n3", [
    ("on-demand-addressing",
     "Every device ID implicitly has a device object. … Because every key implicitly exists, the registered flag is the only way to tell a real device from a typo'd or retired ID.",
     "Anchor-5 content. Its example path would fail, though: device/report/<id> puts the handler before the key (it should be device/<id>/report). A slip in an example, not in the concept.",
     4),
    ("no-pod-model",
     "Virtual objects are not pods, processes or containers, so there's nothing to spin up, pool or shut down.",
     "Emphasis dropped (**not**). Rejects every part of the plan.",
     5),
    ("state-semantics",
     "does not cancel delayed self-sends that were already scheduled (e.g. checkHealth in 1 h, 2 h, …). They still run … There's no TTL on object state.",
     "All points present; the answer's own ellipsis is part of the quote.",
     5),
    ("deployment-scaling",
     "You register the device service once, as a deployment. Its endpoint instances are stateless and scale with request load",
     "Plus '10 devices or 10 million devices, the instance count is driven by traffic, not by keys'.",
     5),
], "score 4 whose reasoning criticises the answer's example path; emphasis dropped; answer's own ellipsis quoted", fmt="fjson", ag="last")

H("h03-08", "03n3", [
    ("on-demand-addressing",
     "A request to `device/report/<id>` is routed by key the moment it arrives; between requests nothing runs for that key and nothing costs compute.",
     "Routed by key on demand; the flag consequence is in the registration table and the paragraph after it.",
     5),
    ("no-pod-model",
     "There is no lifecycle to manage",
     "Heading quoted without the '#'. The body rejects pods, pools, start and shutdown.",
     5),
    ("state-semantics",
     "If you want devices to expire, schedule a delayed self-send to a cleanup handler.",
     "TTL workaround, clearAll, null reads and the delayed self-send caveat are all present.",
     5),
    ("deployment-scaling",
     "10 devices or 10 million devices, the instance count is driven by traffic, not by keys",
     "Independent of keys.",
     5),
], "heading quoted without '#'; backticks kept around a placeholder path", fmt="tight", ag="absent")

H("h03-09", "03n4", [
    ("on-demand-addressing",
     "Restate will create the object on first call anyway",
     "'Create on first call' is the vague anchor-3 phrasing, and the plan still has an explicit init call to 'create the object'.",
     2),
    ("no-pod-model",
     "A deviceRegistry service receives the registration webhook, validates the device certificate, and calls device/<id>/init to create the object.",
     "Designs the provisioning service and shutdown as asked, with only a remark that objects are cheap.",
     2),
    ("state-semantics",
     "which clears the object's state and removes the ID from the list",
     "Clearing state on decommission, but 'shutdown' framing and no delayed-send or TTL caveats.",
     3),
    ("deployment-scaling",
     "",
     "Silent on deployment and scaling.",
     2),
], "provisioning-service answer; numbered list quoted without number", fmt="compact", ag="absent")

H("h03-10", "03n5", [
    ("on-demand-addressing",
     "A virtual object is addressed, not started. Every device/<id> exists implicitly … Keep a registered flag in state (set in register) and have status, report etc. throw new restate.TerminalError(\"unknown device\") when it's absent",
     "Addressing on demand and the flag with a TerminalError.",
     5),
    ("no-pod-model",
     "Nothing stays resident between calls, so a pool has nothing to pool and there is nothing to shut down.",
     "Rejects the pool and shutdown; provisioning is implicitly gone ('addressed, not started').",
     5),
    ("state-semantics",
     "Decommissioning = ctx.clearAll() from an exclusive decommission handler. … State has no TTL either; to expire devices, schedule a delayed self-send to a cleanup handler.",
     "Includes the in-flight self-send caveat too.",
     5),
    ("deployment-scaling",
     "register it with Restate once (restate deployments register http://device-svc:9080), and let CPU drive the replica count. The number of device keys has no bearing on how many replicas you need.",
     "Registered once, scaled on load, independent of keys.",
     5),
], "evidence with a URL inside inline code and escaped quotes", fmt="p2", ag="reason",
  reason="The answer is addressed to the user only.")

H("h03-11", "03n5", [
    ("on-demand-addressing",
     "The second call works too — and that's the catch. Restate can't tell a registered device from a typo.",
     "The curl demo makes the implicit-key point concrete and leads to the registered flag.",
     5),
    ("no-pod-model",
     "Good news: there's less to build than you think.",
     "Declines to design the provisioning/pool/shutdown; the reasons follow.",
     5),
    ("state-semantics",
     "a key that was never written simply returns null from ctx.get",
     "Plus clearAll, the delayed self-send caveat and no TTL.",
     5),
    ("deployment-scaling",
     "run the service as a normal Kubernetes Deployment behind an HPA",
     "Scaling by load, independent of keys. The user's pod idea is wrong for objects, as the answer says; using pods for the endpoint is fine.",
     5),
], "reasoning says the user's idea is wrong 'as the answer says' at a passing score", fmt="p2-ascii")
