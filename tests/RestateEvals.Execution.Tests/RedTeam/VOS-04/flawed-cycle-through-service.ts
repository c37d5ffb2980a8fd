import * as restate from "@restatedev/restate-sdk";

// Validation is coordinated by a separate service, so checkout no longer calls its own
// handler directly.
export const orderValidator = restate.service({
  name: "orderValidator",
  handlers: {
    run: async (ctx: restate.Context, req: { orderId: string; items: string[] }): Promise<boolean> => {
      return ctx.objectClient(order, req.orderId).validate(req.items);
    },
  },
});

export const order = restate.object({
  name: "order",
  handlers: {
    validate: async (_ctx: restate.ObjectContext, items: string[]): Promise<boolean> => {
      return items.length > 0;
    },
    checkout: async (ctx: restate.ObjectContext, items: string[]): Promise<string> => {
      const ok: boolean = await ctx.serviceClient(orderValidator).run({ orderId: ctx.key, items });
      if (!ok) {
        throw new restate.TerminalError("invalid items");
      }
      ctx.set("status", "checked-out");
      return "ok";
    },
  },
});
