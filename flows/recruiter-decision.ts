/**
 * The recruiter's answer to a reschedule request: approve → the interview moves
 * and the candidate hears the new time; decline (maybe suggesting a time) → the
 * candidate chooses between the suggestion, the old time and another request.
 */
import type { ConversationState, FlowContext, FlowInput, StepResult } from "../src/domain/flow.js";
import { ATTENDING_FLOW } from "./confirm.js";
import { placeLine } from "./details.js";
import { beginTurn, effect, finish, ignored, instant, num, render, sendMenu, sendText, when, type Turn } from "./kit.js";
import { mainMenu } from "./invitation.js";
import type { MessageKey } from "./message-keys.js";
import { onRecruiterAction } from "./recruiter-actions.js";
import { RESCHEDULE_FLOW, offer } from "./reschedule.js";

export function onRecruiter(state: ConversationState, input: Extract<FlowInput, { kind: "recruiter" }>, ctx: FlowContext): StepResult {
  const { action } = input;
  if (action.type !== "approve_reschedule" && action.type !== "decline_reschedule") {
    // Commands that act on the interview directly (move, cancel, check-in …): recruiter-actions.ts.
    return onRecruiterAction(state, input, action, ctx);
  }
  const proposedAt = instant(state.slots, "proposedAt");
  if (ctx.interview.status !== "reschedule_requested" || !proposedAt) return ignored("no_pending_reschedule");
  const turn = beginTurn(state, ctx);
  if (action.type === "approve_reschedule") return moveTo(turn, proposedAt, `recruiter:${input.userId}`);

  const suggestedAt = action.suggestedAt ?? null;
  effect(turn, {
    type: "event",
    event: "interview.reschedule_declined",
    payload: { proposedAt: proposedAt.toISOString(), by: input.userId, ...(suggestedAt ? { suggestedAt: suggestedAt.toISOString() } : {}) },
  });
  turn.slots.declined = num(state.slots, "declined") + 1;
  delete turn.slots.proposedAt;
  const declined = render(ctx, "reschedule.declined", { proposed: when(ctx, proposedAt) });
  if (suggestedAt) {
    const suggested = when(ctx, suggestedAt);
    turn.slots.suggestedAt = suggestedAt.toISOString();
    sendMenu(turn, "reschedule_declined", `${declined}\n${render(ctx, "reschedule.declined_suggest_head", { suggested })}`, [
      { id: "accept_suggested", text: render(ctx, "reschedule.accept_suggested_item", { suggested }) },
      { id: "keep_original", text: render(ctx, "reschedule.keep_original_item") },
      { id: "other_time", text: render(ctx, "reschedule.another_item") },
    ]);
  } else {
    const [, , cancel] = mainMenu(ctx);
    sendMenu(turn, "reschedule_declined", `${declined}\n${render(ctx, "reschedule.declined_keep_head", { time: when(ctx, ctx.interview.scheduledAt) })}`, [
      { id: "keep_original", text: render(ctx, "reschedule.keep_original_item") },
      { id: "other_time", text: render(ctx, "reschedule.another_item") },
      ...(cancel ? [cancel] : []),
    ]);
  }
  return finish(turn, RESCHEDULE_FLOW, "declined");
}

/** The candidate accepts the time the recruiter suggested: no second approval needed. */
export function acceptSuggested(turn: Turn): StepResult {
  const suggestedAt = instant(turn.before.slots, "suggestedAt");
  if (!suggestedAt || suggestedAt.getTime() <= turn.ctx.now.getTime()) return offer(turn, null);
  return moveTo(turn, suggestedAt, "recruiter_suggestion");
}

/** Moves the interview to `at` and tells the candidate (`textKey` with {time} and {place}). */
export function moveTo(turn: Turn, at: Date, by: string, textKey: MessageKey = "reschedule.approved"): StepResult {
  const { ctx } = turn;
  const from = ctx.interview.scheduledAt.toISOString();
  const to = at.toISOString();
  effect(turn, { type: "transition", to: "rescheduled", details: { from, to, by }, changes: { scheduledAt: at } });
  effect(turn, { type: "event", event: "interview.rescheduled", payload: { from, to, by } });
  effect(turn, { type: "replan_nudges" });
  // The candidate reads the new time; placeLine reads the interview, whose place did not change.
  sendText(turn, "rescheduled", render(ctx, textKey, { time: when(ctx, at), place: placeLine(ctx) }));
  for (const k of ["proposedAt", "offered", "suggestedAt"]) delete turn.slots[k];
  return finish(turn, ATTENDING_FLOW, "rescheduled");
}
