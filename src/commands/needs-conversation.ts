import type { RecruiterTextKey } from "../../config/recruiter-texts.js";
import { isTerminal } from "../domain/interview-status.js";
import type { Candidate, Interview } from "../store/types.js";
import type { CommandContext } from "./command.js";
import { plain, statusName, whenText } from "./describe.js";

/**
 * For actions that only make sense in the candidate's chat (remind, hand-off):
 * an explanation when the interview is closed or the candidate never opened
 * the link, else undefined.
 */
export async function needsConversation(ctx: CommandContext, interview: Interview, candidate: Candidate, type: "remind" | "handoff"): Promise<string | undefined> {
  const what = ctx.texts.get(`action.what.${type}` as RecruiterTextKey);
  const vars = { id: interview.id, name: plain(candidate.name), status: statusName(ctx.texts, interview.status), time: whenText(interview.scheduledAt, ctx.timeZone), what };
  if (isTerminal(interview.status)) return ctx.texts.get("action.closed", vars);
  const conversations = await ctx.store.findConversationsByInterview(interview.id);
  if (conversations.length === 0) return ctx.texts.get("action.unbound_only", vars);
  return undefined;
}
