import * as restate from "@restatedev/restate-sdk";
import { charge } from "./payments";

// Saga style: reserve the funds first, undo the reservation if the provider declines.
export const wallet = restate.object({
  name: "wallet",
  handlers: {
    deposit: async (ctx: restate.ObjectContext, amount: number): Promise<number> => {
      const balance = ((await ctx.get<number>("balance")) ?? 0) + amount;
      ctx.set("balance", balance);
      return balance;
    },
    withdraw: async (ctx: restate.ObjectContext, request: { card: string; amount: number }): Promise<number> => {
      const before = (await ctx.get<number>("balance")) ?? 0;
      const after = before - request.amount;
      ctx.set("balance", after);
      try {
        await ctx.run("charge card", () => charge(request.card, request.amount));
      } catch (e) {
        if (e instanceof restate.TerminalError) {
          ctx.set("balance", before); // compensation: there is no automatic rollback
        }
        throw e;
      }
      return after;
    },
    getBalance: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<number> => {
      return (await ctx.get<number>("balance")) ?? 0;
    }),
  },
});
