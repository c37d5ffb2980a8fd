import * as restate from "@restatedev/restate-sdk";

// Sleep in one-second slices and re-check the status between slices, so an upgrade or a
// cancel ends the trial loop early.
export const subscription = restate.object({
  name: "subscription",
  handlers: {
    startTrial: async (ctx: restate.ObjectContext, request: { trialSeconds: number }): Promise<void> => {
      ctx.set("status", "trial");
      for (let elapsed = 0; elapsed < request.trialSeconds; elapsed++) {
        await ctx.sleep({ seconds: 1 });
        if ((await ctx.get<string>("status")) !== "trial") return;
      }
      ctx.set("status", "ended");
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
