import type { Command } from "./command.js";
import { actOn } from "./act.js";
import { needsConversation } from "./needs-conversation.js";

/** `/handoff 面试ID` (/转人工): the kf session moves to the owning recruiter. */
export const handoff: Command = {
  name: "handoff",
  aliases: ["转人工", "人工"],
  async run(ctx, args, rest) {
    if (args.length === 0) {
      await ctx.reply({ markdown: ctx.texts.get("usage.id", { command: "handoff" }) });
      return;
    }
    await actOn(ctx, rest, { type: "handoff" }, (interview, candidate) => needsConversation(ctx, interview, candidate, "handoff"));
  },
};
