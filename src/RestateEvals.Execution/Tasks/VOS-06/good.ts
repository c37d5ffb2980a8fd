// VOS-06 reference (good): charge inside ctx.run first, then write the new balance; a decline leaves state untouched.
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
      // Journaled: a transient Error is retried, a successful charge is never repeated, and a
      // TerminalError (declined) propagates before anything was written.
      await ctx.run("charge", () => charge(request.card, request.amount));
      ctx.set("balance", balance - request.amount);
      return balance - request.amount;
    },
    getBalance: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<number> => {
      return (await ctx.get<number>("balance")) ?? 0;
    }),
  },
});
