/**
 * Read-only aggregates for reply metrics, the dashboard and the no-show risk
 * model. Engines compute them where the data lives (SQL aggregates on
 * PostgreSQL) so a dashboard request never ships the message log to Node.
 *
 * Every quantity is defined once, here; the README's "Metrics" section repeats
 * the definitions in prose and `src/metrics/` derives rates from these counts.
 *
 * - **Cohort**: interviews created (= invited) in `[from, before)` that match the
 *   filters. Each interview starts as `invited`; its creation is the invitation.
 * - **First reply**: the candidate's first inbound 微信客服 message of kind text or
 *   menu logged for the interview at or after its creation (events such as
 *   enter_session are not replies).
 * - **Reply latency**: first reply − creation. **Working-hours latency**: the part
 *   of that interval that falls inside the working calendar
 *   ({@link MetricsCalendar}).
 * - Outcome flags look at the interview's whole transition history as of now:
 *   confirmed = ever moved to `confirmed`; rescheduled = ever moved to
 *   `reschedule_requested` or `rescheduled`; cancelled = ever moved to
 *   `cancelled`; attendance = the latest transition among checked_in / no_show /
 *   completed (attended = checked_in or completed, noShow = no_show);
 *   completed = ever moved to `completed`.
 * - Percentiles are continuous (linear interpolation, PostgreSQL's
 *   `percentile_cont`); an empty group has null latency statistics.
 */
import type { Nudge } from "./nudges.js";
import type { InterviewStatus } from "./interviews.js";

/** Which interviews a metric looks at: the cohort invited in `[from, before)`. */
export interface MetricsFilter {
  from: Date;
  before: Date;
  /** Exact position name. */
  position?: string;
  /** Exact source channel; "" selects candidates without one. */
  sourceChannel?: string;
  recruiterUserId?: string;
}

/** The business calendar: weekday/hour breakdowns and working-hours latency use it. */
export interface MetricsCalendar {
  /** IANA zone, e.g. Asia/Shanghai. */
  timeZone: string;
  /** Working day start and end, minutes after local midnight (start < end). */
  workStartMinute: number;
  workEndMinute: number;
  /** Working weekdays, 0 = Sunday … 6 = Saturday. */
  workWeekdays: readonly number[];
}

/**
 * How a {@link MetricsGroupRow} is grouped. weekday / hour / weekday_hour use the
 * interview's (current) scheduled time in the business time zone.
 */
export type MetricsDimension = "all" | "channel" | "position" | "recruiter" | "weekday" | "hour" | "weekday_hour";

/** Upper edges (hours, exclusive) of the reply-latency histogram; a last bucket holds the rest. */
export const LATENCY_BUCKET_EDGES_HOURS = [1, 4, 12, 24, 48, 72] as const;

/** Counts of one group; see the module comment for each definition. */
export interface FunnelCounts {
  invited: number;
  replied: number;
  confirmed: number;
  rescheduled: number;
  cancelled: number;
  attended: number;
  noShow: number;
  completed: number;
}

/**
 * Statistics of first-reply latencies (seconds) over the group's replies.
 * Median and p90 exist for the all, channel, position and recruiter groups;
 * they are null for the weekday / hour / weekday_hour groups (and for a group
 * without replies).
 */
export interface LatencyStats {
  /** Replies measured (= replied). */
  count: number;
  medianSeconds: number | null;
  p90Seconds: number | null;
  meanSeconds: number | null;
  /** Replies whose latency exceeds 24 h (of that clock: all hours or working hours). */
  over24h: number;
}

export interface MetricsGroupRow {
  dimension: MetricsDimension;
  /**
   * The group: "" for all; the channel ("" when unknown), position or recruiter
   * userid; weekday "0"–"6"; hour "0"–"23"; weekday_hour "<weekday>:<hour>".
   */
  key: string;
  counts: FunnelCounts;
  latency: LatencyStats;
  workingLatency: LatencyStats;
  /**
   * All-hours first-reply latency histogram: one count per bucket of
   * {@link LATENCY_BUCKET_EDGES_HOURS} plus a final "≥ last edge" bucket.
   */
  latencyBuckets: number[];
}

/** How often cohort interviews moved to a status for a given reason (null: none given). */
export interface ReasonCount {
  to: "cancelled" | "reschedule_requested";
  reason: string | null;
  count: number;
}

/**
 * Sent nudges of the cohort by kind, and how many of them the candidate
 * answered: an inbound text/menu message within `withinMs` after the nudge was
 * marked sent (its `updatedAt`).
 */
export interface ReminderEffectRow {
  kind: string;
  sent: number;
  replied: number;
}

/** Events whose time is in `[from, before)` (not the cohort) and whose interview matches the filters. */
export interface EventCountRow {
  type: string;
  count: number;
}

/** Filter of {@link MetricsOperations.riskFacts}; time ranges are [from, before). */
export interface RiskFactFilter {
  scheduledFrom?: Date;
  scheduledBefore?: Date;
  statuses?: readonly InterviewStatus[];
  /** Nudge kinds that ask the candidate to re-confirm (the T−24 h question). */
  reconfirmKinds: readonly string[];
  /** Most recently scheduled first when limited; default 10,000, max 200,000. */
  limit?: number;
}

/** What the risk model and the upcoming-interviews list know about one interview. */
export interface RiskFact {
  interviewId: string;
  candidateName: string;
  /** null when the candidate has none. */
  sourceChannel: string | null;
  position: string;
  recruiterUserId: string;
  createdAt: Date;
  scheduledAt: Date;
  status: InterviewStatus;
  rescheduleCount: number;
  /** First reply as defined above, or null. */
  firstReplyAt: Date | null;
  /** When the latest sent re-confirmation nudge went out, or null. */
  reconfirmSentAt: Date | null;
  /** The candidate's first text/menu message after that, or null. */
  reconfirmReplyAt: Date | null;
  /** Attendance as defined above; null while unknown. */
  attendance: "attended" | "no_show" | null;
}

export interface MetricsOperations {
  /**
   * One pass over the cohort: the "all" row plus one row per channel,
   * position, recruiter, weekday, hour and weekday × hour present in it.
   */
  metricsGroups(filter: MetricsFilter, calendar: MetricsCalendar): Promise<MetricsGroupRow[]>;

  /** Cancel and reschedule-request reasons of the cohort's transitions, most frequent first. */
  metricsReasons(filter: MetricsFilter): Promise<ReasonCount[]>;

  /** Reminder effectiveness per nudge kind for the cohort; see {@link ReminderEffectRow}. */
  metricsReminders(filter: MetricsFilter, withinMs: number): Promise<ReminderEffectRow[]>;

  /** Counts of the given event types by event time; see {@link EventCountRow}. */
  metricsEventCounts(filter: MetricsFilter, types: readonly string[]): Promise<EventCountRow[]>;

  /** Per-interview facts for the risk model and the upcoming list, by scheduledAt. */
  riskFacts(filter: RiskFactFilter): Promise<RiskFact[]>;

  /** The nudges of many interviews at once, by interview then dueAt. */
  nudgesOf(interviewIds: readonly string[]): Promise<Nudge[]>;

  /**
   * An opaque string that changes whenever a message, interview transition,
   * domain event or nudge plan is written: the dashboard's live-update poll.
   */
  metricsVersion(): Promise<string>;
}
