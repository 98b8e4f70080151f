/**
 * The metrics report of one window and filter set: everything the dashboard,
 * its JSON API, the CSV export and `/stats` show, assembled from the store's
 * aggregates (see `store/contract/metrics.ts` for the counts, `rates.ts` for
 * the rates).
 */
import type { Store } from "../store/store.js";
import {
  LATENCY_BUCKET_EDGES_HOURS,
  type FunnelCounts,
  type LatencyStats,
  type MetricsCalendar,
  type MetricsDimension,
  type MetricsFilter,
  type MetricsGroupRow,
} from "../store/types.js";
import { channelLabel, nudgeKindLabel, reasonLabel, weekdayLabel } from "./labels.js";
import { FUNNEL_STAGES, ratesOf, ratio, type Rates } from "./rates.js";
import type { MetricsWindow } from "./window.js";

/** Answers within this long after a reminder count as "replied to the reminder". */
export const REMINDER_REPLY_WINDOW_MS = 6 * 3_600_000;

/** Event types the report counts (by event time). */
export const COUNTED_EVENTS = {
  kfWindowExhausted: "kf.window_exhausted",
  handoffs: "conversation.handed_off",
  highRisk: "interview.high_risk",
} as const;

export interface MetricsFilters {
  position?: string;
  sourceChannel?: string;
  recruiterUserId?: string;
}

export interface GroupReport {
  key: string;
  label: string;
  counts: FunnelCounts;
  rates: Rates;
  latency: LatencyStats;
}

export interface MetricsReport {
  window: { from: string; before: string; days: number };
  filters: MetricsFilters;
  overall: GroupReport & { workingLatency: LatencyStats };
  funnel: Array<{ key: string; label: string; count: number }>;
  latencyHistogram: Array<{ label: string; count: number }>;
  breakdowns: Record<"channel" | "position" | "recruiter" | "weekday" | "hour", GroupReport[]>;
  /** No-show heatmap cells, weekday 0–6 × hour 0–23 (only those with interviews). */
  heatmap: Array<{ weekday: number; hour: number; invited: number; noShow: number; attended: number; noShowRate: number | null }>;
  reasons: { cancel: ReasonRow[]; reschedule: ReasonRow[] };
  reminders: Array<{ kind: string; label: string; sent: number; replied: number; share: number | null }>;
  kfWindowExhausted: number;
  handoffs: number;
  highRiskAlerts: number;
}

export interface ReasonRow {
  reason: string | null;
  label: string;
  count: number;
}

/** Labels of the histogram buckets: <1 h, 1–4 h, …, ≥72 h. */
export function latencyBucketLabels(): string[] {
  const edges = LATENCY_BUCKET_EDGES_HOURS;
  return [`<${edges[0]}小时`, ...edges.slice(1).map((e, i) => `${edges[i]}–${e}小时`), `≥${edges[edges.length - 1]}小时`];
}

const EMPTY_COUNTS: FunnelCounts = { invited: 0, replied: 0, confirmed: 0, rescheduled: 0, cancelled: 0, attended: 0, noShow: 0, completed: 0 };
const EMPTY_LATENCY: LatencyStats = { count: 0, medianSeconds: null, p90Seconds: null, meanSeconds: null, over24h: 0 };

function groupReport(row: MetricsGroupRow, label: string): GroupReport {
  return { key: row.key, label, counts: row.counts, rates: ratesOf(row.counts, row.latency), latency: row.latency };
}

function labelOf(dimension: MetricsDimension, key: string): string {
  switch (dimension) {
    case "channel":
      return channelLabel(key);
    case "weekday":
      return weekdayLabel(Number(key));
    case "hour":
      return `${key.padStart(2, "0")}:00`;
    default:
      return key;
  }
}

/** Builds the report: four store aggregates, then rates and labels in memory. */
export async function buildMetricsReport(
  store: Store,
  request: { window: MetricsWindow; filters?: MetricsFilters; calendar: MetricsCalendar },
): Promise<MetricsReport> {
  const filters = request.filters ?? {};
  const filter: MetricsFilter = { from: request.window.from, before: request.window.before, ...filters };
  const [groups, reasons, reminders, events] = await Promise.all([
    store.metricsGroups(filter, request.calendar),
    store.metricsReasons(filter),
    store.metricsReminders(filter, REMINDER_REPLY_WINDOW_MS),
    store.metricsEventCounts(filter, Object.values(COUNTED_EVENTS)),
  ]);
  const all = groups.find((g) => g.dimension === "all");
  const overallRow: MetricsGroupRow = all ?? {
    dimension: "all",
    key: "",
    counts: EMPTY_COUNTS,
    latency: EMPTY_LATENCY,
    workingLatency: EMPTY_LATENCY,
    latencyBuckets: latencyBucketLabels().map(() => 0),
  };
  const by = (dimension: MetricsDimension, sort: (a: GroupReport, b: GroupReport) => number): GroupReport[] =>
    groups
      .filter((g) => g.dimension === dimension)
      .map((g) => groupReport(g, labelOf(dimension, g.key)))
      .sort(sort);
  const byVolume = (a: GroupReport, b: GroupReport) => b.counts.invited - a.counts.invited || a.key.localeCompare(b.key);
  const byNumber = (a: GroupReport, b: GroupReport) => Number(a.key) - Number(b.key);
  const eventCount = (type: string) => events.find((e) => e.type === type)?.count ?? 0;
  const reasonRows = (to: "cancelled" | "reschedule_requested"): ReasonRow[] =>
    reasons.filter((r) => r.to === to).map((r) => ({ reason: r.reason, label: reasonLabel(r.reason), count: r.count }));
  const bucketLabels = latencyBucketLabels();

  return {
    window: { from: request.window.from.toISOString(), before: request.window.before.toISOString(), days: request.window.days },
    filters,
    overall: { ...groupReport(overallRow, "全部"), workingLatency: overallRow.workingLatency },
    funnel: FUNNEL_STAGES.map((s) => ({ key: s.key, label: s.label, count: overallRow.counts[s.key] })),
    latencyHistogram: bucketLabels.map((label, i) => ({ label, count: overallRow.latencyBuckets[i] ?? 0 })),
    breakdowns: {
      channel: by("channel", byVolume),
      position: by("position", byVolume),
      recruiter: by("recruiter", byVolume),
      weekday: by("weekday", byNumber),
      hour: by("hour", byNumber),
    },
    heatmap: groups
      .filter((g) => g.dimension === "weekday_hour")
      .map((g) => {
        const [weekday, hour] = g.key.split(":").map(Number) as [number, number];
        const { invited, noShow, attended } = g.counts;
        return { weekday, hour, invited, noShow, attended, noShowRate: ratio(noShow, noShow + attended) };
      })
      .sort((a, b) => a.weekday - b.weekday || a.hour - b.hour),
    reasons: { cancel: reasonRows("cancelled"), reschedule: reasonRows("reschedule_requested") },
    reminders: reminders.map((r) => ({ kind: r.kind, label: nudgeKindLabel(r.kind), sent: r.sent, replied: r.replied, share: ratio(r.replied, r.sent) })),
    kfWindowExhausted: eventCount(COUNTED_EVENTS.kfWindowExhausted),
    handoffs: eventCount(COUNTED_EVENTS.handoffs),
    highRiskAlerts: eventCount(COUNTED_EVENTS.highRisk),
  };
}
