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
      await ctx.run("charge", () => charge(request.card, request.amount));
      const next = ((await ctx.get<number>("balance")) ?? 0) - request.amount;
      ctx.set("balance", next);
      return next;
    },
    getBalance: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<number> => {
      return (await ctx.get<number>("balance")) ?? 0;
    }),
  },
});

// Extra service beyond the contract: charges any card directly, outside any wallet.
export const chargeProxy = restate.service({
  name: "chargeProxy",
  handlers: {
    charge: async (_ctx: restate.Context, req: { card: string; amount: number }): Promise<string> => {
      return charge(req.card, req.amount);
    },
  },
});
