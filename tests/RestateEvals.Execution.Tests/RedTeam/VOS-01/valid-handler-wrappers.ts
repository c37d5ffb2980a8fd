import * as restate from "@restatedev/restate-sdk";

// Exclusive handlers on one key already run one at a time, so no lock is needed.
export const cart = restate.object({
  name: "cart",
  handlers: {
    setInventory: restate.handlers.object.exclusive(
      { description: "Replace the stock count for this cart" },
      async (ctx: restate.ObjectContext, count: number): Promise<void> => {
        ctx.set("inventory", count);
      },
    ),
    reserveItem: restate.handlers.object.exclusive(
      { description: "Take one item; serialized per key by Restate" },
      async (ctx: restate.ObjectContext): Promise<number> => {
        const current = (await ctx.get<number>("inventory")) ?? 0;
        const next = current - 1;
        ctx.set("inventory", next);
        return next;
      },
    ),
    getInventory: restate.handlers.object.shared(
      { description: "Read-only view, never queues" },
      async (ctx: restate.ObjectSharedContext): Promise<number> => {
        return (await ctx.get<number>("inventory")) ?? 0;
      },
    ),
  },
});
