import * as restate from "@restatedev/restate-sdk";

// getBalance writes lastReadAt, so it must be exclusive; reads are fast anyway.
export const account = restate.object({
  name: "account",
  handlers: {
    deposit: async (ctx: restate.ObjectContext, amount: number): Promise<number> => {
      const balance = ((await ctx.get<number>("balance")) ?? 0) + amount;
      ctx.set("balance", balance);
      return balance;
    },
    getBalance: async (ctx: restate.ObjectContext): Promise<number> => {
      ctx.set("lastReadAt", await ctx.date.now());
      return (await ctx.get<number>("balance")) ?? 0;
    },
  },
});
