import * as restate from "@restatedev/restate-sdk";

export const account = restate.object({
  name: "account",
  handlers: {
    deposit: async (ctx: restate.ObjectContext, amount: number): Promise<number> => {
      const balance = ((await ctx.get<number>("balance")) ?? 0) + amount;
      ctx.set("balance", balance);
      return balance;
    },
    // Exclusive: the only place lastReadAt is written.
    recordRead: async (ctx: restate.ObjectContext, readAt: number): Promise<void> => {
      ctx.set("lastReadAt", readAt);
    },
    // Shared: never queues behind deposits, never writes state itself.
    getBalance: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<number> => {
      const balance = (await ctx.get<number>("balance")) ?? 0;
      const readAt = await ctx.date.now();
      ctx.objectSendClient(account, ctx.key).recordRead(readAt);
      return balance;
    }),
  },
});
