import * as restate from "@restatedev/restate-sdk";

const ONE_HOUR_S = 3600;

async function finishTrial(ctx: restate.ObjectContext): Promise<void> {
  if ((await ctx.get<string>("status")) === "trial") ctx.set("status", "ended");
}

export const subscription = restate.object({
  name: "subscription",
  handlers: {
    startTrial: async (ctx: restate.ObjectContext, request: { trialSeconds: number }): Promise<void> => {
      ctx.set("status", "trial");
      if (request.trialSeconds > ONE_HOUR_S) {
        // long trials: one durable timer in this invocation, survives restarts
        await ctx.sleep({ seconds: request.trialSeconds });
        await finishTrial(ctx);
      } else {
        ctx
          .objectSendClient(subscription, ctx.key)
          .endTrial(restate.rpc.sendOpts({ delay: { seconds: request.trialSeconds } }));
      }
    },
    upgrade: async (ctx: restate.ObjectContext): Promise<void> => {
      ctx.set("status", "active");
    },
    cancel: async (ctx: restate.ObjectContext): Promise<void> => {
      ctx.set("status", "cancelled");
    },
    endTrial: async (ctx: restate.ObjectContext): Promise<void> => {
      await finishTrial(ctx);
    },
    getStatus: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<string | null> => {
      return ctx.get<string>("status");
    }),
  },
});
