import { object, handlers, rpc, type ObjectContext, type ObjectSharedContext } from "@restatedev/restate-sdk";

type Status = "trial" | "active" | "cancelled" | "ended";
type SubscriptionState = { status: Status; trialEndsAt: number };

export const subscription = object({
  name: "subscription",
  handlers: {
    startTrial: async (ctx: ObjectContext<SubscriptionState>, request: { trialSeconds: number }): Promise<void> => {
      const delayMs = request.trialSeconds * 1000; // a plain number is milliseconds
      ctx.set("status", "trial");
      ctx.set("trialEndsAt", (await ctx.date.now()) + delayMs);
      ctx.objectSendClient(subscription, ctx.key).endTrial(rpc.sendOpts({ delay: delayMs }));
    },
    upgrade: async (ctx: ObjectContext<SubscriptionState>): Promise<void> => {
      ctx.set("status", "active");
    },
    cancel: async (ctx: ObjectContext<SubscriptionState>): Promise<void> => {
      ctx.set("status", "cancelled");
    },
    endTrial: async (ctx: ObjectContext<SubscriptionState>): Promise<void> => {
      if ((await ctx.get("status")) === "trial") {
        ctx.set("status", "ended");
      }
    },
    getStatus: handlers.object.shared(async (ctx: ObjectSharedContext<SubscriptionState>): Promise<string | null> => {
      return (await ctx.get("status")) ?? null;
    }),
  },
});
