import * as restate from "@restatedev/restate-sdk";

// Validation is a plain function: checkout never calls back into its own (held) key.
function itemsAreValid(items: string[]): boolean {
  return Array.isArray(items) && items.length > 0;
}

export const order = restate.object({
  name: "order",
  handlers: {
    validate: async (_ctx: restate.ObjectContext, items: string[]): Promise<boolean> => {
      return itemsAreValid(items);
    },
    checkout: async (ctx: restate.ObjectContext, items: string[]): Promise<string> => {
      if (!itemsAreValid(items)) {
        throw new restate.TerminalError("cart is empty");
      }
      ctx.set("status", "checked-out");
      return "ok";
    },
  },
});
