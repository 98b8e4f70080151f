import { DEFAULT_FLOW_POLICY } from "../../config/flow-settings.js";
import type { MetricsCalendar } from "../store/types.js";

/** `HH:MM` → minutes after midnight. */
function minutes(clock: string): number {
  const [h, m] = clock.split(":").map(Number) as [number, number];
  return h * 60 + m;
}

/**
 * The business calendar of the metrics: the configured time zone and the
 * working hours of the reschedule policy (default Mon–Fri 09:00–18:00), so
 * "working-hours reply latency" means the same hours recruiters work.
 */
export function metricsCalendar(
  timeZone: string,
  policy: { workingHours: { start: string; end: string }; workingWeekdays: readonly number[] } = DEFAULT_FLOW_POLICY,
): MetricsCalendar {
  return {
    timeZone,
    workStartMinute: minutes(policy.workingHours.start),
    workEndMinute: minutes(policy.workingHours.end),
    workWeekdays: [...policy.workingWeekdays],
  };
}
