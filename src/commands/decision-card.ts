import { createHash } from "node:crypto";
import type { RecruiterTextKey } from "../../config/recruiter-texts.js";
import { sameBusinessDay } from "../domain/business-time.js";
import type { RecruiterAction } from "../domain/flow.js";
import type { Candidate, Interview } from "../store/types.js";
import type { ButtonInteractionCard, CardButton } from "../wecom/api/index.js";
import { recruiterCardTaskId } from "./card-task.js";
import type { CommandContext } from "./command.js";
import { plain, whenText } from "./describe.js";

/** Button keys are the action types, like the engine's conversation cards. */
type CardAction = Extract<RecruiterAction["type"], "approve_reschedule" | "decline_reschedule" | "check_in" | "no_show">;

/** The decisions an interview is waiting for right now, if any. */
export function pendingDecisions(interview: Interview, now: Date, timeZone: string): CardAction[] {
  if (interview.status === "reschedule_requested") return ["approve_reschedule", "decline_reschedule"];
  const open = interview.status === "invited" || interview.status === "confirmed" || interview.status === "rescheduled";
  if (open && sameBusinessDay(now, interview.scheduledAt, timeZone)) return ["check_in", "no_show"];
  return [];
}

/**
 * A card with one button per pending decision (签到 / 未到场, 同意 / 拒绝改期);
 * undefined when nothing waits. Its click comes back as template_card_event
 * and is handled by the recruiter bot's card-click handler.
 */
export function decisionCard(ctx: CommandContext, interview: Interview, candidate: Candidate): ButtonInteractionCard | undefined {
  const actions = pendingDecisions(interview, ctx.at, ctx.timeZone);
  if (actions.length === 0) return undefined;
  const vars = { id: interview.id, name: plain(candidate.name), position: plain(interview.position), time: whenText(interview.scheduledAt, ctx.timeZone) };
  const buttons: CardButton[] = actions.map((a, i) => ({ key: a, text: ctx.texts.get(`action.card_button.${a}` as RecruiterTextKey), style: i === 0 ? 1 : 2 }));
  return {
    card_type: "button_interaction",
    main_title: { title: ctx.texts.get("status.card_title", vars), desc: ctx.texts.get("status.card_desc", vars) },
    task_id: recruiterCardTaskId(interview.id, createHash("sha256").update(`decide:${ctx.msgId}`).digest("base64url").slice(0, 16)),
    button_list: buttons,
  };
}
