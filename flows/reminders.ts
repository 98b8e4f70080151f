/**
 * The reminder plan: which nudges an interview gets, and when, given its status
 * and time, the schedule (per position), quiet hours and the 微信客服 window.
 * Pure: `src/jobs/` turns the plan into nudge rows and Agenda jobs.
 *
 * Why the window matters here: WeCom lets us send at most 5 messages within
 * 48 h of the candidate's last message. A reminder planned after the window
 * closes can only go out if the candidate writes again before it, so the plan
 * keeps the candidate-facing nudges inside the budget and — when the window
 * would close before the re-confirmation — asks for the reply early.
 */
import { addDays, atMinutes, clockMinutes, wallClock } from "../src/domain/business-time.js";
import type { KfWindowInput } from "../src/domain/flow.js";
import { isTerminal } from "../src/domain/interview-status.js";
import { NUDGE_AUDIENCE, NUDGE_KINDS, type NudgeKind, type ReminderSchedule, type ReminderTimings } from "../src/domain/nudges.js";
import type { InterviewStatus } from "../src/domain/records.js";
import { nextAllowed, previousAllowed } from "./quiet-hours.js";

const HOUR = 3_600_000;
const MINUTE = 60_000;

/** 微信客服: messages per window, and the window's length after the candidate's last message. */
export const KF_WINDOW = { messages: 5, ms: 48 * HOUR } as const;

/** What the candidate's 微信客服 window looks like right now (from the message log). */
export type KfWindowState = KfWindowInput;

export interface PlanInput {
  interview: { status: InterviewStatus; scheduledAt: Date; durationMinutes: number; position: string };
  now: Date;
  timeZone: string;
  schedule: ReminderSchedule;
  /** When the invitation went out; null while the candidate is not bound (no channel to them). */
  invitedAt: Date | null;
  optedOut: boolean;
  handedOff: boolean;
  kf: KfWindowState;
  /**
   * Messages this very turn will still send after planning (e.g. the confirmation
   * reply): they use the window budget too. Default 1.
   */
  pendingSends?: number;
}

export interface PlannedNudge {
  kind: NudgeKind;
  dueAt: Date;
}

export interface DroppedNudge {
  kind: NudgeKind;
  reason: string;
}

/** Every kind is either planned (possibly in the past: then only an unfired plan at that time is kept) or dropped with a reason. */
export interface ReminderPlan {
  nudges: PlannedNudge[];
  dropped: DroppedNudge[];
}

const BY_STATUS: Readonly<Record<InterviewStatus, readonly NudgeKind[]>> = {
  invited: NUDGE_KINDS,
  confirmed: ["materials", "reconfirm", "reconfirm_unanswered", "day_of", "check_in_alert", "after_interview"],
  rescheduled: ["materials", "reconfirm", "reconfirm_unanswered", "day_of", "check_in_alert", "after_interview"],
  // The old time stands until a recruiter approves; asking "still coming?" meanwhile would confuse.
  reschedule_requested: ["materials", "day_of", "check_in_alert", "after_interview"],
  checked_in: ["after_interview"],
  completed: ["after_interview"],
  cancelled: [],
  no_show: [],
};

/** Dropped first when the window budget is short: the least useful first, the reply-asking one last. */
const BUDGET_DROP_ORDER: readonly NudgeKind[] = ["materials", "after_interview", "no_reply_followup", "day_of", "reconfirm"];

/** A confirmation or invitation this recent makes the re-confirmation / materials note noise. */
const RECENT_MS = 12 * HOUR;
/** How long before the window closes the early re-confirmation goes out. */
const ASK_EARLY_MS = 2 * HOUR;

/** The schedule with this position's overrides applied. */
export function timingsFor(schedule: ReminderSchedule, position: string): ReminderTimings {
  return { ...schedule, ...schedule.positions[position] };
}

export function planReminders(input: PlanInput): ReminderPlan {
  const { interview, schedule, timeZone } = input;
  const t = timingsFor(schedule, interview.position);
  const start = interview.scheduledAt.getTime();
  const plan: ReminderPlan = { nudges: [], dropped: [] };
  const drop = (kind: NudgeKind, reason: string): void => void plan.dropped.push({ kind, reason });

  const wanted = new Set(BY_STATUS[interview.status]);
  for (const kind of NUDGE_KINDS) {
    const audience = NUDGE_AUDIENCE[kind];
    if (input.invitedAt === null) drop(kind, "not_bound");
    else if (isTerminal(interview.status) && !wanted.has(kind)) drop(kind, `interview_${interview.status}`);
    else if (!wanted.has(kind)) drop(kind, `not_for_${interview.status}`);
    else if (t.disabled.includes(kind)) drop(kind, "disabled_for_position");
    else if (audience === "candidate" && input.optedOut) drop(kind, "opted_out");
    else if (audience === "candidate" && input.handedOff) drop(kind, "handed_off");
    else {
      const raw = rawDueAt(kind, input.invitedAt, interview, t, timeZone);
      const dueAt = nextAllowed(raw, audience === "candidate" ? schedule.quietHours : schedule.alertQuietHours, timeZone);
      const reason = tooLate(kind, dueAt, raw, start, input);
      if (reason) drop(kind, reason);
      else plan.nudges.push({ kind, dueAt });
    }
  }
  fitWindow(plan, input);
  plan.nudges.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  return plan;
}

function rawDueAt(kind: NudgeKind, invitedAt: Date, interview: PlanInput["interview"], t: ReminderTimings, timeZone: string): Date {
  const start = interview.scheduledAt.getTime();
  switch (kind) {
    case "no_reply_followup":
      return new Date(invitedAt.getTime() + t.noReplyFollowUpHours * HOUR);
    case "no_reply_alert":
      return new Date(invitedAt.getTime() + t.noReplyAlertHours * HOUR);
    case "materials":
      return new Date(start - t.materialsBeforeHours * HOUR);
    case "reconfirm":
      return new Date(start - t.reconfirmBeforeHours * HOUR);
    case "reconfirm_unanswered":
      return new Date(start - t.reconfirmUnansweredBeforeHours * HOUR);
    case "day_of": {
      const morning = atMinutes(wallClock(interview.scheduledAt, timeZone), clockMinutes(t.dayOfAt), timeZone).getTime();
      const lead = start - t.dayOfBeforeHours * HOUR;
      // An interview at or before the morning time gets the T−3 h note (quiet hours may then drop it).
      return new Date(morning < start ? Math.max(morning, lead) : lead);
    }
    case "check_in_alert":
      return new Date(start + t.checkInAlertAfterMinutes * MINUTE);
    case "after_interview":
      return new Date(start + (interview.durationMinutes + t.afterInterviewMinutes) * MINUTE);
  }
}

/** Why a computed time makes no sense (null when it does). */
function tooLate(kind: NudgeKind, dueAt: Date, raw: Date, start: number, input: PlanInput): string | null {
  const invitedAt = input.invitedAt!.getTime();
  const before = kind !== "check_in_alert" && kind !== "after_interview";
  // Quiet hours pushed a pre-interview note past the start (or onto the same minute).
  if (before && dueAt.getTime() >= start) return raw.getTime() >= start ? "after_interview_start" : "quiet_hours";
  if (kind === "materials" && raw.getTime() < invitedAt + RECENT_MS) return "invitation_recent";
  if (kind === "reconfirm") {
    const answeredAt = input.interview.status === "invited" ? invitedAt : input.now.getTime();
    if (raw.getTime() < answeredAt + RECENT_MS) return input.interview.status === "invited" ? "invitation_recent" : "recently_confirmed";
  }
  if ((kind === "no_reply_followup" || kind === "no_reply_alert") && dueAt.getTime() >= start - 2 * HOUR) return "interview_too_close";
  return null;
}

/**
 * Keeps the future candidate-facing nudges inside the kf window: drop the least
 * useful ones while more fall inside the window than the budget allows, and
 * move the re-confirmation (which asks for a reply and so refills the window)
 * before the window closes when it would otherwise fall after it.
 */
function fitWindow(plan: ReminderPlan, input: PlanInput): void {
  const { now, kf, schedule, timeZone } = input;
  if (kf.lastCandidateMessageAt === null) return; // no window yet: sends fail loudly at fire time
  const closes = kf.lastCandidateMessageAt.getTime() + KF_WINDOW.ms;
  const budget = KF_WINDOW.messages - kf.sentSince - (input.pendingSends ?? 1);
  const future = (n: PlannedNudge): boolean => NUDGE_AUDIENCE[n.kind] === "candidate" && n.dueAt.getTime() > now.getTime();

  const reconfirm = plan.nudges.find((n) => n.kind === "reconfirm" && future(n));
  if (reconfirm && reconfirm.dueAt.getTime() >= closes) {
    const early = previousAllowed(new Date(closes - ASK_EARLY_MS), schedule.quietHours, timeZone);
    if (early.getTime() > now.getTime()) reconfirm.dueAt = early;
  }

  const inside = (): PlannedNudge[] => plan.nudges.filter((n) => future(n) && n.dueAt.getTime() < closes);
  while (inside().length > Math.max(0, budget)) {
    const kinds = new Set(inside().map((n) => n.kind));
    const victim = BUDGET_DROP_ORDER.find((k) => kinds.has(k));
    if (!victim) break;
    plan.nudges = plan.nudges.filter((n) => n.kind !== victim);
    plan.dropped.push({ kind: victim, reason: "kf_window_budget" });
  }
}

/** The first instant strictly after `at` whose business-time wall clock reads `clock` (daily jobs). */
export function nextDailyAt(at: Date, clock: string, timeZone: string): Date {
  const w = wallClock(at, timeZone);
  const today = atMinutes(w, clockMinutes(clock), timeZone);
  return today.getTime() > at.getTime() ? today : atMinutes(addDays(w, 1), clockMinutes(clock), timeZone);
}
