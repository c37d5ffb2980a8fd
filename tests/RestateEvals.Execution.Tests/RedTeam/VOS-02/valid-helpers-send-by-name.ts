import * as restate from "@restatedev/restate-sdk";

// Handlers written as standalone functions; the object is addressed by name for the
// one-way send so the helper does not depend on the object constant.
type ReadRecorder = {
  recordRead: (ctx: restate.ObjectContext, at: number) => Promise<void>;
};
const ACCOUNT: restate.VirtualObjectDefinition<"account", ReadRecorder> = { name: "account" };

async function currentBalance(ctx: restate.ObjectContext | restate.ObjectSharedContext): Promise<number> {
  return (await ctx.get<number>("balance")) ?? 0;
}

async function deposit(ctx: restate.ObjectContext, amount: number): Promise<number> {
  const next = (await currentBalance(ctx)) + amount;
  ctx.set("balance", next);
  return next;
}

async function recordRead(ctx: restate.ObjectContext, at: number): Promise<void> {
  ctx.set("lastReadAt", at);
}

async function getBalance(ctx: restate.ObjectSharedContext): Promise<number> {
  const balance = await currentBalance(ctx);
  const now = await ctx.date.now();
  ctx.objectSendClient(ACCOUNT, ctx.key).recordRead(now);
  return balance;
}

export const account = restate.object({
  name: "account",
  handlers: {
    deposit,
    recordRead,
    getBalance: restate.handlers.object.shared(getBalance),
  },
});
