/**
 * Reads a metrics request from the query string: `days=7|30|90…` or
 * `from=YYYY-MM-DD&to=YYYY-MM-DD` (business days, `to` inclusive), plus
 * optional `position`, `channel` and `recruiter` filters.
 */
import { atMinutes, addDays } from "../domain/business-time.js";
import { customWindow, lastDays, MetricsWindowError, parseDays, type MetricsFilters, type MetricsWindow } from "../metrics/index.js";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MAX_FILTER_LENGTH = 100;

export interface MetricsQuery {
  window: MetricsWindow;
  filters: MetricsFilters;
}

function one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function businessDay(text: string, name: string) {
  const m = DATE.exec(text);
  if (!m) throw new MetricsWindowError(`${name} must be a date like 2025-06-01`);
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

export function parseMetricsQuery(query: Record<string, string | string[] | undefined>, now: Date, timeZone: string): MetricsQuery {
  const from = one(query.from);
  const to = one(query.to);
  let window: MetricsWindow;
  if (from || to) {
    if (!from || !to) throw new MetricsWindowError("give both from and to, or days");
    const start = atMinutes(businessDay(from, "from"), 0, timeZone);
    const end = atMinutes(addDays(businessDay(to, "to"), 1), 0, timeZone);
    window = customWindow(start, end);
  } else {
    window = lastDays(parseDays(one(query.days) ?? "30"), now);
  }
  const filters: MetricsFilters = {};
  const text = (name: string): string | undefined => {
    const value = one(query[name]);
    if (value === undefined || value === "") return undefined;
    if (value.length > MAX_FILTER_LENGTH) throw new MetricsWindowError(`${name} is too long`);
    return value;
  };
  const position = text("position");
  const channel = one(query.channel);
  const recruiter = text("recruiter");
  if (position !== undefined) filters.position = position;
  // Empty or "*" means every channel; 未知 selects candidates without one.
  if (channel !== undefined && channel !== "" && channel !== "*") {
    if (channel.length > MAX_FILTER_LENGTH) throw new MetricsWindowError("channel is too long");
    filters.sourceChannel = channel === "未知" ? "" : channel;
  }
  if (recruiter !== undefined) filters.recruiterUserId = recruiter;
  return { window, filters };
}
