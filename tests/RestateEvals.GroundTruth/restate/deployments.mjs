// Second endpoint for the RestateEvals deployment tests: other code versions of services that get redeployed.
// Started by the GroundTruth tests with PORT and CODE set (CODE picks the version); bound to 127.0.0.1 only. While
// another process holds PORT, it waits for it.
//   CODE=ledger-fixed  "ledger" with the bug of service.mjs fixed (registered as a new deployment)
//   CODE=tariff-v1     "tariff" as first deployed
//   CODE=tariff-v2     "tariff" with different code, started later at the same URL without registering it
//   CODE=payout-fixed  "payout" with the bug of service.mjs fixed (registered as a new deployment)
//   CODE=invoice-buggy "invoice" with a bug that fails every time
//   CODE=invoice-fixed "invoice" fixed in place: started later at the same URL, journal-compatible, not registered
//   CODE=basket-v1     "basket" whose checkout awaits validate on its own key (the same-key deadlock)
//   CODE=basket-v2     "basket" with validation moved into a local function, started later at the same URL
//   CODE=trial-v1      "trial" whose startTrial sleeps in the exclusive handler
//   CODE=trial-v2      "trial" with different code, started later at the same URL without registering it

import "../../../src/RestateEvals.Execution/node/polyfill.mjs"; // before the SDK: Promise.withResolvers on Node 20 (the execution package's)

import http2 from "node:http2";
import * as restate from "@restatedev/restate-sdk";

const { exclusive, shared } = restate.handlers.object;
const pauseAfterTwo = { retryPolicy: { maxAttempts: 2, onMaxAttempts: "pause", initialInterval: 50, maxInterval: 200 } };

// VOS-08: the fixed "ledger". Its journal starts like version 1 (one ctx.run), so pinned invocations can move here.
const ledgerFixed = restate.object({
  name: "ledger",
  handlers: {
    post: exclusive(pauseAfterTwo, async (ctx, amount) => {
      await ctx.run("validate", () => amount);
      const balance = ((await ctx.get("balance")) ?? 0) + amount;
      ctx.set("balance", balance);
      return { balance, code: "fixed" };
    }),
    balance: exclusive(async (ctx) => (await ctx.get("balance")) ?? 0),
  },
});

// VOS-05: "tariff" version 1 journals a ctx.run and then sleeps; the short inactivity timeout makes the sleeping
// invocation suspend at once, so no connection to this process stays open while it sleeps.
const tariffV1 = restate.object({
  name: "tariff",
  handlers: {
    reprice: exclusive({ ...pauseAfterTwo, inactivityTimeout: { milliseconds: 100 } }, async (ctx) => {
      ctx.set("price", "old");
      await ctx.run("quote", () => 10);
      await ctx.sleep({ seconds: 60 });
      ctx.set("price", "new");
    }),
    status: exclusive(async () => "ok"),
  },
});

// VOS-05: "tariff" version 2, different code behind the same URL: it sleeps before it quotes.
const tariffV2 = restate.object({
  name: "tariff",
  handlers: {
    reprice: exclusive({ ...pauseAfterTwo, inactivityTimeout: { milliseconds: 100 } }, async (ctx) => {
      ctx.set("price", "old");
      await ctx.sleep({ seconds: 60 });
      await ctx.run("quote", () => 12);
      ctx.set("price", "new");
    }),
    status: exclusive(async () => "ok"),
  },
});

// VOS-08: the fixed "payout". Its journal starts like the buggy version (one ctx.run), so pinned invocations can move here.
const payoutFixed = restate.object({
  name: "payout",
  handlers: {
    pay: exclusive(async (ctx, amount) => {
      await ctx.run("validate", () => amount);
      return { amount, code: "fixed" };
    }),
  },
});

// VOS-08: "invoice" with a deterministic bug, and the in-place fix. Both journal the same ctx.run before the failure
// point, so invocations started on the buggy code replay on the fixed code. issue pauses after two attempts;
// issueRetrying keeps retrying every half second.
const retryOften = { retryPolicy: { maxAttempts: 1000, onMaxAttempts: "pause", initialInterval: 500, maxInterval: 500 } };
const invoiceBuggy = restate.object({
  name: "invoice",
  handlers: {
    issue: exclusive(pauseAfterTwo, async (ctx) => {
      await ctx.run("number", () => 42);
      throw new Error("bug in invoice: every invoice fails");
    }),
    issueRetrying: exclusive(retryOften, async (ctx) => {
      await ctx.run("number", () => 42);
      throw new Error("bug in invoice: every invoice fails");
    }),
  },
});
const invoiceFixed = restate.object({
  name: "invoice",
  handlers: {
    issue: exclusive(pauseAfterTwo, async (ctx) => {
      const number = await ctx.run("number", () => 42);
      return { number, code: "fixed in place" };
    }),
    issueRetrying: exclusive(retryOften, async (ctx) => {
      const number = await ctx.run("number", () => 42);
      return { number, code: "fixed in place" };
    }),
  },
});

// VOS-04: "basket" v1 deadlocks like service.mjs's "order"; v2 validates in a local function, so its journal has no call.
const basketV1 = restate.object({
  name: "basket",
  handlers: {
    checkout: exclusive({ ...pauseAfterTwo, inactivityTimeout: { milliseconds: 100 } }, async (ctx) => ctx.objectClient({ name: "basket" }, ctx.key).validate()),
    validate: exclusive(async () => "valid"),
    status: exclusive(async () => "v1"),
  },
});
const basketV2 = restate.object({
  name: "basket",
  handlers: {
    checkout: exclusive({ ...pauseAfterTwo, inactivityTimeout: { milliseconds: 100 } }, async () => validateLocally()),
    validate: exclusive(async () => validateLocally()),
    status: exclusive(async () => "v2"),
  },
});
function validateLocally() {
  return "valid";
}

// VOS-05: "trial" v1 sleeps a minute in the exclusive startTrial; the short inactivity timeout makes it suspend at
// once, so no connection to this process stays open while it sleeps. v2 is different code (no sleep).
const trialV1 = restate.object({
  name: "trial",
  handlers: {
    startTrial: exclusive({ ...pauseAfterTwo, inactivityTimeout: { milliseconds: 100 } }, async (ctx) => {
      ctx.set("trial", "started");
      await ctx.sleep({ seconds: 60 });
      ctx.set("trial", "ended");
    }),
    status: exclusive(async () => "v1"),
    peek: shared(async (ctx) => (await ctx.get("trial")) ?? null),
  },
});
const trialV2 = restate.object({
  name: "trial",
  handlers: {
    startTrial: exclusive({ ...pauseAfterTwo, inactivityTimeout: { milliseconds: 100 } }, async (ctx) => {
      ctx.set("trial", "started");
      ctx.objectSendClient({ name: "trial" }, ctx.key).endTrial(restate.rpc.sendOpts({ delay: { seconds: 60 } }));
    }),
    endTrial: exclusive(async (ctx) => ctx.set("trial", "ended")),
    status: exclusive(async () => "v2"),
    peek: shared(async (ctx) => (await ctx.get("trial")) ?? null),
  },
});

const versions = {
  "ledger-fixed": ledgerFixed,
  "tariff-v1": tariffV1,
  "tariff-v2": tariffV2,
  "payout-fixed": payoutFixed,
  "invoice-buggy": invoiceBuggy,
  "invoice-fixed": invoiceFixed,
  "basket-v1": basketV1,
  "basket-v2": basketV2,
  "trial-v1": trialV1,
  "trial-v2": trialV2,
};
const code = versions[process.env.CODE];
if (!code) {
  console.error(`CODE must be one of ${Object.keys(versions).join(", ")}; got '${process.env.CODE}'`);
  process.exit(2);
}

const port = Number(process.env.PORT ?? 9081);
const server = http2.createServer(restate.endpoint().bind(code).http2Handler());
// A process started while the previous code version still serves the port waits and takes the port over once it is
// gone, so a test can start the next version ahead (Node's start-up is slow on a busy machine).
server.on("error", (error) => {
  if (error.code !== "EADDRINUSE") {
    throw error;
  }
  setTimeout(() => server.listen(port, "127.0.0.1"), 20);
});
server.on("listening", () => console.log(`${process.env.CODE} listening on 127.0.0.1:${port}`));
server.listen(port, "127.0.0.1");
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
// The test host holds our stdin: when it goes away, however it goes, stdin ends and so do we.
process.stdin.on("end", () => process.exit(0));
process.stdin.on("error", () => process.exit(0));
process.stdin.resume();
