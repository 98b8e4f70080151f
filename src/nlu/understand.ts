/**
 * `understand(text, {now, scheduledAt, timeZone})`: what a candidate's reply to an
 * interview invitation means. Pure and synchronous; see LABELS.md for the semantics.
 */
import { cancelReason, classify } from "./classify.js";
import { GUESS_MAX_CONFIDENCE, guessIntent, type IntentGuess } from "./learned/guess-intent.js";
import { secondOpinion } from "./learned/second-opinion.js";
import { readQuestions } from "./lexicon/questions.js";
import { normalize } from "./normalize/normalize.js";
import { formatDate, sameDate, wallClock } from "./time/calendar.js";
import { analyzeTime } from "./time/resolve-time.js";
import { QUESTION_TOPIC_ORDER, type QuestionTopic, type Understanding, type UnderstandOptions } from "./types.js";

const MAX_INPUT = 2000;

function ordered(topics: Iterable<QuestionTopic>): QuestionTopic[] {
  const set = new Set(topics);
  return QUESTION_TOPIC_ORDER.filter((t) => set.has(t));
}

export function understand(text: string, options: UnderstandOptions): Understanding {
  return understandWith(text, options, guessIntent);
}

/**
 * {@link understand} with the fallback guesser given explicitly (null = rules only), so
 * the offline experiment can score the rules alone and the combination with models
 * trained on other folds.
 */
export function understandWith(text: string, options: UnderstandOptions, guess: ((normalizedText: string) => IntentGuess | null) | null): Understanding {
  const norm = normalize(String(text ?? "").slice(0, MAX_INPUT));
  if (norm.text.length === 0) {
    return { intent: "other", proposed: null, cancelReason: null, questions: [], confidence: norm.onlySymbols ? 0.7 : 0.3 };
  }
  const now = wallClock(options.now, options.timeZone);
  const sched = wallClock(options.scheduledAt, options.timeZone);
  const time = analyzeTime(norm.text, options, false, { now, scheduled: sched });
  const untilMs = options.scheduledAt.getTime() - options.now.getTime();
  const interviewDay = sameDate(now, sched) && untilMs > -3 * 3600_000;

  const q = readQuestions(norm.text);
  const afterStart = interviewDay && untilMs < 0;
  let decision = classify({ text: norm.text, time, interviewDay, afterStart, today: formatDate(now), onlySymbols: norm.onlySymbols, questions: q });

  // The rules recognised nothing: let the learned scorer guess, below the clarifying threshold.
  const guessed = guess && decision.intent === "other" && decision.confidence < 0.5 ? guess(norm.text) : null;
  if (guessed) {
    decision = {
      intent: guessed.intent,
      confidence: Math.min(guessed.probability, GUESS_MAX_CONFIDENCE),
      cancelReason: guessed.intent === "cancel" ? cancelReason(norm.text) : null,
    };
  } else if (guess) {
    const overruled = secondOpinion(norm.text, decision);
    if (overruled) decision = { ...overruled, cancelReason: overruled.intent === "cancel" ? cancelReason(norm.text) : null };
  }

  let questions: QuestionTopic[] = q.topics;
  // "Other" questions are reported when the reply is about attending, not when the
  // only question is the reschedule request itself (能改到周四吗).
  if (decision.intent === "late" && q.asksAnything && questions.length === 0) questions = ["other"];
  else if (q.otherQuestion && decision.intent !== "reschedule" && decision.intent !== "other") questions = [...questions, "other"];
  // "提前半个钟到可以吗" asks whether arriving early is fine.
  else if (decision.intent === "confirm" && time.arrivalShift !== null && time.arrivalShift < 0 && q.asksAnything && questions.length === 0) questions = ["other"];
  if (decision.intent === "question" && questions.length === 0) questions = ["other"];
  if (decision.intent === "other") questions = [];

  return {
    intent: decision.intent,
    proposed: decision.intent === "reschedule" && !time.vague ? time.resolution : null,
    cancelReason: decision.cancelReason,
    questions: ordered(questions),
    confidence: Math.max(0, Math.min(1, Math.round(decision.confidence * 100) / 100)),
  };
}
