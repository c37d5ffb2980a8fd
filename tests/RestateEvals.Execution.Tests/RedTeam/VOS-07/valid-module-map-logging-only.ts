import * as restate from "@restatedev/restate-sdk";

// Per-process call statistics for log lines only. They never feed the count, which always
// comes from durable state.
const callsSeenByThisProcess = new Map<string, number>();

export const counter = restate.object({
  name: "counter",
  handlers: {
    increment: async (ctx: restate.ObjectContext): Promise<number> => {
      const next = ((await ctx.get<number>("count")) ?? 0) + 1;
      ctx.set("count", next);
      const seen = (callsSeenByThisProcess.get(ctx.key) ?? 0) + 1;
      callsSeenByThisProcess.set(ctx.key, seen);
      ctx.console.debug(`counter ${ctx.key}: ${next} (process saw ${seen} calls)`);
      return next;
    },
    get: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<number> => {
      return (await ctx.get<number>("count")) ?? 0;
    }),
  },
});
