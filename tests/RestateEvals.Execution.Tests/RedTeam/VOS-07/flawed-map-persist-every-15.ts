import * as restate from "@restatedev/restate-sdk";

const FLUSH_EVERY = 15;
const counts = new Map<string, number>();

// Actor-style: the counter lives in memory; state is a periodic snapshot.
export const counter = restate.object({
  name: "counter",
  handlers: {
    increment: async (ctx: restate.ObjectContext): Promise<number> => {
      let current = counts.get(ctx.key);
      if (current === undefined) {
        current = (await ctx.get<number>("count")) ?? 0;
      }
      const next = current + 1;
      counts.set(ctx.key, next);
      if (next % FLUSH_EVERY === 0) {
        ctx.set("count", next);
      }
      return next;
    },
    get: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<number> => {
      return counts.get(ctx.key) ?? (await ctx.get<number>("count")) ?? 0;
    }),
  },
});
