import * as restate from "@restatedev/restate-sdk";

// checkout asks a SHARED handler on its own key: shared handlers do not queue behind the
// exclusive holder, so this request-response call cannot deadlock. validate (exclusive)
// stays available for other services.
export const order = restate.object({
  name: "order",
  handlers: {
    validate: async (_ctx: restate.ObjectContext, items: string[]): Promise<boolean> => {
      return items.length > 0;
    },
    check: restate.handlers.object.shared(async (_ctx: restate.ObjectSharedContext, items: string[]): Promise<boolean> => {
      return items.length > 0;
    }),
    checkout: async (ctx: restate.ObjectContext, items: string[]): Promise<string> => {
      const ok: boolean = await ctx.objectClient(order, ctx.key).check(items);
      if (!ok) {
        throw new restate.TerminalError("invalid items");
      }
      ctx.set("status", "checked-out");
      return "ok";
    },
  },
});
