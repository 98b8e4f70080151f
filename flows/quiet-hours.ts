/**
 * Quiet hours in the business time zone (default 21:30–08:00): nothing
 * candidate-facing goes out inside them. Pure wall-clock arithmetic; never the
 * process time zone.
 */
import { addDays, atMinutes, clockMinutes, wallClock } from "../src/domain/business-time.js";
import type { QuietHours } from "../src/domain/nudges.js";

const MINUTE = 60_000;

function minuteOfDay(at: Date, timeZone: string): number {
  const w = wallClock(at, timeZone);
  return w.hour * 60 + w.minute;
}

/** Whether `at` falls inside the quiet span (start inclusive, end exclusive). */
export function isQuiet(at: Date, quiet: QuietHours | null, timeZone: string): boolean {
  if (!quiet) return false;
  const m = minuteOfDay(at, timeZone);
  const start = clockMinutes(quiet.start);
  const end = clockMinutes(quiet.end);
  return start < end ? m >= start && m < end : m >= start || m < end;
}

/** `at` itself when allowed, else the first allowed minute after it (the quiet span's end). */
export function nextAllowed(at: Date, quiet: QuietHours | null, timeZone: string): Date {
  if (!quiet || !isQuiet(at, quiet, timeZone)) return at;
  const w = wallClock(at, timeZone);
  const m = w.hour * 60 + w.minute;
  const start = clockMinutes(quiet.start);
  const end = clockMinutes(quiet.end);
  // Wrapping span, evening part (e.g. 22:00 inside 21:30–08:00): the end is tomorrow.
  const day = start > end && m >= start ? addDays(w, 1) : w;
  return atMinutes(day, end, timeZone);
}

/** `at` itself when allowed, else the last allowed minute before the quiet span began. */
export function previousAllowed(at: Date, quiet: QuietHours | null, timeZone: string): Date {
  if (!quiet || !isQuiet(at, quiet, timeZone)) return at;
  const w = wallClock(at, timeZone);
  const m = w.hour * 60 + w.minute;
  const start = clockMinutes(quiet.start);
  const end = clockMinutes(quiet.end);
  // Wrapping span, morning part (e.g. 06:00 inside 21:30–08:00): it began yesterday.
  const day = start > end && m < end ? addDays(w, -1) : w;
  return new Date(atMinutes(day, start, timeZone).getTime() - MINUTE);
}
