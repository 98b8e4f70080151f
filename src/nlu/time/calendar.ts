/**
 * Civil-calendar arithmetic in an IANA time zone, independent of the machine's TZ.
 *
 * Why not `Date#getHours()` and friends: they read the *process* zone, so a server or
 * CI job running under TZ=UTC would resolve 明天 to the wrong day near midnight.
 * We read wall-clock fields through `Intl.DateTimeFormat` and do day arithmetic on
 * plain `{y, m, d}` values through `Date.UTC`, which has no zone at all.
 */
import { hourlyOffset, zoneFormatter } from "./hourly-offsets.js";

export interface CivilDate {
  y: number;
  m: number; // 1..12
  d: number; // 1..31
}

export interface WallClock extends CivilDate {
  hour: number;
  minute: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

/**
 * What the formatter prints for an instant, "11/23/2026, 08:00" (en-US, numeric, h23): month,
 * day, year, hour, minute. Why `format` and this pattern rather than `formatToParts`: formatting
 * to one string costs well under half as much (no part objects), and the instants of most replies
 * differ (each has its own `now`), so the cache below rarely saves the call.
 */
const FORMATTED = /^(\d+)\/(\d+)\/(\d+), (\d+):(\d+)$/;

/**
 * [year, month, day, hour, minute] of `instant` through `formatter`. The formatted string is the
 * parts joined, and its literals hold no digit, so when it has exactly the shape above its digit
 * runs are the numeric parts; any other shape (an era, another ICU's punctuation) is read from
 * the parts themselves.
 */
export function wallFields(formatter: Intl.DateTimeFormat, instant: Date): [number, number, number, number, number] {
  const f = FORMATTED.exec(formatter.format(instant));
  if (f) return [Number(f[3]), Number(f[1]), Number(f[2]), Number(f[4]), Number(f[5])];
  let y = 0;
  let m = 0;
  let d = 0;
  let hour = 0;
  let minute = 0;
  for (const p of formatter.formatToParts(instant)) {
    if (p.type === "year") y = Number(p.value);
    else if (p.type === "month") m = Number(p.value);
    else if (p.type === "day") d = Number(p.value);
    else if (p.type === "hour") hour = Number(p.value);
    else if (p.type === "minute") minute = Number(p.value);
  }
  return [y, m, d, hour, minute];
}

// Instants whose hour has no single offset (or that lie outside hourly-offsets' range) are read
// through Intl, which costs a few microseconds; they are cached by zone, then by instant (a number
// key: no key string to build on every lookup). The hourly path is cheaper than a cache lookup and
// insertion, and almost every reply brings instants of its own, so it is not cached.
const wallCache = new Map<string, Map<number, WallClock>>();

/** Wall-clock fields of `instant` as seen in `timeZone`. */
export function wallClock(instant: Date, timeZone: string): WallClock {
  const ms = instant.getTime();
  const offset = hourlyOffset(ms, timeZone);
  if (offset !== null) {
    // The zone's offset holds for the whole hour around the instant: its wall clock is UTC's, shifted.
    const t = new Date(ms + offset);
    return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate(), hour: t.getUTCHours(), minute: t.getUTCMinutes(), weekday: t.getUTCDay() };
  }
  let zoneCache = wallCache.get(timeZone);
  if (!zoneCache) {
    if (wallCache.size > 64) wallCache.clear();
    zoneCache = new Map();
    wallCache.set(timeZone, zoneCache);
  }
  const hit = zoneCache.get(ms);
  if (hit) return hit;
  const [y, m, d, hour, minute] = wallFields(zoneFormatter(timeZone), instant);
  const result: WallClock = { y, m, d, hour, minute, weekday: weekdayOf({ y, m, d }) };
  if (zoneCache.size > 512) zoneCache.clear();
  zoneCache.set(ms, result);
  return result;
}

export function weekdayOf(date: CivilDate): number {
  return new Date(Date.UTC(date.y, date.m - 1, date.d)).getUTCDay();
}

export function addDays(date: CivilDate, days: number): CivilDate {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export function sameDate(a: CivilDate, b: CivilDate): boolean {
  return a.y === b.y && a.m === b.m && a.d === b.d;
}

export function compareDates(a: CivilDate, b: CivilDate): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

export function isValidDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** Monday of the week containing `date` (Chinese weeks start on Monday). */
export function mondayOf(date: CivilDate): CivilDate {
  const wd = weekdayOf(date);
  return addDays(date, -((wd + 6) % 7));
}

const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));

export function formatDate(date: CivilDate): string {
  return `${date.y}-${pad(date.m)}-${pad(date.d)}`;
}

export function formatTime(hour: number, minute: number): string {
  return `${pad(hour)}:${pad(minute)}`;
}

export function parseDate(s: string): CivilDate | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return isValidDate(y, mo, d) ? { y, m: mo, d } : null;
}

/** Offset of `timeZone` from UTC at `instant`, in minutes (Asia/Shanghai → 480). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  return offsetMinutesAt(wallClock(instant, timeZone), instant);
}

/** {@link offsetMinutes} from the wall clock of `instant` already read (`wallClock(instant, zone)`). */
export function offsetMinutesAt(w: WallClock, instant: Date): number {
  const asUtc = Date.UTC(w.y, w.m - 1, w.d, w.hour, w.minute);
  const ms = instant.getTime();
  return Math.round((asUtc - (ms - (((ms % 60_000) + 60_000) % 60_000))) / 60_000);
}

/**
 * The instant at which the wall clock in `timeZone` shows `date hour:minute`.
 * Two passes settle DST transitions (a gap resolves to the later offset).
 */
export function zonedInstant(date: CivilDate, hour: number, minute: number, timeZone: string): Date {
  const naive = Date.UTC(date.y, date.m - 1, date.d, hour, minute);
  let guess = naive - offsetMinutes(new Date(naive), timeZone) * 60_000;
  guess = naive - offsetMinutes(new Date(guess), timeZone) * 60_000;
  return new Date(guess);
}
