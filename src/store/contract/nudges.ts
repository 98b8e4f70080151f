export type NudgeStatus = "planned" | "sent" | "skipped" | "failed";

/**
 * A planned reminder, at most one per (interview, kind), e.g. "day_before",
 * "two_hours_before", "no_reply_24h".
 */
export interface Nudge {
  /** A new id each time the nudge is (re-)planned. */
  id: string;
  interviewId: string;
  kind: string;
  dueAt: Date;
  status: NudgeStatus;
  /** Why it was skipped or failed (or a note on sending). */
  reason: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface NewNudge {
  interviewId: string;
  kind: string;
  dueAt: Date;
}

export interface NudgeOperations {
  /**
   * Plans the (interviewId, kind) nudge, replacing any earlier plan of that
   * kind whatever its status (e.g. after a reschedule): the result is `planned`
   * with a new id, so a job still holding the old id cannot finish the new plan.
   */
  planNudge(nudge: NewNudge): Promise<Nudge>;

  /**
   * Finishes a planned nudge. Returns false (and changes nothing) when it is no
   * longer planned under this id: finished by someone else, or re-planned.
   * Finishing it in the same transaction as enqueuing its message makes the
   * reminder go out once even with several job runners.
   */
  finishNudge(id: string, status: Exclude<NudgeStatus, "planned">, reason?: string): Promise<boolean>;

  /** Marks the interview's planned nudges (optionally only these kinds) skipped; returns how many. */
  skipNudges(interviewId: string, reason: string, kinds?: readonly string[]): Promise<number>;

  /** Planned nudges due at `asOf` (default: the store clock's now), earliest first. */
  listDueNudges(limit: number, asOf?: Date): Promise<Nudge[]>;

  /** All nudges of an interview, by dueAt. */
  listNudges(interviewId: string): Promise<Nudge[]>;
}
