import type { Command } from "./command.js";
import { actOn } from "./act.js";
import { parseCommandTime } from "./parse-time.js";

/** `/decline 面试ID [建议时间]` (/拒绝): declines the reschedule request, maybe suggesting a time. */
export const decline: Command = {
  name: "decline",
  aliases: ["拒绝", "驳回"],
  async run(ctx, args) {
    const [id, ...words] = args;
    const usage = ctx.texts.get("usage.decline");
    if (!id) {
      await ctx.reply({ markdown: usage });
      return;
    }
    if (words.length === 0) {
      await actOn(ctx, id, { type: "decline_reschedule" });
      return;
    }
    const time = parseCommandTime(words, ctx.at, ctx.timeZone, ctx.texts);
    if (!time.ok) {
      await ctx.reply({ markdown: `${time.markdown}\n${usage}` });
      return;
    }
    await actOn(ctx, id, { type: "decline_reschedule", suggestedAt: time.at });
  },
};
