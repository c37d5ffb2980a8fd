import * as restate from "@restatedev/restate-sdk";

export const subscription = restate.object({
  name: "subscription",
  handlers: {
    async startTrial(ctx: restate.ObjectContext, request: { trialSeconds: number }): Promise<void> {
      ctx.set("status", "trial");
      ctx.genericSend<void>({
        service: "subscription",
        method: "endTrial",
        key: ctx.key,
        parameter: undefined,
        inputSerde: restate.serde.empty,
        delay: { seconds: request.trialSeconds },
      });
    },
    async upgrade(ctx: restate.ObjectContext): Promise<void> {
      ctx.set("status", "active");
    },
    async cancel(ctx: restate.ObjectContext): Promise<void> {
      ctx.set("status", "cancelled");
    },
    async endTrial(ctx: restate.ObjectContext): Promise<void> {
      const status = await ctx.get<string>("status");
      if (status === "trial") ctx.set("status", "ended");
    },
    getStatus: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<string | null> => {
      const status = await ctx.get<string>("status");
      return status === null ? null : status;
    }),
  },
});
