/**
 * Public shapes of reply understanding. See `/work/shared/nlu/LABELS.md` for the
 * exact semantics each field carries; the flows branch on these values.
 */

export type Intent = "confirm" | "reschedule" | "cancel" | "question" | "late" | "other";

export type PartOfDay = "morning" | "afternoon" | "evening";

/** A time named by the candidate, resolved in the business time zone. */
export interface TimeResolution {
  /** Calendar date `YYYY-MM-DD` in the business time zone, or null when no day was named. */
  date: string | null;
  /** Clock time `HH:MM` (24 h), or null when only a day / part of day was named. */
  time: string | null;
  partOfDay: PartOfDay | null;
}

export type CancelReason =
  | "found_job"
  | "not_interested"
  | "time_conflict"
  | "location"
  | "salary"
  | "personal"
  | "unknown";

export type QuestionTopic = "location" | "materials" | "format" | "salary" | "job" | "transport" | "other";

export interface Understanding {
  intent: Intent;
  /** Only for `reschedule` replies that name a time; null otherwise. */
  proposed: TimeResolution | null;
  /** Only for `cancel`; null otherwise. */
  cancelReason: CancelReason | null;
  /** Topics asked, in a stable order; [] when nothing is asked. */
  questions: QuestionTopic[];
  /** 0..1. Below {@link DEFAULT_CONFIDENCE_THRESHOLD} the flows ask one clarifying question. */
  confidence: number;
}

export interface TimeContext {
  /** The moment the reply arrived. Relative words (明天, 下周二) count from here. */
  now: Date;
  /** The interview currently planned. Absent for recruiter commands such as `/invite`. */
  scheduledAt?: Date | undefined;
  /** IANA zone of the business, e.g. "Asia/Shanghai". */
  timeZone: string;
}

export interface UnderstandOptions extends TimeContext {
  scheduledAt: Date;
}

/** Below this confidence the flows should ask one clarifying question. */
export const DEFAULT_CONFIDENCE_THRESHOLD = 0.6;

export const QUESTION_TOPIC_ORDER: readonly QuestionTopic[] = [
  "location",
  "materials",
  "format",
  "salary",
  "job",
  "transport",
  "other",
];
