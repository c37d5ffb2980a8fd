import * as restate from "@restatedev/restate-sdk";

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
      await ctx.run("send trial-ended email", () => console.log(`trial over: ${ctx.key}`));
      ctx.set("status", "ended");
    },
    getStatus: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<string | null> => {
      return ctx.get<string>("status");
    }),
  },
});
