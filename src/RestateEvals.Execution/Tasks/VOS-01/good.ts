// VOS-01 reference (good): the read-modify-write runs in an exclusive handler, which Restate serializes per key.
import * as restate from "@restatedev/restate-sdk";

export const cart = restate.object({
  name: "cart",
  handlers: {
    setInventory: async (ctx: restate.ObjectContext, count: number): Promise<void> => {
      ctx.set("inventory", count);
    },
    // Exclusive (the default): only one invocation per key runs at a time, so no decrement is lost.
    reserveItem: async (ctx: restate.ObjectContext): Promise<number> => {
      const inventory = (await ctx.get<number>("inventory")) ?? 0;
      ctx.set("inventory", inventory - 1);
      return inventory - 1;
    },
    getInventory: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<number> => {
      return (await ctx.get<number>("inventory")) ?? 0;
    }),
  },
});
