import type { Command } from "./command.js";
import { actOn } from "./act.js";

/** `/cancel 面试ID [原因]` (/取消): cancels, tells the candidate, stops the nudges. */
export const cancel: Command = {
  name: "cancel",
  aliases: ["取消"],
  async run(ctx, args) {
    const [id, ...reason] = args;
    if (!id) {
      await ctx.reply({ markdown: ctx.texts.get("usage.id", { command: "cancel" }) });
      return;
    }
    const text = Array.from(reason.join(" ")).slice(0, 200).join("");
    await actOn(ctx, id, text ? { type: "cancel", reason: text } : { type: "cancel" });
  },
};
