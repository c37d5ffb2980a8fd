import * as restate from "@restatedev/restate-sdk";

// Write-through cache: every increment is persisted with ctx.set, but reads are served
// from memory after the first load, which saves the ctx.get.
const cache = new Map<string, number>();

export const counter = restate.object({
  name: "counter",
  handlers: {
    increment: async (ctx: restate.ObjectContext): Promise<number> => {
      if (!cache.has(ctx.key)) {
        cache.set(ctx.key, (await ctx.get<number>("count")) ?? 0);
      }
      const next = (cache.get(ctx.key) ?? 0) + 1;
      cache.set(ctx.key, next);
      ctx.set("count", next);
      return next;
    },
    get: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<number> => {
      const cached = cache.get(ctx.key);
      if (cached !== undefined) return cached;
      return (await ctx.get<number>("count")) ?? 0;
    }),
  },
});
