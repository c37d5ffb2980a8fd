import * as restate from "@restatedev/restate-sdk";

const FULL_VALIDATION_THRESHOLD = 5;

// Small carts are checked inline; large carts go through the validate handler, which is
// where the full rules will live.
export const order = restate.object({
  name: "order",
  handlers: {
    validate: async (_ctx: restate.ObjectContext, items: string[]): Promise<boolean> => {
      return items.length > 0;
    },
    checkout: async (ctx: restate.ObjectContext, items: string[]): Promise<string> => {
      const ok =
        items.length > FULL_VALIDATION_THRESHOLD
          ? await ctx.objectClient(order, ctx.key).validate(items)
          : items.length > 0;
      if (!ok) {
        throw new restate.TerminalError("invalid items");
      }
      ctx.set("status", "checked-out");
      return "ok";
    },
  },
});
