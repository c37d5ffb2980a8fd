import * as restate from "@restatedev/restate-sdk";

class CounterActor {
  private value: number | undefined;
  private dirty = 0;
  constructor(private readonly flushEvery: number) {}

  async increment(ctx: restate.ObjectContext): Promise<number> {
    if (this.value === undefined) this.value = (await ctx.get<number>("count")) ?? 0;
    this.value += 1;
    this.dirty += 1;
    if (this.dirty >= this.flushEvery) {
      ctx.set("count", this.value);
      this.dirty = 0;
    }
    return this.value;
  }

  peek(): number | undefined {
    return this.value;
  }
}

const actors = new Map<string, CounterActor>();
const actorFor = (key: string): CounterActor => {
  let actor = actors.get(key);
  if (!actor) {
    actor = new CounterActor(7);
    actors.set(key, actor);
  }
  return actor;
};

export const counter = restate.object({
  name: "counter",
  handlers: {
    increment: async (ctx: restate.ObjectContext): Promise<number> => actorFor(ctx.key).increment(ctx),
    get: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<number> => {
      const inMemory = actors.get(ctx.key)?.peek();
      return inMemory ?? (await ctx.get<number>("count")) ?? 0;
    }),
  },
});
