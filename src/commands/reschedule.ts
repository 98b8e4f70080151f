import type { Command } from "./command.js";
import { actOn } from "./act.js";
import { parseCommandTime } from "./parse-time.js";

/** `/reschedule 面试ID 新时间` (/改期): moves the interview and tells the candidate; nudges are re-planned. */
export const reschedule: Command = {
  name: "reschedule",
  aliases: ["改期", "改时间"],
  async run(ctx, args) {
    const [id, ...words] = args;
    const usage = ctx.texts.get("usage.reschedule");
    if (!id) {
      await ctx.reply({ markdown: usage });
      return;
    }
    const time = parseCommandTime(words, ctx.at, ctx.timeZone, ctx.texts);
    if (!time.ok) {
      await ctx.reply({ markdown: `${time.markdown}\n${usage}` });
      return;
    }
    await actOn(ctx, id, { type: "reschedule", to: time.at });
  },
};
