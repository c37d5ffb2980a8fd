import * as restate from "@restatedev/restate-sdk";

// Minimal async-mutex replacement (the sandbox has no async-mutex package).
class Mutex {
  private locked = false;
  private waiters: Array<() => void> = [];

  async acquire(): Promise<() => void> {
    if (this.locked) {
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
    this.locked = true;
    return () => {
      const next = this.waiters.shift();
      if (next) next();
      else this.locked = false;
    };
  }
}

// One mutex guards the stock, whichever cart asks.
const inventoryMutex = new Mutex();

export const cart = restate.object({
  name: "cart",
  handlers: {
    setInventory: async (ctx: restate.ObjectContext, count: number): Promise<void> => {
      ctx.set("inventory", count);
    },
    reserveItem: async (ctx: restate.ObjectContext): Promise<number> => {
      const release = await inventoryMutex.acquire();
      try {
        const current = (await ctx.get<number>("inventory")) ?? 0;
        const next = await ctx.run("compute reservation", () => current - 1);
        ctx.set("inventory", next);
        return next;
      } finally {
        release();
      }
    },
    getInventory: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<number> => {
      return (await ctx.get<number>("inventory")) ?? 0;
    }),
  },
});
