// Ground-truth service for RestateEvals: one virtual object per claim, plain JS, no build step.
// Started by the GroundTruth tests with PORT set; bound to 127.0.0.1 only.

import "../../../src/RestateEvals.Execution/node/polyfill.mjs"; // before the SDK: Promise.withResolvers on Node 20 (the execution package's)

import http2 from "node:http2";
import * as restate from "@restatedev/restate-sdk";

const { exclusive, shared } = restate.handlers.object;
const fastRetry = { retryPolicy: { initialInterval: 50, maxInterval: 200 } };
// For handlers with a deterministic bug: two quick attempts, then the invocation pauses.
const pauseAfterTwo = { retryPolicy: { maxAttempts: 2, onMaxAttempts: "pause", initialInterval: 50, maxInterval: 200 } };

// VOS-01: a read-modify-write with a pause between the read and the write.
const cart = restate.object({
  name: "cart",
  handlers: {
    reserveItem: exclusive(fastRetry, async (ctx) => {
      const start = await ctx.run("start", () => Date.now());
      const inventory = (await ctx.get("inventory")) ?? 10;
      await ctx.sleep({ milliseconds: 1000 });
      ctx.set("inventory", inventory - 1);
      const end = await ctx.run("end", () => Date.now());
      return { inventory: inventory - 1, start, end };
    }),
  },
});

// VOS-01: a cross-object call back into the caller's key (shop -> stock -> shop, all exclusive, request-response).
const shop = restate.object({
  name: "shop",
  handlers: {
    checkout: exclusive(async (ctx) => ctx.objectClient({ name: "stock" }, ctx.key).reserve(ctx.key)),
    confirm: exclusive(async () => "confirmed"),
    status: exclusive(async () => "ok"),
    // The asynchronous-reply design: stock answers with a one-way send back into this key. checkout keeps the key a
    // little longer after stock answered and reports whether the reply had run by then.
    checkoutWithReply: exclusive(async (ctx) => {
      const reserved = await ctx.objectClient({ name: "stock" }, ctx.key).reserveWithReply(ctx.key);
      await ctx.sleep({ milliseconds: 500 });
      return { reserved, replySeenWhileHoldingTheKey: (await ctx.get("reply")) ?? null };
    }),
    receiveReply: exclusive(async (ctx, reply) => ctx.set("reply", reply)),
  },
});
const stock = restate.object({
  name: "stock",
  handlers: {
    reserve: exclusive(async (ctx, shopKey) => ctx.objectClient({ name: "shop" }, shopKey).confirm()),
    reserveWithReply: exclusive(async (ctx, shopKey) => {
      ctx.objectSendClient({ name: "shop" }, shopKey).receiveReply("reserved");
      return "reserved";
    }),
  },
});

// VOS-01: a module-scope lock held around a 0.5 s critical section (a plain timer inside ctx.run, no ctx.sleep).
// It lives in the process, so it serializes every key this process handles.
let moduleLockTail = Promise.resolve();
function withModuleLock(criticalSection) {
  const result = moduleLockTail.then(criticalSection);
  moduleLockTail = result.catch(() => undefined);
  return result;
}
const report = restate.object({
  name: "report",
  handlers: {
    generate: exclusive(fastRetry, async (ctx) =>
      withModuleLock(() =>
        ctx.run("generate", async () => {
          const start = Date.now();
          await new Promise((resolve) => setTimeout(resolve, 500));
          return { start, end: Date.now() };
        }),
      ),
    ),
  },
});

// VOS-02: a shared handler that tries to write state (untyped JS lets the call through to the server).
const account = restate.object({
  name: "account",
  handlers: {
    getBalance: shared(fastRetry, async (ctx) => {
      ctx.set("lastReadAt", Date.now());
      return (await ctx.get("balance")) ?? 0;
    }),
  },
});

// VOS-03: objects exist on demand; clearAll removes a key's state.
const device = restate.object({
  name: "device",
  handlers: {
    read: shared(async (ctx) => ({ config: (await ctx.get("config")) ?? null, keys: await ctx.stateKeys() })),
    configure: exclusive(async (ctx, config) => {
      ctx.set("config", config);
      ctx.set("registeredAt", "2026-01-01");
    }),
    decommission: exclusive(async (ctx) => ctx.clearAll()),
    // A delayed self-send that is already scheduled when decommission runs clearAll.
    scheduleCheckIn: exclusive(async (ctx, ms) => {
      ctx.objectSendClient({ name: "device" }, ctx.key).checkIn(undefined, restate.rpc.sendOpts({ delay: { milliseconds: ms } }));
    }),
    checkIn: exclusive(async (ctx) => ctx.set("lastCheckIn", "checked-in")),
  },
});

// VOS-04: a request-response call to an exclusive handler on the same key.
const order = restate.object({
  name: "order",
  handlers: {
    checkout: exclusive(async (ctx) => ctx.objectClient({ name: "order" }, ctx.key).validate()),
    // validate leaves a trace in state, so a test can tell whether it ever ran.
    validate: exclusive(async (ctx) => {
      ctx.set("validateRuns", ((await ctx.get("validateRuns")) ?? 0) + 1);
      return "valid";
    }),
    status: exclusive(async () => "ok"),
  },
});

// VOS-05: sleeping in an exclusive handler versus a delayed send.
const subscription = restate.object({
  name: "subscription",
  handlers: {
    startTrialWithSleep: exclusive(async (ctx, ms) => {
      ctx.set("trial", "started");
      await ctx.sleep({ milliseconds: ms });
      ctx.set("trial", "ended");
    }),
    startTrialWithDelayedSend: exclusive(async (ctx, ms) => {
      ctx.set("trial", "started");
      ctx.objectSendClient({ name: "subscription" }, ctx.key).endTrial(undefined, restate.rpc.sendOpts({ delay: { milliseconds: ms } }));
    }),
    endTrial: exclusive(async (ctx) => {
      if ((await ctx.get("trial")) === "started") {
        ctx.set("trial", "ended");
      }
    }),
    upgrade: exclusive(async (ctx) => {
      ctx.set("plan", "pro");
      return "upgraded";
    }),
    peek: shared(async (ctx) => (await ctx.get("trial")) ?? null),
  },
});

// VOS-06 and VOS-07: a retryable failure after a state write, a terminal failure after a state write,
// and an in-memory counter beside durable state. Attempts are counted in memory on purpose.
const attempts = new Map();
const inMemoryCounter = new Map();
const wallet = restate.object({
  name: "wallet",
  handlers: {
    withdrawWithTransientFailure: exclusive(fastRetry, async (ctx, amount) => {
      const balance = (await ctx.get("balance")) ?? 100;
      ctx.set("balance", balance - amount);
      await ctx.run("flush", () => "journaled");
      const attempt = (attempts.get(ctx.key) ?? 0) + 1;
      attempts.set(ctx.key, attempt);
      if (attempt === 1) {
        throw new Error("transient failure after the write");
      }
      return { balance: await ctx.get("balance"), attempts: attempt };
    }),
    withdrawThenDecline: exclusive(async (ctx, amount) => {
      const balance = (await ctx.get("balance")) ?? 100;
      ctx.set("balance", balance - amount);
      await ctx.run("charge", () => "declined");
      throw new restate.TerminalError("payment declined");
    }),
    balance: shared(async (ctx) => (await ctx.get("balance")) ?? null),
  },
});
const counter = restate.object({
  name: "counter",
  handlers: {
    increment: exclusive(fastRetry, async (ctx) => {
      inMemoryCounter.set(ctx.key, (inMemoryCounter.get(ctx.key) ?? 0) + 1);
      const durable = ((await ctx.get("count")) ?? 0) + 1;
      ctx.set("count", durable);
      await ctx.run("flush", () => "journaled");
      const attempt = (attempts.get("counter/" + ctx.key) ?? 0) + 1;
      attempts.set("counter/" + ctx.key, attempt);
      if (attempt === 1) {
        throw new Error("transient failure: the handler is replayed");
      }
      return { inMemory: inMemoryCounter.get(ctx.key), durable: await ctx.get("count") };
    }),
  },
});

// VOS-08: a handler with a bug, paused after two attempts.
const fees = restate.object({
  name: "fees",
  handlers: {
    applyFee: exclusive({ retryPolicy: { maxAttempts: 2, onMaxAttempts: "pause", initialInterval: 50 } }, async () => {
      throw new Error("bug introduced by the last deploy");
    }),
    // The same bug, but thrown after a journal entry (the first await).
    applyFeeLate: exclusive(pauseAfterTwo, async (ctx) => {
      await ctx.run("charge", () => "charged");
      throw new Error("bug introduced by the last deploy, after the charge");
    }),
    balance: exclusive(async (ctx) => (await ctx.get("balance")) ?? 0),
    peek: shared(async (ctx) => (await ctx.get("balance")) ?? 0),
  },
});

// VOS-08: deployment 1 of "ledger" has a bug that throws after a journal entry (the ctx.run), so its invocations
// are pinned to this deployment. deployments.mjs serves the fixed code as a second deployment. Only the deployment
// tests use "ledger".
const ledger = restate.object({
  name: "ledger",
  handlers: {
    post: exclusive(pauseAfterTwo, async (ctx, amount) => {
      await ctx.run("validate", () => amount);
      throw new Error("bug in ledger v1: every posting fails");
    }),
    balance: exclusive(async (ctx) => (await ctx.get("balance")) ?? 0),
  },
});

// VOS-08: like ledger, but the bug keeps being retried (every second, many attempts) instead of pausing, so the
// invocation stays backing-off. deployments.mjs serves the fixed code (CODE=payout-fixed). Only that test uses "payout".
const payout = restate.object({
  name: "payout",
  handlers: {
    pay: exclusive({ retryPolicy: { maxAttempts: 1000, onMaxAttempts: "pause", initialInterval: 1000, maxInterval: 1000 } }, async (ctx, amount) => {
      await ctx.run("validate", () => amount);
      throw new Error("bug in payout v1: every payout fails");
    }),
  },
});

// VOS-09: state edited from outside while an invocation runs.
const customer = restate.object({
  name: "customer",
  handlers: {
    setup: exclusive(async (ctx) => {
      ctx.set("tier", "bronze");
      ctx.set("name", "Ada");
    }),
    busy: exclusive(async (ctx, ms) => {
      await ctx.sleep({ milliseconds: ms });
      return "done";
    }),
    // Changes the key after a while, e.g. while an edit computed from an earlier read is queued behind it.
    promote: exclusive(async (ctx, ms) => {
      await ctx.sleep({ milliseconds: ms });
      ctx.set("tier", "silver");
    }),
    read: shared(async (ctx) => ({ tier: (await ctx.get("tier")) ?? null, name: (await ctx.get("name")) ?? null })),
  },
});

const port = Number(process.env.PORT ?? 9080);
const objects = [cart, shop, stock, report, account, device, order, subscription, wallet, counter, fees, ledger, payout, customer];
const handler = objects.reduce((endpoint, object) => endpoint.bind(object), restate.endpoint()).http2Handler();
const server = http2.createServer(handler);
server.listen(port, "127.0.0.1", () => console.log(`ground-truth service listening on 127.0.0.1:${port}`));
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
// The test host holds our stdin: when it goes away, however it goes, stdin ends and so do we.
process.stdin.on("end", () => process.exit(0));
process.stdin.on("error", () => process.exit(0));
process.stdin.resume();
