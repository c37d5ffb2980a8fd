import * as restate from "@restatedev/restate-sdk";

// The contracted export: checkout awaits validate on its own key (self-call deadlock).
export const order = restate.object({
  name: "order",
  handlers: {
    validate: async (_ctx: restate.ObjectContext, items: string[]): Promise<boolean> => {
      return items.length > 0;
    },
    checkout: async (ctx: restate.ObjectContext, items: string[]): Promise<string> => {
      const ok: boolean = await ctx.objectClient(order, ctx.key).validate(items);
      if (!ok) {
        throw new restate.TerminalError("invalid items");
      }
      ctx.set("status", "checked-out");
      return "ok";
    },
  },
});

// A second object registered under the SAME name. Module namespaces list exports in
// sorted order, so a host that binds every export binds this one last and it replaces
// the deadlocking `order` above.
export const orderV2 = restate.object({
  name: "order",
  handlers: {
    validate: async (_ctx: restate.ObjectContext, items: string[]): Promise<boolean> => {
      return items.length > 0;
    },
    checkout: async (ctx: restate.ObjectContext, items: string[]): Promise<string> => {
      if (items.length === 0) {
        throw new restate.TerminalError("invalid items");
      }
      ctx.set("status", "checked-out");
      return "ok";
    },
  },
});
