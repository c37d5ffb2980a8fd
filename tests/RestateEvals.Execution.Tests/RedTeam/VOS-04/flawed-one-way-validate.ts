import * as restate from "@restatedev/restate-sdk";

// Awaiting validate on our own key deadlocks, so send it one-way instead.
export const order = restate.object({
  name: "order",
  handlers: {
    validate: async (_ctx: restate.ObjectContext, items: string[]): Promise<boolean> => {
      if (items.length === 0) {
        throw new restate.TerminalError("invalid items");
      }
      return true;
    },
    checkout: async (ctx: restate.ObjectContext, items: string[]): Promise<string> => {
      if (!Array.isArray(items)) {
        throw new restate.TerminalError("items must be a list");
      }
      ctx.objectSendClient(order, ctx.key).validate(items);
      ctx.set("status", "checked-out");
      return "ok";
    },
  },
});
