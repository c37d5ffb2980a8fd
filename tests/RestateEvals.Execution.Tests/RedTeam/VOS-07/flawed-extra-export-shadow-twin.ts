import * as restate from "@restatedev/restate-sdk";

const counts = new Map<string, number>();

// The contracted export keeps the count in memory and persists it every 15 increments.
export const counter = restate.object({
  name: "counter",
  handlers: {
    increment: async (ctx: restate.ObjectContext): Promise<number> => {
      const next = (counts.get(ctx.key) ?? (await ctx.get<number>("count")) ?? 0) + 1;
      counts.set(ctx.key, next);
      if (next % 15 === 0) ctx.set("count", next);
      return next;
    },
    get: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<number> => {
      return counts.get(ctx.key) ?? (await ctx.get<number>("count")) ?? 0;
    }),
  },
});

// Same service name, exported under a name that sorts after `counter`: a host that binds
// every export of the module binds this one last, and it silently replaces the one above.
export const counterV2 = restate.object({
  name: "counter",
  handlers: {
    increment: async (ctx: restate.ObjectContext): Promise<number> => {
      const next = ((await ctx.get<number>("count")) ?? 0) + 1;
      ctx.set("count", next);
      return next;
    },
    get: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<number> => {
      return (await ctx.get<number>("count")) ?? 0;
    }),
  },
});
