import * as restate from "@restatedev/restate-sdk";

const localValidate = (items: string[]): boolean => items.length > 0;

// Reuse the validate handler, but never wait on it for more than a moment: if it does not
// answer in time, fall back to the same rule locally.
export const order = restate.object({
  name: "order",
  handlers: {
    validate: async (_ctx: restate.ObjectContext, items: string[]): Promise<boolean> => {
      return localValidate(items);
    },
    checkout: async (ctx: restate.ObjectContext, items: string[]): Promise<string> => {
      let ok: boolean;
      try {
        ok = await ctx.objectClient(order, ctx.key).validate(items).orTimeout(250);
      } catch (e) {
        if (e instanceof restate.TimeoutError) {
          ok = localValidate(items);
        } else {
          throw e;
        }
      }
      if (!ok) {
        throw new restate.TerminalError("invalid items");
      }
      ctx.set("status", "checked-out");
      return "ok";
    },
  },
});
