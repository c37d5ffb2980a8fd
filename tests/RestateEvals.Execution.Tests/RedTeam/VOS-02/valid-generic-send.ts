import * as restate from "@restatedev/restate-sdk";

export const account = restate.object({
  name: "account",
  handlers: {
    async deposit(ctx: restate.ObjectContext, amount: number): Promise<number> {
      const balance = ((await ctx.get<number>("balance")) ?? 0) + amount;
      ctx.set("balance", balance);
      return balance;
    },
    async touch(ctx: restate.ObjectContext, at: number): Promise<void> {
      ctx.set("lastReadAt", at);
    },
    getBalance: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<number> => {
      const balance = (await ctx.get<number>("balance")) ?? 0;
      ctx.genericSend<number>({
        service: "account",
        method: "touch",
        key: ctx.key,
        parameter: await ctx.date.now(),
        inputSerde: restate.serde.json,
      });
      return balance;
    }),
  },
});
