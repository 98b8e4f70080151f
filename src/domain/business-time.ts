/**
 * Wall-clock reading, building and formatting in the business time zone. Never
 * `Date#getHours()`: servers and CI run under TZ=UTC, the business does not.
 * The calendar arithmetic itself is nlu's (one implementation of zones for the
 * whole bot); this module adds the domain's vocabulary on top of it.
 */
import { addDays, wallClock, zonedInstant, type CivilDate, type WallClock } from "../nlu/index.js";

export type { CivilDate, WallClock };
export { addDays, wallClock };

const WEEKDAYS = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"] as const;

const pad = (n: number): string => String(n).padStart(2, "0");

/** `HH:MM` → minutes after midnight. */
export function clockMinutes(clock: string): number {
  const [h, m] = clock.split(":").map(Number) as [number, number];
  return h * 60 + m;
}

/** The instant at `date` + `minutes` after midnight, wall clock in `timeZone`. */
export function atMinutes(date: CivilDate, minutes: number, timeZone: string): Date {
  return zonedInstant(date, Math.floor(minutes / 60), minutes % 60, timeZone);
}

/** `周三` */
export function weekdayName(weekday: number): string {
  return WEEKDAYS[weekday] ?? "";
}

/** `11月25日（周三）` */
export function formatDay(instant: Date, timeZone: string): string {
  const w = wallClock(instant, timeZone);
  return `${w.m}月${w.d}日（${weekdayName(w.weekday)}）`;
}

/** `14:00` */
export function formatClock(instant: Date, timeZone: string): string {
  const w = wallClock(instant, timeZone);
  return `${pad(w.hour)}:${pad(w.minute)}`;
}

/** `11月25日（周三）14:00` — how every date and time reaches a candidate. */
export function formatDateTime(instant: Date, timeZone: string): string {
  return `${formatDay(instant, timeZone)}${formatClock(instant, timeZone)}`;
}

/** Same calendar day in `timeZone`. */
export function sameBusinessDay(a: Date, b: Date, timeZone: string): boolean {
  const x = wallClock(a, timeZone);
  const y = wallClock(b, timeZone);
  return x.y === y.y && x.m === y.m && x.d === y.d;
}
