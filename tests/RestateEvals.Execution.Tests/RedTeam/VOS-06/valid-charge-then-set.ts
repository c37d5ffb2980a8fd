import * as restate from "@restatedev/restate-sdk";
import { charge } from "./payments";

export const wallet = restate.object({
  name: "wallet",
  handlers: {
    deposit: async (ctx: restate.ObjectContext, amount: number): Promise<number> => {
      const balance = ((await ctx.get<number>("balance")) ?? 0) + amount;
      ctx.set("balance", balance);
      return balance;
    },
    withdraw: async (ctx: restate.ObjectContext, request: { card: string; amount: number }): Promise<number> => {
      const balance = (await ctx.get<number>("balance")) ?? 0;
      // Journaled: on a retry after success the recorded receipt is returned, no second charge.
      // A decline (TerminalError) propagates before any state was written.
      await ctx.run("charge", () => charge(request.card, request.amount));
      const next = balance - request.amount;
      ctx.set("balance", next);
      return next;
    },
    getBalance: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<number> => {
      return (await ctx.get<number>("balance")) ?? 0;
    }),
  },
});
