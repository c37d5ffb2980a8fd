// VOS-05 reference (flawed): startTrial durably sleeps for the trial period, then ends the trial itself.
// flaw: advises a durable ctx.sleep inside the exclusive startTrial; the handler holds the key's lock for the whole trial, so upgrade and cancel queue behind it until the trial is over.
import * as restate from "@restatedev/restate-sdk";

export const subscription = restate.object({
  name: "subscription",
  handlers: {
    startTrial: async (ctx: restate.ObjectContext, request: { trialSeconds: number }): Promise<void> => {
      ctx.set("status", "trial");
      await ctx.sleep({ seconds: request.trialSeconds });
      if ((await ctx.get<string>("status")) === "trial") {
        ctx.set("status", "ended"); // the trial-ended email would be sent here
      }
    },
    upgrade: async (ctx: restate.ObjectContext): Promise<void> => {
      ctx.set("status", "active");
    },
    cancel: async (ctx: restate.ObjectContext): Promise<void> => {
      ctx.set("status", "cancelled");
    },
    endTrial: async (ctx: restate.ObjectContext): Promise<void> => {
      if ((await ctx.get<string>("status")) === "trial") {
        ctx.set("status", "ended");
      }
    },
    getStatus: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<string | null> => {
      return (await ctx.get<string>("status")) ?? null;
    }),
  },
});
