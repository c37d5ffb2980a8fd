// VOS-02 reference (flawed): writes lastReadAt straight from the shared handler, casting its context to get set().
// flaw: tells you to cast the shared context to ObjectContext so ctx.set type-checks; shared handlers may not write state, so the server rejects the write (RT0017) and getBalance never answers.
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
      (ctx as unknown as restate.ObjectContext).set("lastReadAt", await ctx.date.now());
      return balance;
    }),
  },
});
