import * as restate from "@restatedev/restate-sdk";

// No request-response call into our own key: send validate one-way, then attach to its
// result.
export const order = restate.object({
  name: "order",
  handlers: {
    validate: async (_ctx: restate.ObjectContext, items: string[]): Promise<boolean> => {
      return items.length > 0;
    },
    checkout: async (ctx: restate.ObjectContext, items: string[]): Promise<string> => {
      const handle = ctx.objectSendClient(order, ctx.key).validate(items);
      const id = await handle.invocationId;
      const ok = await ctx.invocation(id).attach<boolean>();
      if (!ok) {
        throw new restate.TerminalError("invalid items");
      }
      ctx.set("status", "checked-out");
      return "ok";
    },
  },
});
