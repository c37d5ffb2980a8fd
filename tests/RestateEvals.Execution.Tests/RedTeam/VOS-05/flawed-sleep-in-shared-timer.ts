import * as restate from "@restatedev/restate-sdk";

// The wait moves into a shared handler: shared handlers do not hold the key, so upgrade
// and cancel are never blocked. When the timer fires it hands over to endTrial.
export const subscription = restate.object({
  name: "subscription",
  handlers: {
    startTrial: async (ctx: restate.ObjectContext, request: { trialSeconds: number }): Promise<void> => {
      ctx.set("status", "trial");
      ctx.objectSendClient(subscription, ctx.key).trialTimer(request.trialSeconds);
    },
    trialTimer: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext, seconds: number): Promise<void> => {
      await ctx.sleep({ seconds });
      ctx.objectSendClient(subscription, ctx.key).endTrial();
    }),
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
