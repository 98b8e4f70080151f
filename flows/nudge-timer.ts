/**
 * A planned nudge fell due. The step decides, from the conversation and the
 * interview as they are *now*, whether it still makes sense (a skip returns
 * `ignored` with the reason, which the job records on the nudge row), then
 * either sends the candidate's message, records the HR alert event, or — when
 * the 微信客服 window cannot carry the message — asks the engine to tell the
 * recruiter what the candidate missed.
 *
 * The outcome is left in `slots.lastNudge` so the job can record it on the
 * nudge row in the same transaction.
 */
import { sameBusinessDay } from "../src/domain/business-time.js";
import type { ConversationState, FlowContext, FlowInput, KfWindowInput, StepResult } from "../src/domain/flow.js";
import { NUDGE_AUDIENCE, isNudgeKind, type NudgeKind } from "../src/domain/nudges.js";
import { HANDOFF_FLOW } from "./handoff.js";
import { beginTurn, effect, finish, ignored, instant, render, when, type Turn } from "./kit.js";
import { nudgeMessage, summarize } from "./nudge-messages.js";
import { KF_WINDOW } from "./reminders.js";

type TimerInput = Extract<FlowInput, { kind: "timer" }>;

/** What a fired nudge came to; the job copies it onto the nudge row. */
export interface NudgeOutcome {
  id: string;
  kind: string;
  status: "sent" | "failed";
  reason: string | null;
}

export function onTimer(state: ConversationState, input: TimerInput, ctx: FlowContext): StepResult {
  if (!isNudgeKind(input.nudge)) return ignored("unknown_nudge_kind");
  const kind = input.nudge;
  const skip = skipReason(kind, state, input, ctx);
  if (skip) return ignored(skip);
  const turn = beginTurn(state, ctx);
  const key = `${ctx.interview.id}:nudge:${kind}:${input.nudgeId}`;
  if (NUDGE_AUDIENCE[kind] === "hr") return alert(turn, kind, input);

  const message = nudgeMessage(kind, key, ctx)!;
  const blocked = windowProblem(input.kf, ctx.now, 1);
  if (blocked) {
    effect(turn, { type: "missed", key, text: summarize(message), reason: "window", details: { nudge: kind, nudgeId: input.nudgeId, why: blocked } });
    return done(turn, input, "failed", `kf_window: ${blocked}`);
  }
  turn.effects.push({ type: "send", message });
  if (message.type === "menu") turn.slots.menu = message.items.map((i) => i.id);
  if (kind === "reconfirm") turn.slots.reconfirmSentAt = ctx.now.toISOString();
  return done(turn, input, "sent", null);
}

function done(turn: Turn, input: TimerInput, status: NudgeOutcome["status"], reason: string | null): StepResult {
  const outcome: NudgeOutcome = { id: input.nudgeId, kind: input.nudge, status, reason };
  turn.slots.lastNudge = { ...outcome };
  return finish(turn, turn.before.flow, turn.before.step);
}

/** Why the kf window cannot carry `count` more messages now (null when it can). */
export function windowProblem(kf: KfWindowInput | undefined, now: Date, count: number): string | null {
  if (!kf) return null; // unknown: let WeCom decide; a refusal still reaches the recruiter
  if (kf.lastCandidateMessageAt === null) return "candidate has not written to us yet";
  if (now.getTime() >= kf.lastCandidateMessageAt.getTime() + KF_WINDOW.ms) return "48 h passed since the candidate's last message";
  if (kf.sentSince + count > KF_WINDOW.messages) return `${kf.sentSince} of ${KF_WINDOW.messages} messages already sent since the candidate's last message`;
  return null;
}

/**
 * Whether the candidate wrote at or after `since`. WeCom stamps messages in whole
 * seconds, so a reply half a second after our message carries the same second.
 */
function repliedSince(kf: KfWindowInput | undefined, since: Date | null): boolean {
  if (!kf?.lastCandidateMessageAt) return false;
  return since === null || kf.lastCandidateMessageAt.getTime() >= Math.floor(since.getTime() / 1000) * 1000;
}

/** Conditions checked when the nudge fires: the world may have moved since it was planned. */
function skipReason(kind: NudgeKind, state: ConversationState, input: TimerInput, ctx: FlowContext): string | null {
  const { status } = ctx.interview;
  const slots = state.slots;
  if (status === "cancelled" || status === "no_show") return `interview_${status}`;
  if (status === "completed" && kind !== "after_interview") return "interview_completed";
  const candidateFacing = NUDGE_AUDIENCE[kind] === "candidate";
  if (candidateFacing && state.flow === HANDOFF_FLOW) return "handed_off";
  if (candidateFacing && slots.optedOut === true) return "opted_out";
  const arrivedAt = instant(slots, "arrivedAt");
  const arrived = status === "checked_in" || status === "completed" || (arrivedAt !== null && sameBusinessDay(arrivedAt, ctx.interview.scheduledAt, ctx.timeZone));
  switch (kind) {
    case "no_reply_followup":
    case "no_reply_alert":
      if (status !== "invited") return "candidate_answered";
      return repliedSince(input.kf, instant(slots, "invitedAt") ?? ctx.interview.createdAt) ? "candidate_replied" : null;
    case "reconfirm":
      if (status === "reschedule_requested") return "reschedule_pending";
      return arrived ? "checked_in" : null;
    case "reconfirm_unanswered": {
      const askedAt = instant(slots, "reconfirmSentAt");
      if (!askedAt) return "reconfirm_not_sent";
      if (status === "reschedule_requested") return "reschedule_pending";
      if (arrived) return "checked_in";
      return repliedSince(input.kf, askedAt) ? "candidate_replied" : null;
    }
    case "materials":
    case "day_of":
      return arrived ? "checked_in" : null;
    case "check_in_alert":
      return arrived ? "checked_in" : null;
    case "after_interview":
      return arrived ? null : "not_attended";
  }
}

/** HR alerts: a domain event with everything the HR-alerts bot needs to write the group message. */
function alert(turn: Turn, kind: NudgeKind, input: TimerInput): StepResult {
  const { ctx } = turn;
  const { interview, candidate } = ctx;
  const t = ctx.settings.reminders;
  const vars = { candidate: candidate.name, position: interview.position, time: when(ctx, interview.scheduledAt) };
  const base = {
    nudge: kind,
    nudgeId: input.nudgeId,
    candidate: candidate.name,
    position: interview.position,
    scheduledAt: interview.scheduledAt.toISOString(),
    recruiterUserId: interview.recruiterUserId,
  };
  if (kind === "no_reply_alert") {
    const hours = t?.noReplyAlertHours ?? 48;
    effect(turn, { type: "event", event: "nudge.no_reply", payload: { ...base, hours, text: render(ctx, "nudge.alert_no_reply", { ...vars, hours }) } });
  } else if (kind === "reconfirm_unanswered") {
    const askedAt = turn.before.slots.reconfirmSentAt ?? null;
    effect(turn, { type: "event", event: "nudge.reconfirm_unanswered", payload: { ...base, reconfirmSentAt: askedAt, text: render(ctx, "nudge.alert_reconfirm_unanswered", vars) } });
  } else {
    const minutesLate = Math.max(0, Math.round((ctx.now.getTime() - interview.scheduledAt.getTime()) / 60_000));
    effect(turn, { type: "event", event: "nudge.not_checked_in", payload: { ...base, minutesLate, text: render(ctx, "nudge.alert_not_checked_in", vars) } });
  }
  return done(turn, input, "sent", "hr_alert_recorded");
}
