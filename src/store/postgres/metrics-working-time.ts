/**
 * Working-hours arithmetic in SQL without a per-row series: W(t) counts the
 * working seconds from a fixed Monday (2000-01-03, local) up to t, in closed
 * form, so the working seconds of [a, b] are W(b) − W(a) — one expression per
 * row instead of a generate_series subquery.
 */
import { sql, type SQL } from "drizzle-orm";
import type { MetricsCalendar } from "../contract/metrics.js";

/** W(local): working seconds since the epoch Monday; `local` is a wall-clock timestamp (no zone). */
export function workingClock(local: SQL, calendar: MetricsCalendar): SQL {
  // Day r of a week starting Monday is weekday (r + 1) % 7.
  const works: number[] = Array.from({ length: 7 }, (_, r) => (calendar.workWeekdays.includes((r + 1) % 7) ? 1 : 0));
  const before = works.map((_, r) => works.slice(0, r).reduce((a, b) => a + b, 0));
  const perWeek = works.reduce((a, b) => a + b, 0);
  const start = Math.trunc(calendar.workStartMinute) * 60;
  const length = Math.max(0, Math.trunc(calendar.workEndMinute) * 60 - start);
  // Integer and float8 arithmetic only: numeric (what extract() returns) is slow.
  const days = sql`(${local}::date - date '2000-01-03')`;
  const r = sql`((${days} % 7 + 7) % 7)`;
  const weeks = sql`((${days} - ${r}) / 7)`;
  const secondOfDay = sql`date_part('epoch', ${local} - ${local}::date::timestamp)`;
  return sql`(${weeks}::float8 * ${perWeek * length}
    + (${`{${before.join(",")}}`}::int[])[${r} + 1] * ${length}
    + (${`{${works.join(",")}}`}::int[])[${r} + 1] * least(greatest(${secondOfDay} - ${start}, 0), ${length}))`;
}

/** Working seconds of [from, to]: two non-null wall-clock timestamps in the calendar's zone. */
export function workingSecondsBetween(from: SQL, to: SQL, calendar: MetricsCalendar): SQL {
  return sql`(${workingClock(to, calendar)} - ${workingClock(from, calendar)})::float8`;
}
