import * as restate from "@restatedev/restate-sdk";
import { charge } from "./payments";

// A declined card is a business outcome, not an error: leave the balance alone and
// report the unchanged balance to the caller.
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
      try {
        await ctx.run("charge", () => charge(request.card, request.amount));
      } catch (e) {
        if (e instanceof restate.TerminalError) {
          ctx.set("lastDecline", e.message);
          return balance;
        }
        throw e;
      }
      ctx.set("balance", balance - request.amount);
      return balance - request.amount;
    },
    getBalance: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<number> => {
      return (await ctx.get<number>("balance")) ?? 0;
    }),
  },
});
