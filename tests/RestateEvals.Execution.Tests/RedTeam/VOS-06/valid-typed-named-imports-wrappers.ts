import { object, handlers, TerminalError, type ObjectContext, type ObjectSharedContext } from "@restatedev/restate-sdk";
import { charge } from "./payments";

type WalletState = { balance: number; lastReceipt: string };

export const wallet = object({
  name: "wallet",
  handlers: {
    deposit: handlers.object.exclusive(
      { description: "Credit the wallet" },
      async (ctx: ObjectContext<WalletState>, amount: number): Promise<number> => {
        const balance = ((await ctx.get("balance")) ?? 0) + amount;
        ctx.set("balance", balance);
        return balance;
      },
    ),
    withdraw: handlers.object.exclusive(
      { description: "Charge the card, then debit the wallet" },
      async (ctx: ObjectContext<WalletState>, request: { card: string; amount: number }): Promise<number> => {
        let receipt: string;
        try {
          receipt = await ctx.run("charge", async () => charge(request.card, request.amount));
        } catch (e) {
          if (e instanceof TerminalError) {
            throw new TerminalError(`payment declined: ${e.message}`);
          }
          throw e;
        }
        const balance = ((await ctx.get("balance")) ?? 0) - request.amount;
        ctx.set("balance", balance);
        ctx.set("lastReceipt", receipt);
        return balance;
      },
    ),
    getBalance: handlers.object.shared(async (ctx: ObjectSharedContext<WalletState>): Promise<number> => {
      return (await ctx.get("balance")) ?? 0;
    }),
  },
});
