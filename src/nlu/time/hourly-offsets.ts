/**
 * A time zone's offset from UTC, read from `Intl` once per whole UTC hour rather than once per instant.
 *
 * Why: reading an instant's wall clock through `Intl.DateTimeFormat` costs about two microseconds,
 * and every reply brings instants of its own (`now`, the slot), so caching by instant rarely hits;
 * together those two reads were about 5% of a reply. Instants of one hour share the hour's offset
 * (a bot's `now` stays in one hour for an hour; slots fall on a few hours), so the offset is read
 * at the hour's two ends, each kept for the next instant of this hour or of the hours next to it.
 *
 * Why it is exact: a zone's offset is a step function of the instant. When it is the same at the
 * start of a UTC hour and at the start of the next one, it is that offset throughout the hour —
 * unless the zone changed its offset twice within that one hour and back again, which no zone of
 * the tz database does (its changes are weeks apart at the least). A change inside the hour, or
 * at its end, leaves the two ends different, and then the caller reads the instant itself.
 * Each end is read to the second (old local mean times are offsets like +08:05:43), so the wall
 * clock is `instant + offset` to the millisecond, as ICU computes it.
 */

const HOUR = 3_600_000;

/**
 * Instants this is used for: ICU's calendar is the proleptic Gregorian one of `Date` only after
 * 1582 (it switches to the Julian calendar before), and years print with four digits; outside,
 * the caller reads the instant itself.
 */
const FROM = Date.UTC(1900, 0, 1);
const UNTIL = Date.UTC(2500, 0, 1);

/** Beyond this many hours kept for one zone the table starts again (texts cannot grow it: only instants do). */
const MAX_HOURS = 1 << 16;

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The en-US, h23, all-numeric formatter for `timeZone`, made once per zone and precision (shared with calendar.ts,
 * which reads wall clocks to the minute; the offsets here are read to the second).
 */
export function zoneFormatter(timeZone: string, seconds = false): Intl.DateTimeFormat {
  const key = seconds ? `${timeZone} s` : timeZone;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      ...(seconds ? { second: "numeric" } : {}),
    });
    formatters.set(key, f);
  }
  return f;
}

/** "11/23/2026, 08:00:00": month, day, year, hour, minute, second (other shapes are read from the parts). */
const FORMATTED = /^(\d+)\/(\d+)\/(\d+), (\d+):(\d+):(\d+)$/;

/** The offset of `timeZone` at the instant `ms`, in milliseconds (whole seconds). */
function offsetAt(formatter: Intl.DateTimeFormat, ms: number): number {
  const f = FORMATTED.exec(formatter.format(ms));
  if (f) return Date.UTC(Number(f[3]), Number(f[1]) - 1, Number(f[2]), Number(f[4]), Number(f[5]), Number(f[6])) - ms;
  const v: Record<string, number> = {};
  for (const p of formatter.formatToParts(ms)) v[p.type] = Number(p.value);
  return Date.UTC(v.year ?? 0, (v.month ?? 1) - 1, v.day ?? 1, v.hour ?? 0, v.minute ?? 0, v.second ?? 0) - ms;
}

/** Offsets at the starts of whole UTC hours (by hour number since the epoch), by zone. */
const starts = new Map<string, Map<number, number>>();

function offsetAtHour(timeZone: string, hours: Map<number, number>, hour: number): number {
  let off = hours.get(hour);
  if (off === undefined) {
    off = offsetAt(zoneFormatter(timeZone, true), hour * HOUR);
    if (hours.size >= MAX_HOURS) hours.clear();
    hours.set(hour, off);
  }
  return off;
}

/**
 * The offset of `timeZone` from UTC at instant `ms`, in milliseconds, when it holds for the whole
 * UTC hour around `ms`; null when the offset changes within that hour or `ms` is out of range.
 */
export function hourlyOffset(ms: number, timeZone: string): number | null {
  if (!(ms >= FROM && ms < UNTIL)) return null;
  let hours = starts.get(timeZone);
  if (!hours) {
    if (starts.size > 64) starts.clear();
    hours = new Map();
    starts.set(timeZone, hours);
  }
  const hour = Math.floor(ms / HOUR);
  const off = offsetAtHour(timeZone, hours, hour);
  return off === offsetAtHour(timeZone, hours, hour + 1) ? off : null;
}
