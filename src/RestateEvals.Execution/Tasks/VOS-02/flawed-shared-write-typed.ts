// VOS-02 reference (flawed): writes lastReadAt straight from the shared handler with ctx.set.
// flaw: suggests recording the read with ctx.set inside the shared getBalance; a shared handler's context has no set(), so the module does not compile.
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
      ctx.set("lastReadAt", await ctx.date.now());
      return balance;
    }),
  },
});
