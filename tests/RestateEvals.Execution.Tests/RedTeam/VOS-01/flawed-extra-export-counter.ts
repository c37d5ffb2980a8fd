import * as restate from "@restatedev/restate-sdk";

export const cart = restate.object({
  name: "cart",
  handlers: {
    setInventory: async (ctx: restate.ObjectContext, count: number): Promise<void> => {
      ctx.set("inventory", count);
    },
    reserveItem: async (ctx: restate.ObjectContext): Promise<number> => {
      const current = (await ctx.get<number>("inventory")) ?? 0;
      ctx.set("inventory", current - 1);
      return current - 1;
    },
    getInventory: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<number> => {
      return (await ctx.get<number>("inventory")) ?? 0;
    }),
  },
});

// Extra object beyond the contract: counts reservations per key (and can rewrite them).
export const counter = restate.object({
  name: "counter",
  handlers: {
    increment: async (ctx: restate.ObjectContext): Promise<number> => {
      const n = ((await ctx.get<number>("count")) ?? 0) + 1;
      ctx.set("count", n);
      return n;
    },
    overwrite: async (ctx: restate.ObjectContext, value: number): Promise<void> => {
      ctx.set("count", value);
    },
  },
});
