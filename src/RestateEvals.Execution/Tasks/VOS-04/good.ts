// VOS-04 reference (good): the validation rule is a plain function shared by both handlers; no call to the same key.
import * as restate from "@restatedev/restate-sdk";

const isValid = (items: string[]): boolean => Array.isArray(items) && items.length > 0;

export const order = restate.object({
  name: "order",
  handlers: {
    validate: async (_ctx: restate.ObjectContext, items: string[]): Promise<boolean> => {
      return isValid(items);
    },
    checkout: async (ctx: restate.ObjectContext, items: string[]): Promise<string> => {
      if (!isValid(items)) {
        throw new restate.TerminalError("invalid order: no items");
      }
      ctx.set("status", "checked-out");
      return "ok";
    },
  },
});
