/**
 * Answers to the nudges' own menus: 确认参加 on the re-confirmation, and the
 * after-interview feedback question (which may come after the interview closed).
 */
import type { ConversationState, FlowContext, FlowInput, StepResult } from "../src/domain/flow.js";
import { ATTENDING_FLOW, confirmAttendance } from "./confirm.js";
import { placeLine } from "./details.js";
import { beginTurn, effect, finish, ignored, render, sendText, stay, when, type Turn } from "./kit.js";

/** 确认参加 on the re-confirmation: already confirmed → a short "see you", otherwise a real confirmation. */
export function reconfirmed(turn: Turn): StepResult {
  const { ctx } = turn;
  if (ctx.interview.status !== "confirmed") return confirmAttendance(turn);
  turn.slots.reconfirmedAt = ctx.now.toISOString();
  effect(turn, { type: "event", event: "candidate.confirmed", payload: { scheduledAt: ctx.interview.scheduledAt.toISOString(), reconfirm: true } });
  sendText(turn, "reconfirmed", render(ctx, "nudge.reconfirmed", { time: when(ctx, ctx.interview.scheduledAt), place: placeLine(ctx) }));
  return finish(turn, ATTENDING_FLOW, "confirmed");
}

/** A tapped feedback rating: recorded once per conversation, thanked, nothing else changes. */
export function onFeedback(state: ConversationState, input: Extract<FlowInput, { kind: "menu" }>, ctx: FlowContext): StepResult {
  if (state.slots.feedback !== undefined) return ignored("feedback_already_given");
  const turn = beginTurn(state, ctx);
  const rating = input.menuId.slice("feedback:".length);
  turn.slots.feedback = rating;
  effect(turn, { type: "event", event: "candidate.feedback", payload: { rating, question: "interview_arrangement" } });
  sendText(turn, "feedback", render(ctx, "nudge.feedback_thanks"));
  return stay(turn);
}
