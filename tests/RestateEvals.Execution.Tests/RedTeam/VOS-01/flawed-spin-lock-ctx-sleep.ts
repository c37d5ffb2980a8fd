import * as restate from "@restatedev/restate-sdk";

// Redis-style lock emulation: a process-wide flag, polled with durable sleeps so the
// wait survives restarts.
let lockHeld = false;

async function acquire(ctx: restate.ObjectContext): Promise<void> {
  while (lockHeld) {
    await ctx.sleep(25);
  }
  lockHeld = true;
}

export const cart = restate.object({
  name: "cart",
  handlers: {
    setInventory: async (ctx: restate.ObjectContext, count: number): Promise<void> => {
      ctx.set("inventory", count);
    },
    reserveItem: async (ctx: restate.ObjectContext): Promise<number> => {
      await acquire(ctx);
      try {
        const current = (await ctx.get<number>("inventory")) ?? 0;
        await ctx.sleep(5); // give the lock time to propagate, like a Redis SET NX round trip
        ctx.set("inventory", current - 1);
        return current - 1;
      } finally {
        lockHeld = false;
      }
    },
    getInventory: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<number> => {
      return (await ctx.get<number>("inventory")) ?? 0;
    }),
  },
});
