/**
 * The decision: which intent a reply carries, with what confidence.
 *
 * Signals are read independently (menu number, withdrawal, change request, conflict,
 * proposed time, assent, hedge, lateness, arrival, questions) and combined by the
 * LABELS.md priority cancel > reschedule > confirm > late > question > other.
 * Confidence reflects how directly the winning signal was said and whether other
 * signals disagree, so the flows can ask back when it is low.
 */
import { readMenu } from "./lexicon/menu.js";
import { affirmed, positive } from "./lexicon/negation.js";
import { ASSENT, ASSENT_SHORT, HEDGE } from "./lexicon/assent.js";
import { ARRIVED, IN_TRANSIT, LATE, NOT_LATE } from "./lexicon/late.js";
import type { QuestionReading } from "./lexicon/questions.js";
import {
  ASKS_IF_FIXED,
  ASKS_PROCESS,
  CHANGE_REQUEST,
  CONFLICT,
  CONFLICT_RESOLVED,
  FORMAT_CHANGE,
  KEEP_ORIGINAL,
  TIME_REFERENCE,
} from "./lexicon/reschedule.js";
import { FOUND_JOB, GIVE_UP, INABILITY, REASONS, WITHDRAW } from "./lexicon/withdrawal.js";
import { SMALL_TALK } from "./lexicon/small-talk.js";
import type { TimeAnalysis } from "./time/resolve-time.js";
import type { CancelReason, Intent } from "./types.js";

export interface Decision {
  intent: Intent;
  confidence: number;
  cancelReason: CancelReason | null;
}

export interface ClassifyInput {
  text: string;
  time: TimeAnalysis;
  /** The reply arrived on the interview day, before or shortly after it. */
  interviewDay: boolean;
  onlySymbols: boolean;
  questions: QuestionReading;
}

/** The reply without its question clauses ("没问题吧？", "多久入职？"). */
function statementsOf(text: string): string {
  return text
    .split(/(?<=[,.!?。;~])|(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u)
    .filter((c) => !/\?|吗|吧\s*[?]|对吧|多久|多少|什么|怎么|哪/.test(c))
    .join("");
}

function cancelReason(text: string): CancelReason {
  for (const [reason, re] of REASONS) if (re.test(text)) return reason;
  return "unknown";
}

export function classify({ text, time, interviewDay, onlySymbols, questions: q }: ClassifyInput): Decision {
  const menu = readMenu(text);
  const hedge = HEDGE.test(text);
  const forTime = text.replace(FORMAT_CHANGE, " ");

  const withdraws = affirmed(text, WITHDRAW) || affirmed(text, GIVE_UP);
  // "面试通过后多久入职" asks about a start date; only a statement reports a new job.
  const foundJob = FOUND_JOB.test(statementsOf(text));
  const inability = positive(text, INABILITY) || affirmed(text, INABILITY);
  const keepOriginal = KEEP_ORIGINAL.test(text);
  const resolved = CONFLICT_RESOLVED.test(text);
  const asksFixed = ASKS_IF_FIXED.test(text);
  const asksProcess = ASKS_PROCESS.test(text) || menu.asksAboutMenu;
  const request = affirmed(forTime, CHANGE_REQUEST) && !asksFixed && !asksProcess;
  const timeTied = TIME_REFERENCE.test(text);
  const conflict = !resolved && CONFLICT.test(text) && timeTied && !/时间不冲突|不冲突/.test(text);
  // Assent inside a question ("没问题吧？", "1是确认的意思吗") is not assent.
  const statements = statementsOf(text);
  const assent = positive(statements, ASSENT) || ASSENT_SHORT.test(text) || statements.split(/[,.!?。;~\s]+/).some((c) => ASSENT_SHORT.test(c));
  const arrived = ARRIVED.test(text) && !/快到|快要到|马上到|就到|将到/.test(text);
  const notLate = NOT_LATE.test(text);
  // "大概2点05到" on the day is an arrival estimate.
  const eta = interviewDay && /(?:点|:\d\d)\s*\d*\s*(?:分)?\s*(?:左右)?\s*(?:才|就|能)?到(?![了达])/.test(text);
  const lateWords = !notLate && (LATE.test(text) || eta || (interviewDay && IN_TRANSIT.test(text)));
  const arrivalLate = time.arrivalShift !== null && time.arrivalShift > 0;
  // "晚20分钟可以吗" said on the day is lateness; said days ahead it asks for a later slot.
  const smallShiftToday = interviewDay && time.slotShift !== null && Math.abs(time.slotShift) <= 30 && !/推迟|延后|往后|改/.test(text);

  // A time the candidate puts forward (not the slot itself, not one they cannot make).
  const proposes =
    time.resolution !== null || time.vague
      ? time.role === "target" || time.role === "proposal" || (time.role === "neutral" && !assent && !lateWords && !arrived && !q.asksAnything)
      : false;
  const proposesNew = proposes && !smallShiftToday && !(hedge && time.role !== "target");

  // ---- cancel ----
  const inabilityOnly = inability && !timeTied && !request && !proposesNew;
  if (withdraws || foundJob || menu.choice === 3 || inabilityOnly || (keepOriginal && inability && /不用改期|也不用改/.test(text))) {
    const explicit = withdraws || foundJob || menu.choice === 3;
    const conflicting = menu.choice === 1 || (menu.choice === 2 && !withdraws);
    let confidence = explicit ? 0.92 : 0.66;
    if (conflicting) confidence -= 0.2;
    if (request && !withdraws) confidence -= 0.15;
    return { intent: "cancel", confidence, cancelReason: cancelReason(text) };
  }

  // ---- reschedule ----
  const wantsChange =
    menu.choice === 2 ||
    request ||
    proposesNew ||
    // "不确定周三能不能赶回来，明天答复您": undecided, not yet a conflict.
    (conflict && !keepOriginal && !hedge) ||
    (time.negatedMention && !keepOriginal && !hedge);
  if (wantsChange && !(keepOriginal && !proposesNew && menu.choice !== 2 && !conflict) && !(menu.choice === 1 && !request && !proposesNew && !conflict && !time.negatedMention)) {
    let confidence = menu.choice === 2 || request || time.role === "target" ? 0.92 : proposesNew ? 0.8 : 0.74;
    if (menu.choice === 1) confidence -= 0.2;
    if (hedge) confidence -= 0.1;
    if (assent && !request && !proposesNew) confidence -= 0.1;
    return { intent: "reschedule", confidence, cancelReason: null };
  }

  // ---- confirm ----
  if ((menu.choice === 1 || assent || keepOriginal) && !hedge) {
    let confidence = menu.choice === 1 || ASSENT_SHORT.test(text) ? 0.95 : 0.88;
    if (lateWords) confidence -= 0.1;
    return { intent: "confirm", confidence, cancelReason: null };
  }

  // "2点可以吗" names the slot already planned: attending, but worth a check.
  if (time.mentionsScheduled && !lateWords && !arrived && !hedge && !q.topics.length) {
    return { intent: "confirm", confidence: 0.66, cancelReason: null };
  }

  // ---- late ----
  if ((lateWords || arrivalLate || smallShiftToday) && !arrived) {
    return { intent: "late", confidence: interviewDay ? 0.9 : 0.75, cancelReason: null };
  }

  // ---- question ----
  if (q.topics.length > 0 || (q.otherQuestion && !hedge) || asksFixed || asksProcess) {
    return { intent: "question", confidence: q.topics.length > 0 && !q.topics.includes("other") ? 0.9 : 0.75, cancelReason: null };
  }

  // ---- other ----
  // Recognised small talk, hedges and arrivals are confidently "other"; text that
  // matched nothing at all is genuinely unclear.
  const recognised = hedge || arrived || onlySymbols || SMALL_TALK.test(text);
  return { intent: "other", confidence: recognised ? (onlySymbols ? 0.7 : 0.88) : 0.35, cancelReason: null };
}
