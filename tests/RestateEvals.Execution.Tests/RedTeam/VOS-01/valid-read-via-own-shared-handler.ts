import * as restate from "@restatedev/restate-sdk";

// reserveItem reads through the object's own shared handler (request-response).
// An exclusive handler calling a SHARED handler on its own key does not deadlock:
// shared handlers do not queue behind the exclusive holder. The decrement itself stays
// in the exclusive handler, so it is still serialized per key.
export const cart = restate.object({
  name: "cart",
  handlers: {
    setInventory: async (ctx: restate.ObjectContext, count: number): Promise<void> => {
      ctx.set("inventory", count);
    },
    reserveItem: async (ctx: restate.ObjectContext): Promise<number> => {
      const current: number = await ctx.objectClient(cart, ctx.key).getInventory();
      const next = current - 1;
      ctx.set("inventory", next);
      return next;
    },
    getInventory: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<number> => {
      return (await ctx.get<number>("inventory")) ?? 0;
    }),
  },
});
