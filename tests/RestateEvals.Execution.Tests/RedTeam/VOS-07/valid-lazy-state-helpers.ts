import * as restate from "@restatedev/restate-sdk";

const COUNT = "count";

async function load(ctx: restate.ObjectContext | restate.ObjectSharedContext): Promise<number> {
  const value = await ctx.get<number>(COUNT);
  return value ?? 0;
}

async function bump(ctx: restate.ObjectContext): Promise<number> {
  const next = (await load(ctx)) + 1;
  ctx.set(COUNT, next);
  return next;
}

export const counter = restate.object({
  name: "counter",
  handlers: {
    increment: bump,
    get: restate.handlers.object.shared(load),
  },
  options: { enableLazyState: true },
});
