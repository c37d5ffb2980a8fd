import * as restate from "@restatedev/restate-sdk";

type EndTrialApi = { endTrial: (ctx: restate.ObjectContext) => Promise<void> };
const SUBSCRIPTION: restate.VirtualObjectDefinition<"subscription", EndTrialApi> = { name: "subscription" };

function scheduleTrialEnd(ctx: restate.ObjectContext, seconds: number): void {
  ctx.objectSendClient(SUBSCRIPTION, ctx.key).endTrial(restate.rpc.sendOpts({ delay: { seconds } }));
}

function setStatus(ctx: restate.ObjectContext, status: string): void {
  ctx.set("status", status);
}

async function sendTrialEndedEmail(user: string): Promise<void> {
  // the real mailer goes here
  void user;
}

export const subscription = restate.object({
  name: "subscription",
  handlers: {
    startTrial: restate.handlers.object.exclusive(
      { description: "Start a trial and schedule its end" },
      async (ctx: restate.ObjectContext, request: { trialSeconds: number }): Promise<void> => {
        setStatus(ctx, "trial");
        scheduleTrialEnd(ctx, request.trialSeconds);
      },
    ),
    upgrade: restate.handlers.object.exclusive(async (ctx: restate.ObjectContext): Promise<void> => setStatus(ctx, "active")),
    cancel: restate.handlers.object.exclusive(async (ctx: restate.ObjectContext): Promise<void> => setStatus(ctx, "cancelled")),
    endTrial: restate.handlers.object.exclusive(async (ctx: restate.ObjectContext): Promise<void> => {
      if ((await ctx.get<string>("status")) !== "trial") return;
      await ctx.run("trial-ended email", () => sendTrialEndedEmail(ctx.key));
      setStatus(ctx, "ended");
    }),
    getStatus: restate.handlers.object.shared(
      { description: "Current status or null" },
      async (ctx: restate.ObjectSharedContext): Promise<string | null> => (await ctx.get<string>("status")) ?? null,
    ),
  },
});
