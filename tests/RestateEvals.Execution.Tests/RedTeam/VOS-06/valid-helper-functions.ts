import * as restate from "@restatedev/restate-sdk";
import { charge } from "./payments";

type WithdrawRequest = { card: string; amount: number };

async function readBalance(ctx: restate.ObjectContext | restate.ObjectSharedContext): Promise<number> {
  return (await ctx.get<number>("balance")) ?? 0;
}

function chargeCard(ctx: restate.ObjectContext, req: WithdrawRequest): Promise<string> {
  return ctx.run(`charge ${req.amount} to card`, () => charge(req.card, req.amount));
}

async function withdraw(ctx: restate.ObjectContext, req: WithdrawRequest): Promise<number> {
  const receipt = await chargeCard(ctx, req);
  ctx.console.info(`receipt ${receipt}`);
  const next = (await readBalance(ctx)) - req.amount;
  ctx.set("balance", next);
  return next;
}

async function deposit(ctx: restate.ObjectContext, amount: number): Promise<number> {
  const next = (await readBalance(ctx)) + amount;
  ctx.set("balance", next);
  return next;
}

export const wallet = restate.object({
  name: "wallet",
  handlers: {
    deposit,
    withdraw,
    getBalance: restate.handlers.object.shared((ctx: restate.ObjectSharedContext) => readBalance(ctx)),
  },
});
