import { object, handlers, TerminalError, type ObjectContext } from "@restatedev/restate-sdk";

type OrderState = { status: "checked-out" };

const validateItems = (items: readonly string[]): boolean => items.length > 0;

export const order = object({
  name: "order",
  handlers: {
    validate: handlers.object.exclusive(
      { description: "Validation entry point for other services" },
      async (_ctx: ObjectContext<OrderState>, items: string[]): Promise<boolean> => validateItems(items),
    ),
    checkout: handlers.object.exclusive(
      { description: "Validate locally, then mark the order checked out" },
      async (ctx: ObjectContext<OrderState>, items: string[]): Promise<string> => {
        if (!validateItems(items)) {
          throw new TerminalError(`invalid order ${ctx.key}: no items`, { errorCode: 400 });
        }
        ctx.set("status", "checked-out");
        return "ok";
      },
    ),
  },
});
