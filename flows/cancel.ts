/**
 * Not attending. Ask for the reason once (menu + free text), offer a new time
 * instead when the reason is only the time, then record the classified reason,
 * stop the nudges and thank the candidate.
 */
import { canTransition } from "../src/domain/interview-status.js";
import { maskMobilesInText } from "../src/domain/mask-mobile.js";
import type { StepResult } from "../src/domain/flow.js";
import type { CancelReason } from "../src/nlu/index.js";
import { CANCEL_REASONS, reasonFromText } from "./cancel-reasons.js";
import { effect, finish, render, sendMenu, sendText, str, type Turn } from "./kit.js";
import type { MessageKey } from "./message-keys.js";

export const CANCEL_FLOW = "cancel";
export const CLOSED_FLOW = "closed";

/** The candidate said they will not come; `reason` is nlu's (null/unknown when not said). */
export function startCancel(turn: Turn, reason: CancelReason | null, reasonText: string | null = null): StepResult {
  if (reason && reason !== "unknown") return withReason(turn, reason, reasonText);
  if (turn.before.slots.reasonAsked === true) return finalizeCancel(turn, "unknown", reasonText);
  const { ctx } = turn;
  turn.slots.reasonAsked = true;
  const items = CANCEL_REASONS.map((r) => ({ id: `reason:${r}`, text: render(ctx, `cancel.reason.${r}` as MessageKey) }));
  sendMenu(turn, "cancel_reason", render(ctx, "cancel.ask_reason_head"), items, render(ctx, "cancel.ask_reason_tail"));
  return finish(turn, CANCEL_FLOW, "awaiting_reason");
}

/** A free-text answer to "why?". */
export function onReasonText(turn: Turn, text: string, nluReason: CancelReason | null): StepResult {
  const reason = nluReason && nluReason !== "unknown" ? nluReason : (reasonFromText(text) ?? "unknown");
  return withReason(turn, reason, text);
}

export function withReason(turn: Turn, reason: CancelReason, reasonText: string | null): StepResult {
  if (reason === "time_conflict" && turn.before.slots.rescheduleOffered !== true) {
    const { ctx } = turn;
    turn.slots.rescheduleOffered = true;
    turn.slots.cancelReason = reason;
    if (reasonText) turn.slots.reasonText = maskMobilesInText(reasonText);
    sendMenu(turn, "cancel_offer_reschedule", render(ctx, "cancel.offer_reschedule_head"), [
      { id: "reschedule_instead", text: render(ctx, "cancel.reschedule_instead_item") },
      { id: "cancel_anyway", text: render(ctx, "cancel.cancel_anyway_item") },
    ]);
    return finish(turn, CANCEL_FLOW, "offer_reschedule");
  }
  return finalizeCancel(turn, reason, reasonText);
}

/** "还是取消" after the offer to reschedule: the reason given before stands. */
export function cancelAnyway(turn: Turn): StepResult {
  const stored = str(turn.before.slots, "cancelReason");
  const reason = (stored ?? "unknown") as CancelReason;
  return finalizeCancel(turn, reason, str(turn.before.slots, "reasonText"));
}

export function finalizeCancel(turn: Turn, reason: CancelReason, reasonText: string | null): StepResult {
  const { ctx } = turn;
  const masked = reasonText ? maskMobilesInText(reasonText) : null;
  if (canTransition(ctx.interview.status, "cancelled")) {
    effect(turn, { type: "transition", to: "cancelled", reason, details: masked ? { reasonText: masked } : {} });
  }
  effect(turn, { type: "event", event: "candidate.cancelled", payload: { reason, ...(masked ? { reasonText: masked } : {}) } });
  effect(turn, { type: "cancel_nudges", reason: "candidate_cancelled" });
  // Lets the scheduler drop the cancelled plans' jobs at once (issue: nudges).
  effect(turn, { type: "replan_nudges" });
  sendText(turn, "cancel", render(ctx, "cancel.done"));
  for (const k of ["reasonAsked", "rescheduleOffered", "cancelReason", "reasonText", "proposedAt", "offered"]) delete turn.slots[k];
  return finish(turn, CLOSED_FLOW, "cancelled");
}
