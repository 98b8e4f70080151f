/**
 * The time window of a metrics request: the last 7 / 30 / 90 days (or any
 * number of days) up to now, or a custom [from, before) range.
 */

/** A bad window in a request or command; the message is safe to show. */
export class MetricsWindowError extends Error {
  override readonly name = "MetricsWindowError";
}

export interface MetricsWindow {
  from: Date;
  before: Date;
  /** Its length in whole days (rounded up), for labels. */
  days: number;
}

const DAY_MS = 86_400_000;
/** Longest window a request may ask for: two years of history. */
export const MAX_WINDOW_DAYS = 731;

/** The last `days` days up to `now`. */
export function lastDays(days: number, now: Date): MetricsWindow {
  if (!Number.isInteger(days) || days < 1 || days > MAX_WINDOW_DAYS) {
    throw new MetricsWindowError(`days must be a whole number from 1 to ${MAX_WINDOW_DAYS}, got ${String(days)}`);
  }
  return { from: new Date(now.getTime() - days * DAY_MS), before: now, days };
}

/** A custom range; `before` must be after `from` and the span at most {@link MAX_WINDOW_DAYS}. */
export function customWindow(from: Date, before: Date): MetricsWindow {
  if (Number.isNaN(from.getTime()) || Number.isNaN(before.getTime())) throw new MetricsWindowError("from and to must be valid dates (YYYY-MM-DD or ISO 8601)");
  const span = before.getTime() - from.getTime();
  if (span <= 0) throw new MetricsWindowError("from must be before to");
  const days = Math.ceil(span / DAY_MS);
  if (days > MAX_WINDOW_DAYS) throw new MetricsWindowError(`a window may span at most ${MAX_WINDOW_DAYS} days`);
  return { from, before, days };
}

/**
 * Reads `7d` / `30` / `90天` as a number of days; anything else is an error.
 * Used by `/stats 7d` and the dashboard's query string.
 */
export function parseDays(text: string): number {
  const match = /^\s*(\d{1,4})\s*(d|days?|天)?\s*$/i.exec(text);
  if (!match) throw new MetricsWindowError(`not a number of days: "${text.slice(0, 20)}" (try 7d, 30d or 90d)`);
  return Number(match[1]);
}
