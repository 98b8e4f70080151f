/**
 * A candidate's reply — a tapped menu item (exact, no guessing) or free text
 * (read through nlu's Understanding) — routed by what it means and where the
 * conversation stands.
 */
import type { ConversationState, FlowContext, FlowInput, StepResult } from "../src/domain/flow.js";
import type { Understanding } from "../src/nlu/index.js";
import { isArrival, onArrived, onLate, onSmallTalk } from "./arrival.js";
import { cancelAnyway, CANCEL_FLOW, onReasonText, startCancel, withReason } from "./cancel.js";
import { isCancelReason, reasonFromText } from "./cancel-reasons.js";
import { clarify } from "./clarify.js";
import { confirmAttendance } from "./confirm.js";
import { beginTurn, ignored, instant, strings, type Turn } from "./kit.js";
import { RECONFIRM_YES } from "./nudge-messages.js";
import { reconfirmed } from "./nudge-replies.js";
import { isOptOut, optOut } from "./opt-out.js";
import { onQuestion } from "./question.js";
import { acceptSuggested } from "./recruiter-decision.js";
import { offer, settle, startReschedule } from "./reschedule.js";

type CandidateInput = Extract<FlowInput, { kind: "text" | "menu" }>;

const ORDINAL = /^\s*(?:选|第)?\s*([1-9一二三四五六七八九])\s*(?:个|项|号|条)?\s*[。.!！~～]?\s*$/;
const ZH_DIGITS = "一二三四五六七八九";
/** "不用改了，原时间可以": keeping the planned time, even in the middle of choosing a new one. */
const KEEP_ORIGINAL = /原(?:来的?)?时间|原定|不用改|不改了|按原|还是原来/;

/** A typed "2" / "第二个" picks the second item of the menu we sent last. */
function choiceFromText(text: string, menu: readonly string[]): string | null {
  const m = ORDINAL.exec(text);
  if (!m || menu.length === 0) return null;
  const d = m[1]!;
  const index = /\d/.test(d) ? Number(d) - 1 : ZH_DIGITS.indexOf(d);
  return menu[index] ?? null;
}

export function onCandidateReply(state: ConversationState, input: CandidateInput, ctx: FlowContext): StepResult {
  const turn = beginTurn(state, ctx);
  turn.slots.unclear = 0;
  // A menu is answerable until the next handled input; stale slot ids must not be picked later.
  delete turn.slots.menu;
  const menuId = input.kind === "menu" ? input.menuId : choiceFromText(input.text, strings(state.slots, "menu"));
  if (menuId !== null) return onChoice(turn, menuId);
  if (input.kind !== "text") return clarify(turn, null);
  return onText(turn, input.text, input.understanding);
}

function onChoice(turn: Turn, id: string): StepResult {
  const slots = turn.before.slots;
  if (id.startsWith("slot:")) {
    const at = new Date(id.slice("slot:".length));
    return Number.isNaN(at.getTime()) ? clarify(turn, null) : settle(turn, at);
  }
  if (id.startsWith("reason:")) {
    const reason = id.slice("reason:".length);
    return withReason(turn, isCancelReason(reason) ? reason : "unknown", null);
  }
  switch (id) {
    case "confirm":
    case "keep_original":
      return confirmAttendance(turn);
    case "reschedule":
    case "reschedule_instead":
      return startReschedule(turn, null);
    case "cancel":
      return startCancel(turn, null);
    case "cancel_anyway":
      return cancelAnyway(turn);
    case "accept_proposed": {
      const at = instant(slots, "proposedAt");
      return at ? settle(turn, at) : offer(turn, null);
    }
    case "other_time":
      return startReschedule(turn, null);
    case "accept_suggested":
      return acceptSuggested(turn);
    case RECONFIRM_YES:
      return reconfirmed(turn);
    default:
      return clarify(turn, null);
  }
}

function onText(turn: Turn, text: string, u: Understanding): StepResult {
  const { ctx, before } = turn;
  if (isOptOut(text)) return optOut(turn);
  if (before.slots.optedOut === true) {
    // After opting out the bot answers direct questions and nothing else.
    return u.intent === "question" || u.questions.length > 0 ? onQuestion(turn, u.questions) : ignored("opted_out");
  }
  const sure = u.confidence >= ctx.settings.confidenceThreshold;
  if (before.flow === CANCEL_FLOW && before.step === "awaiting_reason" && !(sure && changesMind(u, text))) {
    return onReasonText(turn, text, u.cancelReason);
  }
  if (!sure) return clarify(turn, u);

  switch (u.intent) {
    case "confirm": {
      const proposedAt = instant(before.slots, "proposedAt");
      if (before.step === "awaiting_confirm_time" && proposedAt) return settle(turn, proposedAt);
      if (before.step === "awaiting_choice" && !KEEP_ORIGINAL.test(text)) return clarify(turn, u);
      return confirmAttendance(turn, u.questions);
    }
    case "reschedule":
      // 换个时间 while a time is being read back: offer slots rather than re-asking.
      if (!u.proposed && before.step === "awaiting_confirm_time") return offer(turn, null);
      return startReschedule(turn, u.proposed);
    case "cancel":
      return startCancel(turn, u.cancelReason, text);
    case "question":
      return onQuestion(turn, u.questions);
    case "late":
      return onLate(turn, text);
    case "other":
      return isArrival(ctx, text) ? onArrived(turn, text) : onSmallTalk(turn, text);
  }
}

/**
 * Asked why they cancel, a candidate may change their mind (「算了还是改期吧」「那我还是来吧」).
 * But 「时间冲突」 also reads as a reschedule: when the words name a reason and no
 * new time, it answers the question, and the flow offers a new time from there.
 */
function changesMind(u: Understanding, text: string): boolean {
  if (u.intent === "confirm") return true;
  return u.intent === "reschedule" && (u.proposed !== null || reasonFromText(text) === null);
}
