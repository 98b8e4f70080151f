import type { Command } from "./command.js";

const WINDOWS: Record<string, number> = { "7d": 7, "7": 7, "7天": 7, "一周": 7, "30d": 30, "30": 30, "30天": 30, "一个月": 30 };

/** `/stats [7d|30d]` (/统计): reply rate, latency, outcome rates and top cancel reasons. */
export const stats: Command = {
  name: "stats",
  aliases: ["统计", "数据"],
  async run(ctx, args) {
    const days = args.length === 0 ? 7 : WINDOWS[args[0]!.toLowerCase()];
    if (days === undefined || args.length > 1) {
      await ctx.reply({ markdown: ctx.texts.get("usage.stats") });
      return;
    }
    await ctx.reply({ markdown: await ctx.stats({ days }) });
  },
};
