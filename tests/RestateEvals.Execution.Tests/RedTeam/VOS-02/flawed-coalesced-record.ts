import * as restate from "@restatedev/restate-sdk";

const RECORD_EVERY_MS = 60_000;

// Coalesced: only enqueue a recordRead when the stored timestamp is older than a minute.
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
      const last = (await ctx.get<number>("lastReadAt")) ?? 0;
      const now = await ctx.date.now();
      if (now - last > RECORD_EVERY_MS) {
        ctx.objectSendClient(account, ctx.key).recordRead(now);
      }
      return balance;
    }),
  },
});
