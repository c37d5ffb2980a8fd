import * as restate from "@restatedev/restate-sdk";

// Eager state: the key's state arrives with the invocation, so ctx.get costs no round trip.
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
