import type { RecruiterTextKey } from "../../config/recruiter-texts.js";
import type { RecruiterTexts } from "../../config/recruiter-texts.js";
import type { Command } from "./command.js";

/** The order commands are listed in /help. */
const HELP_ORDER = ["invite", "list", "status", "reschedule", "cancel", "checkin", "noshow", "done", "approve", "decline", "remind", "handoff", "stats", "help"] as const;

/** The whole command list, as markdown. */
export function helpText(texts: RecruiterTexts): string {
  return [texts.get("command.help_head"), ...HELP_ORDER.map((name) => `- ${texts.get(`help.${name}` as RecruiterTextKey)}`), texts.get("command.help_foot")].join("\n");
}

export const help: Command = {
  name: "help",
  aliases: ["帮助", "h", "?", "？"],
  async run(ctx) {
    await ctx.reply({ markdown: helpText(ctx.texts) });
  },
};
