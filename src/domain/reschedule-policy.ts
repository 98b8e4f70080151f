/**
 * When a recruiter is willing to hold an interview: working weekdays, working
 * hours (allowed *start* times, `[start, end)`), and a minimum notice. The flows
 * check a candidate's proposed time against it and offer concrete slots from it.
 */
import { DEFAULT_POD_TIMES, type PartOfDay } from "../nlu/index.js";
import { addDays, atMinutes, clockMinutes, sameBusinessDay, wallClock } from "./business-time.js";
import type { FlowSettings } from "./flow.js";

export type ReschedulePolicy = Pick<FlowSettings, "workingHours" | "workingWeekdays" | "minNoticeHours">;

/** Why a time is not allowed, most fundamental first. */
export type SlotRejection = "past" | "notice" | "weekday" | "hours";

export type SlotCheck = { ok: true } | { ok: false; reason: SlotRejection };

/** Is `at` a time the recruiter allows, seen from `now`? */
export function checkSlot(at: Date, now: Date, policy: ReschedulePolicy, timeZone: string): SlotCheck {
  if (at.getTime() <= now.getTime()) return { ok: false, reason: "past" };
  if (at.getTime() - now.getTime() < policy.minNoticeHours * 3600_000) return { ok: false, reason: "notice" };
  const w = wallClock(at, timeZone);
  if (!policy.workingWeekdays.includes(w.weekday)) return { ok: false, reason: "weekday" };
  const minutes = w.hour * 60 + w.minute;
  if (minutes < clockMinutes(policy.workingHours.start) || minutes >= clockMinutes(policy.workingHours.end)) {
    return { ok: false, reason: "hours" };
  }
  return { ok: true };
}

/** Minutes-after-midnight range of each part of day (matches nlu's labels). */
const POD_RANGE: Record<PartOfDay, [number, number]> = {
  morning: [0, 12 * 60],
  afternoon: [12 * 60, 18 * 60],
  evening: [18 * 60, 24 * 60],
};

export interface OfferOptions {
  /** Only slots in this part of day. */
  partOfDay?: PartOfDay | null;
  /**
   * Also offer slots on the scheduled day. Off by default: a candidate who asks
   * for another time usually cannot make that day at all (那天有事).
   */
  includeScheduledDay?: boolean;
  /** Instants not to offer again (e.g. a time the recruiter just declined). */
  exclude?: readonly Date[];
  /** How many days ahead to look; default 42. */
  horizonDays?: number;
}

/**
 * `n` concrete allowed slots, one per day, earliest first. Each day prefers the
 * interview's current clock time (a candidate who could do 14:00 on Wednesday can
 * likely do 14:00 on Thursday), else the part of day asked for, else the first
 * allowed whole hour of that day.
 */
export function offerSlots(
  now: Date,
  scheduledAt: Date,
  policy: ReschedulePolicy,
  timeZone: string,
  n = 3,
  options: OfferOptions = {},
): Date[] {
  const [podFrom, podTo] = options.partOfDay ? POD_RANGE[options.partOfDay] : [0, 24 * 60];
  const start = Math.max(clockMinutes(policy.workingHours.start), podFrom);
  const end = Math.min(clockMinutes(policy.workingHours.end), podTo);
  if (start >= end || n <= 0) return [];

  const sched = wallClock(scheduledAt, timeZone);
  const schedMinutes = sched.hour * 60 + sched.minute;
  const preferred: number[] = [];
  if (schedMinutes >= start && schedMinutes < end) preferred.push(schedMinutes);
  if (options.partOfDay) {
    const podDefault = clockMinutes(DEFAULT_POD_TIMES[options.partOfDay]);
    if (podDefault >= start && podDefault < end) preferred.push(podDefault);
  }
  const hourly: number[] = [];
  for (let m = Math.ceil(start / 60) * 60; m < end; m += 60) hourly.push(m);
  const clocks = [...new Set([...preferred, ...hourly])];

  const excluded = new Set([scheduledAt.getTime(), ...(options.exclude ?? []).map((d) => d.getTime())]);
  const today = wallClock(now, timeZone);
  const slots: Date[] = [];
  for (let i = 0; i < (options.horizonDays ?? 42) && slots.length < n; i++) {
    const day = addDays(today, i);
    for (const minutes of clocks) {
      const at = atMinutes(day, minutes, timeZone);
      if (!options.includeScheduledDay && sameBusinessDay(at, scheduledAt, timeZone)) break;
      if (excluded.has(at.getTime())) continue;
      if (checkSlot(at, now, policy, timeZone).ok) {
        slots.push(at);
        break;
      }
    }
  }
  return slots;
}
