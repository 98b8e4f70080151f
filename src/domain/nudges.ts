/**
 * Timed nudges: the kinds, who they are for, and the schedule that places them
 * around an interview. The plan itself is `flows/reminders.ts` (pure); the
 * defaults live in `config/reminders.ts`; `src/jobs/` runs them with Agenda.
 */

/** Every nudge kind; one planned nudge per (interview, kind) at a time. */
export const NUDGE_KINDS = [
  /** Invitation unanswered after 24 h: a follow-up menu to the candidate. */
  "no_reply_followup",
  /** Invitation unanswered after 48 h: an HR group alert. */
  "no_reply_alert",
  /** T−48 h: what to bring and how the interview runs. */
  "materials",
  /** T−24 h: 确认参加 / 需要改期 menu. */
  "reconfirm",
  /** Before the interview: the re-confirmation went unanswered (a no-show risk). */
  "reconfirm_unanswered",
  /** Interview day 08:00 (or T−3 h if later): route, arrive 10 min early, contact. */
  "day_of",
  /** T+15 min without a check-in: HR alert @recruiter. */
  "check_in_alert",
  /** After the interview: thank-you, next steps, one feedback question. */
  "after_interview",
] as const;

export type NudgeKind = (typeof NUDGE_KINDS)[number];

/** Candidate-facing nudges go through 微信客服 (quiet hours, kf window); alerts go to HR. */
export type NudgeAudience = "candidate" | "hr";

export const NUDGE_AUDIENCE: Readonly<Record<NudgeKind, NudgeAudience>> = {
  no_reply_followup: "candidate",
  no_reply_alert: "hr",
  materials: "candidate",
  reconfirm: "candidate",
  reconfirm_unanswered: "hr",
  day_of: "candidate",
  check_in_alert: "hr",
  after_interview: "candidate",
};

export function isNudgeKind(value: string): value is NudgeKind {
  return (NUDGE_KINDS as readonly string[]).includes(value);
}

/** A daily span of wall-clock time in the business time zone; may wrap midnight (21:30–08:00). */
export interface QuietHours {
  /** `HH:MM`, inclusive. */
  start: string;
  /** `HH:MM`, exclusive: the first allowed minute. */
  end: string;
}

/** When each nudge falls, relative to the invitation or the interview. */
export interface ReminderTimings {
  noReplyFollowUpHours: number;
  noReplyAlertHours: number;
  materialsBeforeHours: number;
  reconfirmBeforeHours: number;
  /** The re-confirmation counts as unanswered this long before the interview. */
  reconfirmUnansweredBeforeHours: number;
  /** Interview-day reminder at this wall-clock time… */
  dayOfAt: string;
  /** …but no earlier than this long before the interview. */
  dayOfBeforeHours: number;
  checkInAlertAfterMinutes: number;
  /** After the interview's end. */
  afterInterviewMinutes: number;
  /** "面试结果会在 N 个工作日内通知您" in the thank-you. */
  resultDays: number;
  /** Kinds this position does not use. */
  disabled: NudgeKind[];
}

/** The whole reminder configuration; per-position entries override the defaults. */
export interface ReminderSchedule extends ReminderTimings {
  /** Nothing candidate-facing is sent inside; the nudge moves to the next allowed minute. null: none. */
  quietHours: QuietHours | null;
  /** The same for HR alerts (their own setting; default none). */
  alertQuietHours: QuietHours | null;
  positions: Record<string, Partial<ReminderTimings>>;
}
