/**
 * The public face of time resolution: what a text names (`resolveTime`, also used for
 * recruiter commands such as `/invite … 周三下午2点`) and how a resolution becomes an
 * instant in the business zone.
 */
import { zonedInstant } from "./calendar.js";
import { analyzeTime } from "./resolve-time.js";
import { normalize } from "../normalize/normalize.js";
import type { PartOfDay, TimeContext, TimeResolution } from "../types.js";

/**
 * The time a free-text reply or command names, e.g. `周三下午2点` → `{date: "2026-11-25",
 * time: "14:00", partOfDay: "afternoon"}`; null when it names none. `scheduledAt` is
 * optional: without it, 同一时间 / 推迟一小时 have nothing to refer to and count from `now`.
 */
export function resolveTime(text: string, ctx: TimeContext): TimeResolution | null {
  // Standalone use wants the time named even when it equals the interview's.
  return analyzeTime(normalize(text).text, ctx, true).resolution;
}

/** Default clock times when only a part of day is known (a recruiter's 周三下午). */
export const DEFAULT_POD_TIMES: Readonly<Record<PartOfDay, string>> = { morning: "10:00", afternoon: "14:00", evening: "19:00" };

/**
 * Turns a resolution into an instant in the business zone. Returns null when the
 * resolution has no day, or neither a time nor a part of day (nothing to schedule).
 */
export function resolutionToDate(
  resolution: TimeResolution | null,
  timeZone: string,
  podTimes: Readonly<Record<PartOfDay, string>> = DEFAULT_POD_TIMES,
): Date | null {
  if (!resolution || !resolution.date) return null;
  const clock = resolution.time ?? (resolution.partOfDay ? podTimes[resolution.partOfDay] : null);
  if (!clock) return null;
  const [y, m, d] = resolution.date.split("-").map(Number) as [number, number, number];
  const [hh, mm] = clock.split(":").map(Number) as [number, number];
  return zonedInstant({ y, m, d }, hh, mm, timeZone);
}
