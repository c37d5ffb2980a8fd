import { object, handlers, type ObjectContext, type ObjectSharedContext } from "@restatedev/restate-sdk";

type AccountState = { balance: number; lastReadAt: number };

export const account = object({
  name: "account",
  handlers: {
    deposit: handlers.object.exclusive(
      { description: "Add funds" },
      async (ctx: ObjectContext<AccountState>, amount: number): Promise<number> => {
        const next = ((await ctx.get("balance")) ?? 0) + amount;
        ctx.set("balance", next);
        return next;
      },
    ),
    markRead: handlers.object.exclusive(
      { description: "Record when the balance was last read" },
      async (ctx: ObjectContext<AccountState>, at: number): Promise<void> => {
        const previous = (await ctx.get("lastReadAt")) ?? 0;
        // Sends can arrive out of order only in theory; keep the latest timestamp.
        ctx.set("lastReadAt", Math.max(previous, at));
      },
    ),
    getBalance: handlers.object.shared(
      { description: "Read-only, runs concurrently with deposits" },
      async (ctx: ObjectSharedContext<AccountState>): Promise<number> => {
        const balance = (await ctx.get("balance")) ?? 0;
        const at = await ctx.run("read timestamp", () => Date.now());
        ctx.objectSendClient(account, ctx.key).markRead(at);
        return balance;
      },
    ),
  },
});
