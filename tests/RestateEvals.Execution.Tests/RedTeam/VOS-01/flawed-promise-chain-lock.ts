import * as restate from "@restatedev/restate-sdk";

// Application-level mutex around the read-modify-write so concurrent reserveItem calls
// cannot lose a decrement (a Redis lock would replace this in production).
let tail: Promise<unknown> = Promise.resolve();

function withInventoryLock<T>(critical: () => Promise<T>): Promise<T> {
  const run = tail.then(critical);
  tail = run.catch(() => undefined);
  return run;
}

export const cart = restate.object({
  name: "cart",
  handlers: {
    setInventory: async (ctx: restate.ObjectContext, count: number): Promise<void> => {
      await withInventoryLock(async () => {
        ctx.set("inventory", count);
      });
    },
    reserveItem: async (ctx: restate.ObjectContext): Promise<number> => {
      return withInventoryLock(async () => {
        const current = (await ctx.get<number>("inventory")) ?? 0;
        ctx.set("inventory", current - 1);
        return current - 1;
      });
    },
    getInventory: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<number> => {
      return (await ctx.get<number>("inventory")) ?? 0;
    }),
  },
});
