import type { Command } from "./command.js";
import { actOn } from "./act.js";
import { plain } from "./describe.js";
import { kfWindow } from "./kf-window.js";
import { needsConversation } from "./needs-conversation.js";

/**
 * `/remind 面试ID` (/提醒): one reminder to the candidate now, if the kf window
 * still has room; otherwise the recruiter hears it is exhausted (and should call).
 */
export const remind: Command = {
  name: "remind",
  aliases: ["提醒", "催"],
  async run(ctx, args, rest) {
    if (args.length === 0) {
      await ctx.reply({ markdown: ctx.texts.get("usage.id", { command: "remind" }) });
      return;
    }
    await actOn(ctx, rest, { type: "remind" }, async (interview, candidate) => {
      const refusal = await needsConversation(ctx, interview, candidate, "remind");
      if (refusal !== undefined) return refusal;
      const [conversation] = (await ctx.store.findConversationsByInterview(interview.id)).sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime());
      const window = await kfWindow(ctx.store, conversation!.id, ctx.at);
      if (window.open) return undefined;
      const since = window.why === "silent" ? ctx.texts.get("action.window_since_silent") : ctx.texts.get("action.window_since_count", { count: window.sent });
      return ctx.texts.get("action.window_exhausted", { name: plain(candidate.name), since });
    });
  },
};
