import { addDays, atMinutes, wallClock } from "../domain/business-time.js";

/** [from, before) of a business day or week, for `/list 今天|明天|本周` and the digest. */
export interface DayRange {
  from: Date;
  before: Date;
}

/** The business day of `now`, `offset` days later. */
export function businessDay(now: Date, timeZone: string, offset = 0): DayRange {
  const w = wallClock(now, timeZone);
  const day = addDays({ y: w.y, m: w.m, d: w.d }, offset);
  return { from: atMinutes(day, 0, timeZone), before: atMinutes(addDays(day, 1), 0, timeZone) };
}

/** Monday 00:00 to next Monday 00:00 of the business week of `now`. */
export function businessWeek(now: Date, timeZone: string): DayRange {
  const w = wallClock(now, timeZone);
  const monday = addDays({ y: w.y, m: w.m, d: w.d }, -((w.weekday + 6) % 7));
  return { from: atMinutes(monday, 0, timeZone), before: atMinutes(addDays(monday, 7), 0, timeZone) };
}
