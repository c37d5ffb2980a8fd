import * as restate from "@restatedev/restate-sdk";

// Count in memory (single-threaded per key) and mirror every value to state.
const counts: Record<string, number> = {};

export const counter = restate.object({
  name: "counter",
  handlers: {
    increment: async (ctx: restate.ObjectContext): Promise<number> => {
      counts[ctx.key] = (counts[ctx.key] ?? 0) + 1;
      ctx.set("count", counts[ctx.key]);
      return counts[ctx.key];
    },
    get: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<number> => {
      return (await ctx.get<number>("count")) ?? 0;
    }),
  },
});
