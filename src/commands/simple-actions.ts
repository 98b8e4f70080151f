import type { RecruiterAction } from "../domain/flow.js";
import type { Command } from "./command.js";
import { actOn } from "./act.js";

/** A command that takes only an interview id (or name) and runs one action. */
export function idCommand(name: string, aliases: readonly string[], action: RecruiterAction): Command {
  return {
    name,
    aliases,
    async run(ctx, args, rest) {
      if (args.length === 0) {
        await ctx.reply({ markdown: ctx.texts.get("usage.id", { command: name }) });
        return;
      }
      await actOn(ctx, rest, action);
    },
  };
}
