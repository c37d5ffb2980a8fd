import * as restate from "@restatedev/restate-sdk";

// getBalance stays shared; it delegates the write to an exclusive handler and waits for
// the acknowledgement so the read is guaranteed to be recorded before we answer.
export const account = restate.object({
  name: "account",
  handlers: {
    deposit: async (ctx: restate.ObjectContext, amount: number): Promise<number> => {
      const balance = ((await ctx.get<number>("balance")) ?? 0) + amount;
      ctx.set("balance", balance);
      return balance;
    },
    recordRead: async (ctx: restate.ObjectContext, at: number): Promise<boolean> => {
      ctx.set("lastReadAt", at);
      return true;
    },
    getBalance: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<number> => {
      const balance = (await ctx.get<number>("balance")) ?? 0;
      await ctx.objectClient(account, ctx.key).recordRead(await ctx.date.now());
      return balance;
    }),
  },
});
