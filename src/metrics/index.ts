/** Reply metrics, the no-show risk model and the `/stats` summary. */
export { metricsCalendar } from "./calendar.js";
export { duration, pct } from "./format.js";
export * from "./labels.js";
export { FUNNEL_STAGES, ratesOf, ratio, type Rates } from "./rates.js";
export {
  buildMetricsReport,
  COUNTED_EVENTS,
  latencyBucketLabels,
  REMINDER_REPLY_WINDOW_MS,
  type GroupReport,
  type MetricsFilters,
  type MetricsReport,
  type ReasonRow,
} from "./report.js";
export { statsMarkdown, type StatsMarkdownOptions } from "./stats-markdown.js";
export { customWindow, lastDays, MAX_WINDOW_DAYS, MetricsWindowError, parseDays, type MetricsWindow } from "./window.js";
