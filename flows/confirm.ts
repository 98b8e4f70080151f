/**
 * The candidate will attend at the planned time: thank, restate time and place,
 * say which reminders follow; record the confirmation and (re)plan the nudges.
 */
import { canTransition } from "../src/domain/interview-status.js";
import type { StepResult } from "../src/domain/flow.js";
import type { QuestionTopic } from "../src/nlu/index.js";
import { placeLine } from "./details.js";
import { effect, finish, render, sendText, when, type Turn } from "./kit.js";
import { onQuestion } from "./question.js";

export const ATTENDING_FLOW = "attending";

export function confirmAttendance(turn: Turn, questions: readonly QuestionTopic[] = []): StepResult {
  const { ctx } = turn;
  const { interview } = ctx;
  const vars = { time: when(ctx, interview.scheduledAt), place: placeLine(ctx) };
  if (interview.status === "confirmed") {
    sendText(turn, "confirm", render(ctx, "confirm.already", vars));
  } else {
    if (canTransition(interview.status, "confirmed")) {
      effect(turn, { type: "transition", to: "confirmed", details: { scheduledAt: interview.scheduledAt.toISOString() } });
    }
    effect(turn, { type: "event", event: "candidate.confirmed", payload: { scheduledAt: interview.scheduledAt.toISOString() } });
    effect(turn, { type: "replan_nudges" });
    sendText(turn, "confirm", `${render(ctx, "confirm.thanks", vars)}\n${render(ctx, "confirm.reminders")}`);
  }
  delete turn.slots.proposedAt;
  delete turn.slots.offered;
  const next = { flow: ATTENDING_FLOW, step: "confirmed" };
  if (questions.length > 0) return onQuestion(turn, questions, next);
  return finish(turn, next.flow, next.step);
}
