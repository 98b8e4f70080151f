/**
 * The contract between the conversation engine (`src/engine/`) and the flows
 * (`flows/`): a flow step is a pure function of (state, input, context) that
 * returns the new state and the effects to carry out — never I/O, never a throw
 * for an expected situation (STYLE habits 3–5). The engine runs a step under the
 * conversation's lock, commits state + message log + transitions + events +
 * outbox in one transaction, then dispatches the outbox.
 */
import type { Understanding } from "../nlu/index.js";
import type { Candidate } from "../store/contract/candidates.js";
import type { Interview, InterviewPatch, InterviewStatus } from "../store/contract/interviews.js";
import type { Json, JsonObject } from "../store/contract/json.js";
import type { ReminderSchedule } from "./nudges.js";

/** What the flow remembers between turns; stored as queryable columns + JSON slots. */
export interface ConversationState {
  /** e.g. "invitation", "reschedule", "cancel", "handoff", "closed". */
  flow: string;
  /** Position inside the flow, e.g. "awaiting_reply", "awaiting_reason". */
  step: string;
  slots: JsonObject;
}

/** One thing that happened to a conversation. */
export type FlowInput =
  /** The candidate opened the kf link and was bound to this interview. */
  | { kind: "bound"; at: Date }
  /** The candidate typed text; the engine already asked `understand`. */
  | { kind: "text"; at: Date; text: string; understanding: Understanding }
  /** The candidate tapped an item of a menu we sent: no guessing needed. */
  | { kind: "menu"; at: Date; menuId: string; text: string }
  /** A planned nudge fell due (reminders, follow-ups, no-show checks). */
  | { kind: "timer"; at: Date; nudge: string; nudgeId: string; kf?: KfWindowInput }
  /** A recruiter decided something (card button or slash command). */
  | { kind: "recruiter"; at: Date; userId: string; action: RecruiterAction }
  /** WeCom told us a session changed hands (human took over / returned it). */
  | { kind: "session"; at: Date; state: 0 | 1 | 2 | 3 | 4 };

/** The candidate's 微信客服 window when a nudge fires (read from the message log by src/jobs). */
export interface KfWindowInput {
  /** The candidate's latest message; null when they never wrote (then nothing can be sent). */
  lastCandidateMessageAt: Date | null;
  /** Our kf messages since then. */
  sentSince: number;
}

export type RecruiterAction =
  | { type: "approve_reschedule" }
  | { type: "decline_reschedule"; suggestedAt?: Date }
  | { type: "reschedule"; to: Date }
  | { type: "cancel"; reason?: string }
  | { type: "check_in" }
  | { type: "no_show" }
  | { type: "complete" }
  | { type: "handoff" }
  | { type: "remind" };

/** A message to the candidate on 微信客服. `key` makes the outbox idempotent per step. */
export type CandidateMessage =
  | { type: "text"; key: string; text: string }
  | { type: "menu"; key: string; head: string; items: Array<{ id: string; text: string }>; tail?: string };

/** Domain events: alerts, metrics and the audit trail read these. */
export type DomainEventType =
  | "candidate.bound"
  | "candidate.confirmed"
  | "candidate.reschedule_requested"
  | "candidate.cancelled"
  | "candidate.question"
  | "candidate.unanswered_question"
  | "candidate.late"
  | "candidate.arrived"
  | "candidate.opted_out"
  | "candidate.unclear"
  | "conversation.handed_off"
  | "kf.window_exhausted"
  | "bind.failed"
  | "interview.rescheduled"
  | "interview.reschedule_declined"
  | "nudge.no_reply"
  | "nudge.reconfirm_unanswered"
  | "nudge.not_checked_in"
  // Recruiter actions on an interview (slash commands, card buttons).
  | "interview.cancelled"
  | "interview.checked_in"
  | "interview.no_show"
  | "interview.completed"
  | "interview.reminded"
  | "candidate.feedback";

export type Effect =
  | { type: "send"; message: CandidateMessage }
  | { type: "transition"; to: InterviewStatus; reason?: string; details?: JsonObject; changes?: InterviewPatch }
  | { type: "event"; event: DomainEventType; payload?: JsonObject }
  /** A decision card to the owning recruiter in the app (approve / decline …). */
  | { type: "ask_recruiter"; card: RecruiterCard }
  /** (Re)plan the interview's nudges from its current time and status (issue: nudges). */
  | { type: "replan_nudges" }
  | { type: "cancel_nudges"; reason: string }
  /** Move the kf session to a human (the recruiter) with service_state/trans. */
  | { type: "handoff"; servicerUserId: string }
  /**
   * A message the candidate cannot get (the kf window is used up or closed):
   * the engine tells the recruiter what was missed (never a silent drop).
   */
  | { type: "missed"; key: string; text: string; reason: "window"; details?: JsonObject };

export interface RecruiterCard {
  key: string;
  title: string;
  description: string;
  buttons: Array<{ key: string; text: string; style?: 1 | 2 | 3 | 4 }>;
}

/** Everything a step may read besides its state and input. */
export interface FlowContext {
  interview: Interview;
  candidate: Candidate;
  now: Date;
  timeZone: string;
  /** Rendered message texts and policy (reschedule windows, caps, thresholds). */
  settings: FlowSettings;
}

export interface FlowSettings {
  messages: Record<string, string>;
  confidenceThreshold: number;
  maxReschedules: number;
  /** Allowed interview windows for reschedules. */
  workingHours: { start: string; end: string };
  workingWeekdays: number[];
  minNoticeHours: number;
  faq: Record<string, Json>;
  /** The reminder schedule (config/reminders.ts); timer steps read texts' numbers from it. */
  reminders?: ReminderSchedule;
}

export type StepResult =
  | { status: "handled"; state: ConversationState; effects: Effect[] }
  | { status: "ignored"; reason: string };

export type Step = (state: ConversationState, input: FlowInput, context: FlowContext) => StepResult;
