import * as restate from "@restatedev/restate-sdk";

let total = 0;
let loaded = false;

export const counter = restate.object({
  name: "counter",
  handlers: {
    increment: async (ctx: restate.ObjectContext): Promise<number> => {
      if (!loaded) {
        total = (await ctx.get<number>("count")) ?? 0;
        loaded = true;
      }
      total += 1;
      ctx.set("count", total);
      return total;
    },
    get: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<number> => {
      return (await ctx.get<number>("count")) ?? 0;
    }),
  },
});
