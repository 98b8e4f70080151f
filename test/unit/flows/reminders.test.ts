import { describe, expect, it } from "vitest";
import { DEFAULT_REMINDER_SCHEDULE, loadReminderSchedule, ReminderScheduleError } from "../../../config/reminders.js";
import { isQuiet, nextAllowed, previousAllowed } from "../../../flows/quiet-hours.js";
import { nextDailyAt, planReminders, type PlanInput, type ReminderPlan } from "../../../flows/reminders.js";
import { TZ } from "./helpers.js";

/** Business time (Asia/Shanghai) → instant. */
const at = (local: string): Date => new Date(`${local}+08:00`);
const MON_10 = at("2026-11-23T10:00:00");
const WED_14 = at("2026-11-25T14:00:00");
const FRI_14 = at("2026-11-27T14:00:00");

function input(over: Partial<PlanInput> & { status?: PlanInput["interview"]["status"]; scheduledAt?: Date } = {}): PlanInput {
  return {
    interview: { status: over.status ?? "invited", scheduledAt: over.scheduledAt ?? WED_14, durationMinutes: 60, position: "前端工程师" },
    now: MON_10,
    timeZone: TZ,
    schedule: DEFAULT_REMINDER_SCHEDULE,
    invitedAt: MON_10,
    optedOut: false,
    handedOff: false,
    kf: { lastCandidateMessageAt: null, sentSince: 0 },
    ...over,
  };
}

/** kind → local time, for readable expectations. */
function times(plan: ReminderPlan): Record<string, string> {
  const fmt = new Intl.DateTimeFormat("sv-SE", { timeZone: TZ, dateStyle: "short", timeStyle: "short" });
  return Object.fromEntries(plan.nudges.map((n) => [n.kind, fmt.format(n.dueAt)]));
}
const reasons = (plan: ReminderPlan): Record<string, string> => Object.fromEntries(plan.dropped.map((d) => [d.kind, d.reason]));

describe("the default plan", () => {
  it("an invitation on Monday 10:00 for Wednesday 14:00", () => {
    const plan = planReminders(input());
    expect(times(plan)).toEqual({
      no_reply_followup: "2026-11-24 10:00",
      reconfirm: "2026-11-24 14:00",
      no_reply_alert: "2026-11-25 10:00",
      reconfirm_unanswered: "2026-11-25 10:00",
      day_of: "2026-11-25 11:00", // 08:00 is earlier than T−3 h
      check_in_alert: "2026-11-25 14:15",
      after_interview: "2026-11-25 15:30",
    });
    // T−48 h is Monday 14:00, four hours after the invitation that listed the materials.
    expect(reasons(plan)).toEqual({ materials: "invitation_recent" });
    // Sorted by time.
    expect(plan.nudges.map((n) => n.dueAt.getTime())).toEqual([...plan.nudges.map((n) => n.dueAt.getTime())].sort((a, b) => a - b));
  });

  it("a confirmed interview further out gets the T−48 h note and the interview-day 08:00 reminder", () => {
    const scheduledAt = at("2026-11-27T10:00:00");
    const plan = planReminders(input({ status: "confirmed", scheduledAt }));
    expect(times(plan)).toEqual({
      materials: "2026-11-25 10:00",
      reconfirm: "2026-11-26 10:00",
      day_of: "2026-11-27 08:00", // 08:00 is later than T−3 h (07:00)
      reconfirm_unanswered: "2026-11-27 06:00",
      check_in_alert: "2026-11-27 10:15",
      after_interview: "2026-11-27 11:30",
    });
    expect(reasons(plan)).toMatchObject({ no_reply_followup: "not_for_confirmed", no_reply_alert: "not_for_confirmed" });
  });

  it("confirming less than 12 h before the re-confirmation skips it", () => {
    const now = at("2026-11-24T06:00:00"); // T−24 h is 8 h away
    const plan = planReminders(input({ status: "confirmed", now }));
    expect(reasons(plan).reconfirm).toBe("recently_confirmed");
  });

  it("while a new time is pending there is no re-confirmation", () => {
    const plan = planReminders(input({ status: "reschedule_requested", scheduledAt: FRI_14 }));
    expect(Object.keys(times(plan)).sort()).toEqual(["after_interview", "check_in_alert", "day_of", "materials"]);
  });

  it("a closed interview gets nothing; a checked-in one only the thank-you", () => {
    for (const status of ["cancelled", "no_show"] as const) {
      const plan = planReminders(input({ status }));
      expect(plan.nudges).toEqual([]);
      expect(new Set(Object.values(reasons(plan)))).toEqual(new Set([`interview_${status}`]));
    }
    expect(Object.keys(times(planReminders(input({ status: "checked_in" }))))).toEqual(["after_interview"]);
  });

  it("nothing is planned before the candidate is bound", () => {
    const plan = planReminders(input({ invitedAt: null }));
    expect(plan.nudges).toEqual([]);
    expect(plan.dropped).toHaveLength(8);
  });

  it("opting out or a human taking over drops what the candidate would read, not the HR alerts", () => {
    for (const [flag, reason] of [["optedOut", "opted_out"], ["handedOff", "handed_off"]] as const) {
      const plan = planReminders(input({ [flag]: true, scheduledAt: FRI_14 }));
      expect(Object.keys(times(plan)).sort()).toEqual(["check_in_alert", "no_reply_alert", "reconfirm_unanswered"]);
      expect(reasons(plan).day_of).toBe(reason);
    }
  });
});

describe("quiet hours", () => {
  it("a follow-up falling at 22:00 moves to 08:00 the next morning; an HR alert follows its own (none) setting", () => {
    const invitedAt = at("2026-11-23T22:00:00");
    const plan = planReminders(input({ invitedAt, now: invitedAt, scheduledAt: FRI_14 }));
    expect(times(plan).no_reply_followup).toBe("2026-11-25 08:00");
    expect(times(plan).no_reply_alert).toBe("2026-11-25 22:00");
  });

  it("alerts may have quiet hours of their own", () => {
    const invitedAt = at("2026-11-23T22:00:00");
    const schedule = loadReminderSchedule({ alertQuietHours: { start: "22:00", end: "07:30" } });
    const plan = planReminders(input({ invitedAt, now: invitedAt, scheduledAt: FRI_14, schedule }));
    expect(times(plan).no_reply_alert).toBe("2026-11-26 07:30");
  });

  it("a pre-interview note pushed past the start by quiet hours is dropped", () => {
    // Interview at 08:00: T−3 h is 05:00 (quiet), 08:00 is the start itself.
    const plan = planReminders(input({ scheduledAt: at("2026-11-27T08:00:00"), status: "confirmed" }));
    expect(reasons(plan).day_of).toBe("quiet_hours");
  });

  it("isQuiet / nextAllowed / previousAllowed across midnight", () => {
    const q = DEFAULT_REMINDER_SCHEDULE.quietHours;
    expect(isQuiet(at("2026-11-23T21:29:00"), q, TZ)).toBe(false);
    expect(isQuiet(at("2026-11-23T21:30:00"), q, TZ)).toBe(true);
    expect(isQuiet(at("2026-11-24T07:59:00"), q, TZ)).toBe(true);
    expect(isQuiet(at("2026-11-24T08:00:00"), q, TZ)).toBe(false);
    expect(nextAllowed(at("2026-11-23T23:10:00"), q, TZ)).toEqual(at("2026-11-24T08:00:00"));
    expect(nextAllowed(at("2026-11-24T03:10:00"), q, TZ)).toEqual(at("2026-11-24T08:00:00"));
    expect(nextAllowed(at("2026-11-24T12:00:00"), q, TZ)).toEqual(at("2026-11-24T12:00:00"));
    expect(previousAllowed(at("2026-11-24T03:10:00"), q, TZ)).toEqual(at("2026-11-23T21:29:00"));
    expect(previousAllowed(at("2026-11-23T22:00:00"), q, TZ)).toEqual(at("2026-11-23T21:29:00"));
    expect(isQuiet(at("2026-11-24T03:10:00"), null, TZ)).toBe(false);
    const day = { start: "12:00", end: "13:30" };
    expect(isQuiet(at("2026-11-24T12:30:00"), day, TZ)).toBe(true);
    expect(nextAllowed(at("2026-11-24T12:30:00"), day, TZ)).toEqual(at("2026-11-24T13:30:00"));
  });
});

describe("the 微信客服 window", () => {
  it("asks for the reply early when the window would close before the re-confirmation", () => {
    // Confirmed Monday 10:00 (the candidate wrote then): the window closes Wednesday 10:00.
    const plan = planReminders(input({ status: "confirmed", scheduledAt: FRI_14, kf: { lastCandidateMessageAt: MON_10, sentSince: 0 } }));
    expect(times(plan).reconfirm).toBe("2026-11-25 08:00");
    expect(times(plan).materials).toBe("2026-11-25 14:00");
  });

  it("the early re-confirmation avoids quiet hours too", () => {
    const wrote = at("2026-11-23T23:00:00"); // window closes Wed 23:00 → 21:00 is fine; try 01:00
    const late = at("2026-11-24T01:00:00"); // closes Thu 01:00 → 23:00 Wed is quiet → 21:29
    expect(times(planReminders(input({ status: "confirmed", now: wrote, scheduledAt: FRI_14, kf: { lastCandidateMessageAt: wrote, sentSince: 0 } }))).reconfirm).toBe("2026-11-25 21:00");
    expect(times(planReminders(input({ status: "confirmed", now: late, scheduledAt: FRI_14, kf: { lastCandidateMessageAt: late, sentSince: 0 } }))).reconfirm).toBe("2026-11-25 21:29");
  });

  it("drops the least useful nudges when the budget is short", () => {
    // 3 sent since the candidate wrote, 1 reserved for this turn's reply: 1 left inside the window.
    const scheduledAt = at("2026-11-25T09:00:00");
    const plan = planReminders(input({ status: "confirmed", invitedAt: at("2026-11-20T10:00:00"), now: at("2026-11-23T08:00:00"), scheduledAt, kf: { lastCandidateMessageAt: at("2026-11-23T08:00:00"), sentSince: 3 } }));
    expect(reasons(plan)).toMatchObject({ materials: "kf_window_budget" });
    expect(times(plan).reconfirm).toBe("2026-11-24 09:00");
  });
});

describe("per-position schedule", () => {
  it("overrides timings and disables kinds for one position only", () => {
    const schedule = loadReminderSchedule({ positions: { 前端工程师: { materialsBeforeHours: 72, disabled: ["after_interview"] } } });
    const own = planReminders(input({ status: "confirmed", scheduledAt: FRI_14, schedule }));
    expect(times(own).materials).toBe("2026-11-24 14:00");
    expect(reasons(own).after_interview).toBe("disabled_for_position");
    const other = planReminders(input({ status: "confirmed", scheduledAt: FRI_14, schedule, interview: { status: "confirmed", scheduledAt: FRI_14, durationMinutes: 60, position: "后端工程师" } }));
    expect(times(other).materials).toBe("2026-11-25 14:00");
  });

  it("rejects a bad setting naming the key", () => {
    expect(() => loadReminderSchedule({ dayOfAt: "8am" })).toThrow(ReminderScheduleError);
    expect(() => loadReminderSchedule({ dayOfAt: "8am" })).toThrow(/dayOfAt/);
    expect(() => loadReminderSchedule({ positions: { x: { disabled: ["nope" as never] } } })).toThrow(/positions\.x\.disabled/);
  });

  it("nextDailyAt: today if still ahead, else tomorrow", () => {
    expect(nextDailyAt(at("2026-11-23T08:59:00"), "09:00", TZ)).toEqual(at("2026-11-23T09:00:00"));
    expect(nextDailyAt(at("2026-11-23T09:00:00"), "09:00", TZ)).toEqual(at("2026-11-24T09:00:00"));
  });
});
