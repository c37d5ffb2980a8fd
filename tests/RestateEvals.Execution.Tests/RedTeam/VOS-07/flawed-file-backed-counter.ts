import * as restate from "@restatedev/restate-sdk";
import * as fs from "node:fs";

// Local write-ahead file survives endpoint restarts; Restate state is only a periodic
// checkpoint (every 15 increments) to keep the journal small.
const FILE = "counter-wal.json";
const CHECKPOINT_EVERY = 15;

function loadAll(): Record<string, number> {
  try {
    return JSON.parse(fs.readFileSync(FILE, "utf8")) as Record<string, number>;
  } catch {
    return {};
  }
}

const counts = loadAll();

export const counter = restate.object({
  name: "counter",
  handlers: {
    increment: async (ctx: restate.ObjectContext): Promise<number> => {
      const base = counts[ctx.key] ?? (await ctx.get<number>("count")) ?? 0;
      const next = base + 1;
      counts[ctx.key] = next;
      fs.writeFileSync(FILE, JSON.stringify(counts));
      if (next % CHECKPOINT_EVERY === 0) ctx.set("count", next);
      return next;
    },
    get: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<number> => {
      return counts[ctx.key] ?? (await ctx.get<number>("count")) ?? 0;
    }),
  },
});
