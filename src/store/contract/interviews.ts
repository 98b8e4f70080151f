import type { Candidate } from "./candidates.js";
import type { JsonObject } from "./json.js";

export const INTERVIEW_STATUSES = [
  "invited",
  "confirmed",
  "reschedule_requested",
  "rescheduled",
  "cancelled",
  "checked_in",
  "no_show",
  "completed",
] as const;

/**
 * Where an interview stands. The store records any transition it is asked to;
 * which transitions are allowed is the conversation engine's business.
 */
export type InterviewStatus = (typeof INTERVIEW_STATUSES)[number];

/** An on-site venue. */
export interface InterviewLocation {
  address: string;
  /** A map link (e.g. a 腾讯地图 URL) sent with the invitation. */
  mapUrl: string | null;
}

export interface Interview {
  id: string;
  candidateId: string;
  position: string;
  /** WeCom userid of the recruiter who owns it. */
  recruiterUserId: string;
  /** WeCom userids (or names) of the interviewers. */
  interviewers: string[];
  scheduledAt: Date;
  durationMinutes: number;
  /** Set for on-site interviews. */
  location: InterviewLocation | null;
  /** Set for online interviews (腾讯会议 etc.). */
  meetingUrl: string | null;
  /** What to bring, e.g. "身份证、纸质简历". */
  materials: string | null;
  /** The interview process, e.g. "笔试 30 分钟 + 两轮面试". */
  process: string | null;
  notes: string | null;
  status: InterviewStatus;
  /** How many times it moved to `rescheduled`. */
  rescheduleCount: number;
  /** The reason of the latest transition to `cancelled`. */
  cancelReason: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** Fields to create an interview; it starts as `invited`. */
export interface NewInterview {
  candidateId: string;
  position: string;
  recruiterUserId: string;
  interviewers?: string[];
  scheduledAt: Date;
  durationMinutes: number;
  location?: InterviewLocation | null;
  meetingUrl?: string | null;
  materials?: string | null;
  process?: string | null;
  notes?: string | null;
}

/** Editable details; omitted fields stay. Status changes go through transitions. */
export type InterviewPatch = Partial<Omit<NewInterview, "candidateId">>;

/** One entry of an interview's status history. */
export interface InterviewTransition {
  id: string;
  interviewId: string;
  /** null for the creation entry. */
  from: InterviewStatus | null;
  to: InterviewStatus;
  at: Date;
  /** Who caused it: "candidate", "recruiter:<userid>", "system". */
  actor: string;
  reason: string | null;
  details: JsonObject;
}

/** A status change to record. */
export interface TransitionInput {
  interviewId: string;
  to: InterviewStatus;
  actor: string;
  reason?: string | null;
  details?: JsonObject;
  /**
   * Refuse (StoreConflictError, nothing written) unless the current status is
   * this one / one of these: guards against two actors deciding at once.
   */
  expectedFrom?: InterviewStatus | readonly InterviewStatus[];
  /** Detail changes applied in the same write, e.g. the new `scheduledAt`. */
  changes?: InterviewPatch;
}

/** Interview queries; filters combine with AND, time ranges are [from, before). */
export interface InterviewFilter {
  ids?: readonly string[];
  candidateId?: string;
  recruiterUserId?: string;
  statuses?: readonly InterviewStatus[];
  scheduledFrom?: Date;
  scheduledBefore?: Date;
  /** Case-insensitive substring of the candidate's name (`/status 张三`). */
  candidateName?: string;
  /** By scheduledAt; default "asc". */
  order?: "asc" | "desc";
  /** Default 100. */
  limit?: number;
}

/** Transition queries, for metrics and history. Time range is [from, before). */
export interface TransitionFilter {
  interviewId?: string;
  /** Only transitions into these statuses. */
  to?: readonly InterviewStatus[];
  from?: Date;
  before?: Date;
  /** Default 1000. */
  limit?: number;
}

/** An interview with its candidate, as lists show them. */
export interface InterviewWithCandidate {
  interview: Interview;
  candidate: Candidate;
}

export interface InterviewOperations {
  /**
   * Creates an interview in status `invited` and records the creation in its
   * history (from null to invited) by `actor`.
   */
  createInterview(input: NewInterview, actor: string): Promise<Interview>;

  getInterview(id: string): Promise<Interview | undefined>;

  /** Changes details without a status change. Throws StoreNotFoundError. */
  updateInterview(id: string, patch: InterviewPatch): Promise<Interview>;

  /**
   * Atomically moves an interview to `to`, applies `changes`, and appends the
   * history entry. Moving to `rescheduled` increments rescheduleCount; moving to
   * `cancelled` stores `reason` as cancelReason. Throws StoreNotFoundError, or
   * StoreConflictError when `expectedFrom` does not match.
   */
  transitionInterview(input: TransitionInput): Promise<{ interview: Interview; transition: InterviewTransition }>;

  /** Status history entries, oldest first. */
  listTransitions(filter: TransitionFilter): Promise<InterviewTransition[]>;

  /** Interviews with their candidates, ordered by scheduledAt. */
  findInterviews(filter: InterviewFilter): Promise<InterviewWithCandidate[]>;
}
