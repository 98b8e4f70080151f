/**
 * Demo history for a fresh install: `days` days of invitations up to `now`,
 * about `perWorkday` per working day (fewer at weekends), each planned by
 * {@link planInterview}. Pure: the same options give the same history.
 */
import { atMinutes, addDays, wallClock } from "../domain/business-time.js";
import { planInterview } from "./plan-interview.js";
import { Random } from "./random.js";
import type { SeedInterview } from "./seed-types.js";

export interface GenerateOptions {
  days: number;
  now: Date;
  timeZone: string;
  /** Invitations per working day; default 25. */
  perWorkday?: number;
  seed?: number;
}

export function generateHistory(options: GenerateOptions): SeedInterview[] {
  const rng = new Random(options.seed ?? 20250602);
  const perWorkday = options.perWorkday ?? 25;
  const today = wallClock(options.now, options.timeZone);
  const out: SeedInterview[] = [];
  let serial = 0;
  for (let back = options.days - 1; back >= 0; back--) {
    const day = addDays(today, -back);
    const weekday = wallClock(atMinutes(day, 12 * 60, options.timeZone), options.timeZone).weekday;
    const mean = weekday === 0 || weekday === 6 ? perWorkday * 0.15 : perWorkday;
    const count = Math.max(0, Math.round(mean * (0.8 + 0.4 * rng.next())));
    for (let i = 0; i < count; i++) {
      // Recruiters invite during office hours.
      const createdAt = atMinutes(day, rng.int(9 * 60, 18 * 60 - 1), options.timeZone);
      if (createdAt > options.now) continue;
      out.push(planInterview({ rng, now: options.now, timeZone: options.timeZone }, createdAt, serial++));
    }
  }
  return out.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}
