import * as restate from "@restatedev/restate-sdk";

// A separate (exported) scheduler service holds the timer, so the subscription key is
// never locked while waiting.
export const trialScheduler = restate.service({
  name: "trialScheduler",
  handlers: {
    wait: async (ctx: restate.Context, req: { user: string; seconds: number }): Promise<void> => {
      await ctx.sleep({ seconds: req.seconds });
      ctx.objectSendClient(subscription, req.user).endTrial();
    },
  },
});

export const subscription = restate.object({
  name: "subscription",
  handlers: {
    startTrial: async (ctx: restate.ObjectContext, request: { trialSeconds: number }): Promise<void> => {
      ctx.set("status", "trial");
      ctx.serviceSendClient(trialScheduler).wait({ user: ctx.key, seconds: request.trialSeconds });
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
