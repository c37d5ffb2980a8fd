import { object, handlers, type ObjectContext, type ObjectSharedContext } from "@restatedev/restate-sdk";

type CounterState = { count: number };

export const counter = object({
  name: "counter",
  handlers: {
    increment: handlers.object.exclusive(
      { description: "Durably add one" },
      async (ctx: ObjectContext<CounterState>): Promise<number> => {
        const next = ((await ctx.get("count")) ?? 0) + 1;
        ctx.set("count", next);
        return next;
      },
    ),
    get: handlers.object.shared(
      { description: "Current count" },
      async (ctx: ObjectSharedContext<CounterState>): Promise<number> => (await ctx.get("count")) ?? 0,
    ),
  },
});
