/**
 * Interview-day notices: running late, or arrived. The flow acknowledges; the
 * events become interviewer / HR alerts downstream. Small talk gets a short
 * friendly answer and no clarifying question.
 */
import { sameBusinessDay } from "../src/domain/business-time.js";
import { maskMobilesInText } from "../src/domain/mask-mobile.js";
import type { FlowContext, StepResult } from "../src/domain/flow.js";
import { ARRIVED, normalize } from "../src/nlu/index.js";
import { effect, render, sendText, stay, type Turn } from "./kit.js";

const THANKS = /谢|感谢|辛苦|thank|thx/i;

/** "我到了 / 在前台" on the interview's day (on another day it is just chat). */
export function isArrival(ctx: FlowContext, text: string): boolean {
  return sameBusinessDay(ctx.now, ctx.interview.scheduledAt, ctx.timeZone) && ARRIVED.test(normalize(text).text);
}

export function onLate(turn: Turn, text: string): StepResult {
  const { ctx } = turn;
  effect(turn, { type: "event", event: "candidate.late", payload: { text: maskMobilesInText(text), scheduledAt: ctx.interview.scheduledAt.toISOString() } });
  sendText(turn, "late", render(ctx, "late.ack", { position: ctx.interview.position }));
  return stay(turn);
}

export function onArrived(turn: Turn, text: string): StepResult {
  const { ctx } = turn;
  effect(turn, { type: "event", event: "candidate.arrived", payload: { text: maskMobilesInText(text), scheduledAt: ctx.interview.scheduledAt.toISOString() } });
  // The no-check-in alert and the thank-you read this (issue: nudges).
  turn.slots.arrivedAt = ctx.now.toISOString();
  sendText(turn, "arrived", render(ctx, "arrived.ack"));
  return stay(turn);
}

export function onSmallTalk(turn: Turn, text: string): StepResult {
  const { ctx } = turn;
  const key = turn.before.step === "awaiting_recruiter" ? "small_talk.waiting_recruiter" : THANKS.test(text) ? "small_talk.thanks" : "small_talk.ack";
  sendText(turn, "small_talk", render(ctx, key));
  return stay(turn);
}
