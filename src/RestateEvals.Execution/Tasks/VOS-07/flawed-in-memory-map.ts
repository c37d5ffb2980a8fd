// VOS-07 reference (flawed): caches counts in a module-level Map and persists to state only every 100 increments.
// flaw: advises an in-process cache with batched ctx.set writes "to save state round-trips"; everything since the last flush lives only in the endpoint's memory, so a restart loses increments.
import * as restate from "@restatedev/restate-sdk";

const counts = new Map<string, number>();

export const counter = restate.object({
  name: "counter",
  handlers: {
    increment: async (ctx: restate.ObjectContext): Promise<number> => {
      const count = (counts.get(ctx.key) ?? (await ctx.get<number>("count")) ?? 0) + 1;
      counts.set(ctx.key, count);
      if (count % 100 === 0) {
        ctx.set("count", count);
      }
      return count;
    },
    get: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<number> => {
      return counts.get(ctx.key) ?? (await ctx.get<number>("count")) ?? 0;
    }),
  },
});
