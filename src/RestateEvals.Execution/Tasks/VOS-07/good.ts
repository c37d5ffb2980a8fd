// VOS-07 reference (good): the count lives only in Restate state, read and written in the exclusive handler.
import * as restate from "@restatedev/restate-sdk";

export const counter = restate.object({
  name: "counter",
  handlers: {
    increment: async (ctx: restate.ObjectContext): Promise<number> => {
      const count = ((await ctx.get<number>("count")) ?? 0) + 1;
      ctx.set("count", count);
      return count;
    },
    get: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<number> => {
      return (await ctx.get<number>("count")) ?? 0;
    }),
  },
});
