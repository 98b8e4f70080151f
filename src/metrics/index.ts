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
export { interviewRisk } from "./interview-risk.js";
export { customWindow, lastDays, MAX_WINDOW_DAYS, MetricsWindowError, parseDays, type MetricsWindow } from "./window.js";
export { calibrate, type CalibrationReport, type ReliabilityBin } from "./calibration.js";
export { fitLogistic, logit, sigmoid } from "./logistic.js";
export { FEATURES, featuresOf, groupRates, RATE_SMOOTHING, RECONFIRM_GRACE_MS, type Feature, type GroupRates } from "./risk-features.js";
export { estimateRisk, fitRiskModel, PRIOR_RATE, PRIOR_WEIGHTS, SMALL_HISTORY, type RiskEstimate, type RiskModel } from "./risk-model.js";
export { riskReasons } from "./risk-reasons.js";
export {
  ACTIVE_STATUSES,
  flagHighRiskInterviews,
  HIGH_RISK_EVENT,
  levelOf,
  loadRiskModel,
  RISK_THRESHOLDS,
  RiskModelCache,
  scoreFact,
  scoreUpcoming,
  type RiskLevel,
  type RiskOptions,
  type RiskScore,
} from "./risk.js";
