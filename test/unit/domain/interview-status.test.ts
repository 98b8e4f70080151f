import { describe, expect, it } from "vitest";
import { canTransition, isTerminal } from "../../../src/domain/interview-status.js";
import { INTERVIEW_STATUSES, type InterviewStatus } from "../../../src/store/contract/interviews.js";

const ALLOWED: Record<InterviewStatus, InterviewStatus[]> = {
  invited: ["confirmed", "reschedule_requested", "rescheduled", "cancelled", "checked_in", "no_show"],
  confirmed: ["reschedule_requested", "rescheduled", "cancelled", "checked_in", "no_show"],
  reschedule_requested: ["confirmed", "rescheduled", "cancelled", "checked_in", "no_show"],
  rescheduled: ["confirmed", "reschedule_requested", "rescheduled", "cancelled", "checked_in", "no_show"],
  checked_in: ["completed"],
  cancelled: [],
  no_show: [],
  completed: [],
};

describe("interview status machine", () => {
  const pairs = INTERVIEW_STATUSES.flatMap((from) => INTERVIEW_STATUSES.map((to) => [from, to, ALLOWED[from].includes(to)] as const));
  it.each(pairs)("%s → %s allowed: %s", (from, to, allowed) => {
    expect(canTransition(from, to)).toBe(allowed);
  });

  it("terminal statuses are exactly cancelled, no_show and completed", () => {
    expect(INTERVIEW_STATUSES.filter(isTerminal)).toEqual(["cancelled", "no_show", "completed"]);
  });
});
