import { object, handlers, type ObjectContext, type ObjectSharedContext } from "@restatedev/restate-sdk";

type CartState = { inventory: number };

export const cart = object({
  name: "cart",
  handlers: {
    setInventory: async (ctx: ObjectContext<CartState>, count: number): Promise<void> => {
      ctx.set("inventory", count);
    },
    reserveItem: async (ctx: ObjectContext<CartState>): Promise<number> => {
      const inventory = (await ctx.get("inventory")) ?? 0;
      ctx.set("inventory", inventory - 1);
      return inventory - 1;
    },
    getInventory: handlers.object.shared(async (ctx: ObjectSharedContext<CartState>): Promise<number> => {
      const inventory = await ctx.get("inventory");
      return inventory ?? 0;
    }),
  },
});
