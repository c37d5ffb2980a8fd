import * as restate from "@restatedev/restate-sdk";
import { charge } from "./payments";

// The charge is journaled in ctx.run; the provider call itself is dispatched without
// blocking the wallet (the gateway is slow).
export const wallet = restate.object({
  name: "wallet",
  handlers: {
    deposit: async (ctx: restate.ObjectContext, amount: number): Promise<number> => {
      const balance = ((await ctx.get<number>("balance")) ?? 0) + amount;
      ctx.set("balance", balance);
      return balance;
    },
    withdraw: async (ctx: restate.ObjectContext, request: { card: string; amount: number }): Promise<number> => {
      await ctx.run("charge", () => {
        charge(request.card, request.amount).catch((err: unknown) => {
          console.error("charge failed", err);
        });
      });
      const next = ((await ctx.get<number>("balance")) ?? 0) - request.amount;
      ctx.set("balance", next);
      return next;
    },
    getBalance: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<number> => {
      return (await ctx.get<number>("balance")) ?? 0;
    }),
  },
});
