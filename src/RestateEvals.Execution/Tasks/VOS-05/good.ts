// VOS-05 reference (good): startTrial schedules a delayed one-way call to endTrial instead of sleeping in the handler.
import * as restate from "@restatedev/restate-sdk";

export const subscription = restate.object({
  name: "subscription",
  handlers: {
    startTrial: async (ctx: restate.ObjectContext, request: { trialSeconds: number }): Promise<void> => {
      ctx.set("status", "trial");
      // Restate holds the timer durably; the key is not locked while the trial runs.
      ctx.objectSendClient(subscription, ctx.key).endTrial(restate.rpc.sendOpts({ delay: { seconds: request.trialSeconds } }));
    },
    upgrade: async (ctx: restate.ObjectContext): Promise<void> => {
      ctx.set("status", "active");
    },
    cancel: async (ctx: restate.ObjectContext): Promise<void> => {
      ctx.set("status", "cancelled");
    },
    endTrial: async (ctx: restate.ObjectContext): Promise<void> => {
      if ((await ctx.get<string>("status")) !== "trial") {
        return;
      }
      ctx.set("status", "ended"); // the trial-ended email would be sent here
    },
    getStatus: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<string | null> => {
      return (await ctx.get<string>("status")) ?? null;
    }),
  },
});
