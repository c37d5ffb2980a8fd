import * as restate from "@restatedev/restate-sdk";

function validateItems(items: string[]): boolean {
  return items.length > 0;
}

export const order = restate.object({
  name: "order",
  handlers: {
    validate: async (_ctx: restate.ObjectContext, items: string[]): Promise<boolean> => {
      return validateItems(items);
    },
    checkout: async (ctx: restate.ObjectContext, items: string[]): Promise<string> => {
      ctx.set("status", "checked-out");
      if (!validateItems(items)) {
        // the handler fails, so the status change is discarded
        throw new restate.TerminalError("invalid items");
      }
      return "ok";
    },
  },
});
