// VOS-06 reference (flawed): debits the balance first, then charges the card.
// flaw: advises updating the balance before calling the payment provider ("state is only committed on success"); Restate keeps the write when the charge is declined and there is no compensation, so a declined withdrawal still debits the balance.
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
      const balance = ((await ctx.get<number>("balance")) ?? 0) - request.amount;
      ctx.set("balance", balance);
      await ctx.run("charge", () => charge(request.card, request.amount));
      return balance;
    },
    getBalance: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<number> => {
      return (await ctx.get<number>("balance")) ?? 0;
    }),
  },
});
