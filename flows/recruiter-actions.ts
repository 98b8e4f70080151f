/**
 * What a recruiter's command or card button does to the candidate's side of an
 * interview: move it, cancel it, mark check-in / no-show / done, hand the chat
 * to a human, or remind the candidate now. Pure: the recruiter bot runs these
 * through the engine so state, candidate messages and nudges change together.
 * An `ignored` result names why nothing changed; the bot explains it to the
 * recruiter (a cancelled interview, a repeated click, a move to the same time).
 */
import { canTransition, isTerminal } from "../src/domain/interview-status.js";
import type { ConversationState, FlowContext, FlowInput, RecruiterAction, StepResult } from "../src/domain/flow.js";
import type { InterviewStatus } from "../src/domain/records.js";
import { CLOSED_FLOW } from "./cancel.js";
import { contact, placeLine } from "./details.js";
import { HANDOFF_FLOW, handOff } from "./handoff.js";
import { beginTurn, effect, finish, ignored, render, sendText, stay, when, type Turn } from "./kit.js";
import { moveTo } from "./recruiter-decision.js";

type RecruiterInput = Extract<FlowInput, { kind: "recruiter" }>;
type DirectAction = Exclude<RecruiterAction, { type: "approve_reschedule" | "decline_reschedule" }>;

/** Why a recruiter action changed nothing; the recruiter bot turns these into explanations. */
export const RECRUITER_IGNORED = {
  closed: "interview_closed",
  sameStatus: "same_status",
  notAllowed: "not_allowed",
  sameTime: "same_time",
  notCheckedIn: "not_checked_in",
  withHuman: "already_with_human",
} as const;

export function onRecruiterAction(state: ConversationState, input: RecruiterInput, action: DirectAction, ctx: FlowContext): StepResult {
  const status = ctx.interview.status;
  const by = `recruiter:${input.userId}`;
  if (isTerminal(status)) return ignored(status === target(action) ? RECRUITER_IGNORED.sameStatus : RECRUITER_IGNORED.closed);
  const turn = beginTurn(state, ctx);
  switch (action.type) {
    case "reschedule":
      if (action.to.getTime() === ctx.interview.scheduledAt.getTime()) return ignored(RECRUITER_IGNORED.sameTime);
      if (!canTransition(status, "rescheduled")) return ignored(RECRUITER_IGNORED.notAllowed);
      return moveTo(turn, action.to, by, "recruiter.moved");
    case "cancel":
      return cancel(turn, by, action.reason);
    case "check_in":
      if (status === "checked_in") return ignored(RECRUITER_IGNORED.sameStatus);
      return mark(turn, "checked_in", "interview.checked_in", by, true);
    case "no_show":
      if (!canTransition(status, "no_show")) return ignored(RECRUITER_IGNORED.notAllowed);
      mark(turn, "no_show", "interview.no_show", by, false);
      return finish(turn, CLOSED_FLOW, "no_show");
    case "complete":
      if (status !== "checked_in") return ignored(RECRUITER_IGNORED.notCheckedIn);
      mark(turn, "completed", "interview.completed", by, true);
      return finish(turn, CLOSED_FLOW, "completed");
    case "handoff":
      if (state.flow === HANDOFF_FLOW) return ignored(RECRUITER_IGNORED.withHuman);
      // To the recruiter who asked: they are the one about to answer in the kf chat.
      return handOff(turn, "recruiter", "recruiter.handoff", undefined, input.userId);
    case "remind":
      return remind(turn, input, by);
  }
}

/** The status an action aims for, to tell "already done" from "too late". */
function target(action: DirectAction): InterviewStatus | null {
  switch (action.type) {
    case "cancel":
      return "cancelled";
    case "no_show":
      return "no_show";
    case "complete":
      return "completed";
    default:
      return null;
  }
}

function cancel(turn: Turn, by: string, reasonText: string | undefined): StepResult {
  const { ctx } = turn;
  const details = { by, ...(reasonText ? { reasonText } : {}) };
  effect(turn, { type: "transition", to: "cancelled", reason: "recruiter", details });
  effect(turn, { type: "event", event: "interview.cancelled", payload: { reason: "recruiter", ...details } });
  effect(turn, { type: "cancel_nudges", reason: "recruiter_cancelled" });
  const vars = { time: when(ctx, ctx.interview.scheduledAt), position: ctx.interview.position, contact: contact(ctx) };
  sendText(turn, "recruiter_cancelled", render(ctx, "recruiter.cancelled", vars));
  for (const k of ["proposedAt", "offered", "suggestedAt", "menu"]) delete turn.slots[k];
  return finish(turn, CLOSED_FLOW, "cancelled");
}

/**
 * A status the candidate does not need to hear about. Check-in and completion
 * re-plan the nudges (a "not checked in" check must not fire, a thank-you may);
 * a no-show just stops them.
 */
function mark(turn: Turn, to: InterviewStatus, event: "interview.checked_in" | "interview.no_show" | "interview.completed", by: string, replan: boolean): StepResult {
  effect(turn, { type: "transition", to, details: { by } });
  effect(turn, { type: "event", event, payload: { by } });
  effect(turn, { type: "cancel_nudges", reason: to });
  if (replan) effect(turn, { type: "replan_nudges" });
  return stay(turn);
}

function remind(turn: Turn, input: RecruiterInput, by: string): StepResult {
  const { ctx } = turn;
  const vars = { position: ctx.interview.position, time: when(ctx, ctx.interview.scheduledAt), place: placeLine(ctx) };
  // Keyed by the moment asked, so each /remind is one message and a retried turn re-uses it.
  sendText(turn, "recruiter_remind", render(ctx, "recruiter.remind", vars), `${ctx.interview.id}:recruiter_remind:${input.at.getTime()}`);
  effect(turn, { type: "event", event: "interview.reminded", payload: { by } });
  return stay(turn);
}
