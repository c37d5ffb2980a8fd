// VOS-01 reference (flawed): reserveItem is made shared "for throughput" and writes back through a one-way call.
// flaw: declares reserveItem shared so calls don't queue, reading inventory concurrently and sending setInventory(inventory - 1); concurrent calls read the same value, so decrements are lost.
import * as restate from "@restatedev/restate-sdk";

export const cart = restate.object({
  name: "cart",
  handlers: {
    setInventory: async (ctx: restate.ObjectContext, count: number): Promise<void> => {
      ctx.set("inventory", count);
    },
    reserveItem: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<number> => {
      const inventory = (await ctx.get<number>("inventory")) ?? 0;
      ctx.objectSendClient(cart, ctx.key).setInventory(inventory - 1);
      return inventory - 1;
    }),
    getInventory: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<number> => {
      return (await ctx.get<number>("inventory")) ?? 0;
    }),
  },
});
