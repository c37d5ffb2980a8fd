import * as restate from "@restatedev/restate-sdk";

const INVENTORY = "inventory";

async function readInventory(ctx: restate.ObjectSharedContext | restate.ObjectContext): Promise<number> {
  const value = await ctx.get<number>(INVENTORY);
  return typeof value === "number" ? value : 0;
}

function writeInventory(ctx: restate.ObjectContext, value: number): number {
  ctx.set(INVENTORY, value);
  return value;
}

async function takeOne(ctx: restate.ObjectContext): Promise<number> {
  return writeInventory(ctx, (await readInventory(ctx)) - 1);
}

export const cart = restate.object({
  name: "cart",
  handlers: {
    async setInventory(ctx: restate.ObjectContext, count: number): Promise<void> {
      writeInventory(ctx, count);
    },
    async reserveItem(ctx: restate.ObjectContext): Promise<number> {
      return takeOne(ctx);
    },
    getInventory: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext) => readInventory(ctx)),
  },
});
