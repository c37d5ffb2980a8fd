// Second endpoint for the RestateEvals deployment tests: other code versions of services that get redeployed.
// Started by the GroundTruth tests with PORT and CODE set (CODE picks the version); bound to 127.0.0.1 only.
//   CODE=ledger-fixed  "ledger" with the bug of service.mjs fixed (registered as a new deployment)
//   CODE=tariff-v1     "tariff" as first deployed
//   CODE=tariff-v2     "tariff" with different code, started later at the same URL without registering it

import "../../../src/RestateEvals.Execution/node/polyfill.mjs"; // before the SDK: Promise.withResolvers on Node 20 (the execution package's)

import http2 from "node:http2";
import * as restate from "@restatedev/restate-sdk";

const { exclusive } = restate.handlers.object;
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

const versions = { "ledger-fixed": ledgerFixed, "tariff-v1": tariffV1, "tariff-v2": tariffV2 };
const code = versions[process.env.CODE];
if (!code) {
  console.error(`CODE must be one of ${Object.keys(versions).join(", ")}; got '${process.env.CODE}'`);
  process.exit(2);
}

const port = Number(process.env.PORT ?? 9081);
const server = http2.createServer(restate.endpoint().bind(code).http2Handler());
server.listen(port, "127.0.0.1", () => console.log(`${process.env.CODE} listening on 127.0.0.1:${port}`));
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
// The test host holds our stdin: when it goes away, however it goes, stdin ends and so do we.
process.stdin.on("end", () => process.exit(0));
process.stdin.on("error", () => process.exit(0));
process.stdin.resume();
