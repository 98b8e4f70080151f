/**
 * The reminder schedule: when nudges fall around an interview, quiet hours, and
 * per-position overrides. Defaults live here and nowhere else; `loadReminderSchedule`
 * validates overrides once at start so a typo stops the bot naming the key.
 */
import { z } from "zod";
import { NUDGE_KINDS, type ReminderSchedule } from "../src/domain/nudges.js";

export const DEFAULT_REMINDER_SCHEDULE: ReminderSchedule = {
  noReplyFollowUpHours: 24,
  noReplyAlertHours: 48,
  materialsBeforeHours: 48,
  reconfirmBeforeHours: 24,
  reconfirmUnansweredBeforeHours: 4,
  dayOfAt: "08:00",
  dayOfBeforeHours: 3,
  checkInAlertAfterMinutes: 15,
  afterInterviewMinutes: 30,
  resultDays: 3,
  disabled: [],
  quietHours: { start: "21:30", end: "08:00" },
  alertQuietHours: null,
  positions: {},
};

/** A bad reminder setting; the message names the key. */
export class ReminderScheduleError extends Error {
  override readonly name = "ReminderScheduleError";
  constructor(
    readonly key: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`reminder schedule: ${key ? `${key}: ` : ""}${message}`, options);
  }
}

const CLOCK = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be HH:MM");
const hours = z.number().min(0).max(24 * 30);
const quiet = z.strictObject({ start: CLOCK, end: CLOCK }).refine((q) => q.start !== q.end, { message: "start and end must differ" }).nullable();

const timings = z.strictObject({
  noReplyFollowUpHours: hours,
  noReplyAlertHours: hours,
  materialsBeforeHours: hours,
  reconfirmBeforeHours: hours,
  reconfirmUnansweredBeforeHours: hours,
  dayOfAt: CLOCK,
  dayOfBeforeHours: hours,
  checkInAlertAfterMinutes: z.number().int().min(0).max(24 * 60),
  afterInterviewMinutes: z.number().int().min(0).max(7 * 24 * 60),
  resultDays: z.number().int().min(1).max(60),
  disabled: z.array(z.enum(NUDGE_KINDS)),
});

const schema = timings.extend({
  quietHours: quiet,
  alertQuietHours: quiet,
  positions: z.record(z.string(), timings.partial()),
});

/** Defaults merged with `overrides` (positions replace per key), validated. */
export function loadReminderSchedule(overrides: Partial<ReminderSchedule> = {}): ReminderSchedule {
  const merged = { ...DEFAULT_REMINDER_SCHEDULE, ...overrides };
  const result = schema.safeParse(merged);
  if (result.success) return result.data as ReminderSchedule;
  const issue = result.error.issues[0];
  throw new ReminderScheduleError(issue?.path.join(".") ?? "", issue?.message ?? "invalid");
}
