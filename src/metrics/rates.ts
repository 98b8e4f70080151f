/**
 * Rates derived from {@link FunnelCounts}: each defined here and only here
 * (the README's "Metrics" section says the same in prose). A rate whose
 * denominator is zero is null ("no data"), never 0 or NaN.
 */
import type { FunnelCounts, LatencyStats } from "../store/types.js";

export interface Rates {
  /** replied / invited */
  reply: number | null;
  /** confirmed / invited */
  confirm: number | null;
  /** rescheduled (asked for or got a new time) / invited */
  reschedule: number | null;
  /** cancelled / invited */
  cancel: number | null;
  /** attended (checked in or completed) / invited */
  checkIn: number | null;
  /** completed / invited */
  completion: number | null;
  /** noShow / (noShow + attended): of interviews whose attendance is known */
  noShow: number | null;
  /** first replies later than 24 h / replied */
  lateReply: number | null;
}

export function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}

export function ratesOf(counts: FunnelCounts, latency: LatencyStats): Rates {
  const { invited } = counts;
  return {
    reply: ratio(counts.replied, invited),
    confirm: ratio(counts.confirmed, invited),
    reschedule: ratio(counts.rescheduled, invited),
    cancel: ratio(counts.cancelled, invited),
    checkIn: ratio(counts.attended, invited),
    completion: ratio(counts.completed, invited),
    noShow: ratio(counts.noShow, counts.noShow + counts.attended),
    lateReply: ratio(latency.over24h, latency.count),
  };
}

/** The funnel invited → replied → confirmed → checked in → completed, in order. */
export const FUNNEL_STAGES = [
  { key: "invited", label: "已邀约" },
  { key: "replied", label: "已回复" },
  { key: "confirmed", label: "已确认" },
  { key: "attended", label: "已签到" },
  { key: "completed", label: "已完成" },
] as const satisfies ReadonlyArray<{ key: keyof FunnelCounts; label: string }>;
