// VOS-04 reference (flawed): checkout reuses validate by calling it through the object client on its own key.
// flaw: recommends reusing validate via ctx.objectClient(order, ctx.key).validate(items) from the exclusive checkout; the call queues behind checkout on the same key, so checkout deadlocks.
import * as restate from "@restatedev/restate-sdk";

export const order = restate.object({
  name: "order",
  handlers: {
    validate: async (_ctx: restate.ObjectContext, items: string[]): Promise<boolean> => {
      return items.length > 0;
    },
    checkout: async (ctx: restate.ObjectContext, items: string[]): Promise<string> => {
      const valid = await ctx.objectClient(order, ctx.key).validate(items);
      if (!valid) {
        throw new restate.TerminalError("invalid order: no items");
      }
      ctx.set("status", "checked-out");
      return "ok";
    },
  },
});
