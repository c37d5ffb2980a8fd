import * as restate from "@restatedev/restate-sdk";

function valid(items: string[]): boolean {
  return items.length > 0;
}

// checkout validates locally (it needs the answer now). It also notifies validate with a
// one-way send for the audit trail: a send into its own key just queues and runs after
// checkout returns, nobody waits for it, so it cannot deadlock.
export const order = restate.object({
  name: "order",
  handlers: {
    validate: async (ctx: restate.ObjectContext, items: string[]): Promise<boolean> => {
      ctx.console.info(`validate ${ctx.key}: ${items.length} item(s)`);
      return valid(items);
    },
    checkout: async (ctx: restate.ObjectContext, items: string[]): Promise<string> => {
      if (!valid(items)) {
        throw new restate.TerminalError("no items to check out");
      }
      ctx.set("status", "checked-out");
      ctx.objectSendClient(order, ctx.key).validate(items);
      return "ok";
    },
  },
});
