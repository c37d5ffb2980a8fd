import * as restate from "@restatedev/restate-sdk";

// startTrial returns immediately; endTrial owns the waiting.
export const subscription = restate.object({
  name: "subscription",
  handlers: {
    startTrial: async (ctx: restate.ObjectContext, request: { trialSeconds: number }): Promise<void> => {
      ctx.set("status", "trial");
      ctx.set("trialSeconds", request.trialSeconds);
      ctx.objectSendClient(subscription, ctx.key).endTrial();
    },
    upgrade: async (ctx: restate.ObjectContext): Promise<void> => {
      ctx.set("status", "active");
    },
    cancel: async (ctx: restate.ObjectContext): Promise<void> => {
      ctx.set("status", "cancelled");
    },
    endTrial: async (ctx: restate.ObjectContext): Promise<void> => {
      const seconds = (await ctx.get<number>("trialSeconds")) ?? 0;
      if (seconds > 0) {
        ctx.clear("trialSeconds");
        await ctx.sleep({ seconds });
      }
      if ((await ctx.get<string>("status")) === "trial") ctx.set("status", "ended");
    },
    getStatus: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<string | null> => {
      return ctx.get<string>("status");
    }),
  },
});
