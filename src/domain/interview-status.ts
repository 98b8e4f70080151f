/**
 * The interview status machine: which status may follow which. The store records
 * any transition it is asked to (see {@link InterviewStatus}); deciding what is
 * allowed is the domain's job, so flows and recruiter commands share one table.
 */
import type { InterviewStatus } from "./records.js";

/** Statuses after which nothing more happens to an interview. */
export const TERMINAL_STATUSES: readonly InterviewStatus[] = ["cancelled", "no_show", "completed"];

/**
 * Allowed next statuses. Why these:
 * - `rescheduled` may follow itself: a recruiter can move an interview again, and
 *   every move counts toward the reschedule cap.
 * - `reschedule_requested` may go back to `confirmed`: the candidate withdraws the
 *   request (or the recruiter declined and the candidate keeps the old time).
 * - Anything not yet held may still end as `no_show`, `cancelled` or `checked_in`,
 *   because the day can come before anybody replied.
 * - Only a checked-in interview can be `completed`.
 */
export const ALLOWED_TRANSITIONS: Readonly<Record<InterviewStatus, readonly InterviewStatus[]>> = {
  invited: ["confirmed", "reschedule_requested", "rescheduled", "cancelled", "checked_in", "no_show"],
  confirmed: ["reschedule_requested", "rescheduled", "cancelled", "checked_in", "no_show"],
  reschedule_requested: ["confirmed", "rescheduled", "cancelled", "checked_in", "no_show"],
  rescheduled: ["confirmed", "reschedule_requested", "rescheduled", "cancelled", "checked_in", "no_show"],
  checked_in: ["completed"],
  cancelled: [],
  no_show: [],
  completed: [],
};

/** Whether an interview in status `from` may move to `to`. */
export function canTransition(from: InterviewStatus, to: InterviewStatus): boolean {
  return ALLOWED_TRANSITIONS[from].includes(to);
}

/** Cancelled, no-show or completed: the conversation about it is over. */
export function isTerminal(status: InterviewStatus): boolean {
  return TERMINAL_STATUSES.includes(status);
}
