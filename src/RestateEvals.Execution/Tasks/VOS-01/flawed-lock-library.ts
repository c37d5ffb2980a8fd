// VOS-01 reference (flawed): guards the read-modify-write with a third-party in-process mutex.
// flaw: advises an `async-mutex` lock for concurrency, but the package is not available in the sandbox (and an in-process lock is redundant with, and weaker than, Restate's per-key exclusivity), so the module fails the import check.
import * as restate from "@restatedev/restate-sdk";
import { Mutex } from "async-mutex";

const mutex = new Mutex();

export const cart = restate.object({
  name: "cart",
  handlers: {
    setInventory: async (ctx: restate.ObjectContext, count: number): Promise<void> => {
      ctx.set("inventory", count);
    },
    reserveItem: async (ctx: restate.ObjectContext): Promise<number> => {
      return mutex.runExclusive(async () => {
        const inventory = (await ctx.get<number>("inventory")) ?? 0;
        ctx.set("inventory", inventory - 1);
        return inventory - 1;
      });
    },
    getInventory: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<number> => {
      return (await ctx.get<number>("inventory")) ?? 0;
    }),
  },
});
