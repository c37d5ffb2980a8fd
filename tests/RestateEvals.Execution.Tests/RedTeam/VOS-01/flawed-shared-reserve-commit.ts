import * as restate from "@restatedev/restate-sdk";

// reserveItem is shared so reservations never queue; the actual write is committed by an
// exclusive handler, so the single-writer guarantee still holds for the state update.
export const cart = restate.object({
  name: "cart",
  handlers: {
    setInventory: async (ctx: restate.ObjectContext, count: number): Promise<void> => {
      ctx.set("inventory", count);
    },
    commitInventory: async (ctx: restate.ObjectContext, value: number): Promise<number> => {
      ctx.set("inventory", value);
      return value;
    },
    reserveItem: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<number> => {
      const current = (await ctx.get<number>("inventory")) ?? 0;
      return ctx.objectClient(cart, ctx.key).commitInventory(current - 1);
    }),
    getInventory: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<number> => {
      return (await ctx.get<number>("inventory")) ?? 0;
    }),
  },
});
