import * as restate from "@restatedev/restate-sdk";

// reserveItem computes the new stock and hands the write to setInventory, so all writes
// to `inventory` go through one handler.
export const cart = restate.object({
  name: "cart",
  handlers: {
    setInventory: async (ctx: restate.ObjectContext, count: number): Promise<void> => {
      ctx.set("inventory", count);
    },
    reserveItem: async (ctx: restate.ObjectContext): Promise<number> => {
      const current = (await ctx.get<number>("inventory")) ?? 0;
      const next = current - 1;
      ctx.objectSendClient(cart, ctx.key).setInventory(next);
      return next;
    },
    getInventory: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<number> => {
      return (await ctx.get<number>("inventory")) ?? 0;
    }),
  },
});
