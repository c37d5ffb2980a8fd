// VOS-02 reference (good): shared getBalance only reads; it records the read by a one-way call to an exclusive handler.
import * as restate from "@restatedev/restate-sdk";

export const account = restate.object({
  name: "account",
  handlers: {
    deposit: async (ctx: restate.ObjectContext, amount: number): Promise<number> => {
      const balance = ((await ctx.get<number>("balance")) ?? 0) + amount;
      ctx.set("balance", balance);
      return balance;
    },
    getBalance: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<number> => {
      const balance = (await ctx.get<number>("balance")) ?? 0;
      // Shared handlers cannot write state: hand the write to an exclusive handler, without waiting for it.
      const now = await ctx.date.now();
      ctx.objectSendClient(account, ctx.key).recordRead(now);
      return balance;
    }),
    recordRead: async (ctx: restate.ObjectContext, at: number): Promise<void> => {
      ctx.set("lastReadAt", at);
    },
  },
});
