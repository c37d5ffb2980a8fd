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
      ctx.set("balance", ((await ctx.get<number>("balance")) ?? 0) - request.amount);
      // remember what to restore if the provider declines
      const snapshot = (await ctx.get<number>("balance")) ?? 0;
      try {
        await ctx.run("charge", () => charge(request.card, request.amount));
      } catch (e) {
        if (e instanceof restate.TerminalError) {
          ctx.set("balance", snapshot);
        }
        throw e;
      }
      return snapshot;
    },
    getBalance: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<number> => {
      return (await ctx.get<number>("balance")) ?? 0;
    }),
  },
});
