/**
 * Questions: answered from the interview's own details first, then the FAQ
 * (per-position override, then default). What nothing answers goes to a human.
 */
import type { FlowContext, StepResult } from "../src/domain/flow.js";
import type { QuestionTopic } from "../src/nlu/index.js";
import { contact, faqAnswer } from "./details.js";
import { handOff } from "./handoff.js";
import { effect, render, sendText, stay, type Turn } from "./kit.js";

export function answerFor(ctx: FlowContext, topic: QuestionTopic): string | null {
  const { interview } = ctx;
  switch (topic) {
    case "location":
      if (interview.location) {
        const mapLine = interview.location.mapUrl ? `\n${render(ctx, "invitation.map", { mapUrl: interview.location.mapUrl })}` : "";
        return render(ctx, "question.location_onsite", { address: interview.location.address, mapLine });
      }
      if (interview.meetingUrl) return render(ctx, "question.location_online", { meetingUrl: interview.meetingUrl });
      return faqAnswer(ctx, "location");
    case "materials":
      return interview.materials ? render(ctx, "question.materials", { materials: interview.materials }) : faqAnswer(ctx, "materials");
    case "format": {
      const vars = { duration: interview.durationMinutes, process: interview.process ?? "" };
      const own = faqAnswer(ctx, "format");
      if (interview.meetingUrl && !interview.location) return render(ctx, "question.format_online", vars).trim();
      if (interview.location) return render(ctx, "question.format_onsite", vars).trim();
      return own;
    }
    case "salary":
    case "job":
    case "transport":
      return faqAnswer(ctx, topic);
    case "other":
      return null;
  }
}

/** Sends the answers it has (one message) and returns the topics left unanswered. */
export function answerQuestions(turn: Turn, topics: readonly QuestionTopic[]): QuestionTopic[] {
  const answers: string[] = [];
  const unanswered: QuestionTopic[] = [];
  for (const topic of topics) {
    const answer = answerFor(turn.ctx, topic);
    if (answer) answers.push(answer);
    else unanswered.push(topic);
  }
  if (answers.length > 0) sendText(turn, "answer", answers.join("\n"));
  if (topics.length > 0) effect(turn, { type: "event", event: "candidate.question", payload: { topics: [...topics], unanswered: [...unanswered] } });
  return unanswered;
}

/** A question turn: answer, or hand the rest to the recruiter. `resume` is where to go back afterwards. */
export function onQuestion(turn: Turn, topics: readonly QuestionTopic[], resume?: { flow: string; step: string }): StepResult {
  const unanswered = answerQuestions(turn, topics.length > 0 ? topics : ["other"]);
  if (unanswered.length === 0) return resume ? { status: "handled", state: { ...resume, slots: turn.slots }, effects: turn.effects } : stay(turn);
  effect(turn, { type: "event", event: "candidate.unanswered_question", payload: { topics: [...unanswered], contact: contact(turn.ctx) } });
  return handOff(turn, "unanswered_question", "question.handoff", resume);
}
