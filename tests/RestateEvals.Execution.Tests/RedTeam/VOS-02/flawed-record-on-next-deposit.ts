import * as restate from "@restatedev/restate-sdk";

// Reads are buffered in memory and flushed by the next exclusive call, so getBalance
// stays shared and no extra invocation is enqueued per read.
const pendingReads = new Map<string, number>();

export const account = restate.object({
  name: "account",
  handlers: {
    deposit: async (ctx: restate.ObjectContext, amount: number): Promise<number> => {
      const pending = pendingReads.get(ctx.key);
      if (pending !== undefined) {
        ctx.set("lastReadAt", pending);
        pendingReads.delete(ctx.key);
      }
      const balance = ((await ctx.get<number>("balance")) ?? 0) + amount;
      ctx.set("balance", balance);
      return balance;
    },
    getBalance: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<number> => {
      pendingReads.set(ctx.key, await ctx.date.now());
      return (await ctx.get<number>("balance")) ?? 0;
    }),
  },
});
