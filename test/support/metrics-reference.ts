/**
 * Holds the store's rollup-backed metrics reads equal to the direct SQL
 * statements (`metrics-groups.ts`, `metrics-details.ts`: the definitions) on
 * the same database, for many windows and filters.
 */
import { expect } from "vitest";
import type { ManualClock } from "../../src/clock.js";
import { Random } from "../../src/seed/random.js";
import type { MetricsCalendar, MetricsFilter, MetricsGroupRow, Store } from "../../src/store/index.js";
import type { PgContext } from "../../src/store/postgres/context.js";
import { metricsReasons, metricsReminders } from "../../src/store/postgres/metrics-details.js";
import { metricsGroups } from "../../src/store/postgres/metrics-groups.js";
import { metricsGroupsFromRollups } from "../../src/store/postgres/metrics-rollup-groups.js";

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Means (floats summed in another order) agree to ~1e-12 relative; everything else must be identical. */
function closeTo(actual: number | null, expected: number | null, what: string): void {
  if (expected === null || actual === null) {
    expect(actual, what).toBe(expected);
    return;
  }
  expect(Math.abs(actual - expected), `${what}: ${actual} vs ${expected}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}

function sorted(rows: MetricsGroupRow[]): MetricsGroupRow[] {
  return [...rows].sort((a, b) => a.dimension.localeCompare(b.dimension) || a.key.localeCompare(b.key));
}

/** Compares every metrics read of the rollup path with the direct statements for `filter`. */
export async function expectSameMetrics(store: Store, direct: PgContext, filter: MetricsFilter, calendar: MetricsCalendar): Promise<void> {
  const label = JSON.stringify(filter);
  const slow = sorted(await metricsGroups(direct, filter, calendar));
  // The store's own choice of percentile path, then the index probes forced (small test cohorts would sort).
  expectSameGroups(sorted(await store.metricsGroups(filter, calendar)), slow, label);
  expectSameGroups(sorted(await metricsGroupsFromRollups(direct, filter, calendar, { sortBelow: 0 })), slow, `${label} (probes)`);
  expect(await store.metricsReasons(filter, calendar), label).toEqual(await metricsReasons(direct, filter));
  expect(await store.metricsReminders(filter, 6 * HOUR, calendar), label).toEqual(await metricsReminders(direct, filter, 6 * HOUR));
}

function expectSameGroups(fast: MetricsGroupRow[], slow: MetricsGroupRow[], label: string): void {
  expect(fast.map((r) => `${r.dimension}:${r.key}`), label).toEqual(slow.map((r) => `${r.dimension}:${r.key}`));
  fast.forEach((row, i) => {
    const ref = slow[i]!;
    const what = `${label} ${row.dimension}:${row.key}`;
    expect(row.counts, what).toEqual(ref.counts);
    expect(row.latencyBuckets, what).toEqual(ref.latencyBuckets);
    for (const clock of ["latency", "workingLatency"] as const) {
      expect(row[clock].count, what).toBe(ref[clock].count);
      expect(row[clock].over24h, what).toBe(ref[clock].over24h);
      // Percentiles are exact: the same float as percentile_cont, not merely close.
      expect(row[clock].medianSeconds, `${what} ${clock} median`).toBe(ref[clock].medianSeconds);
      expect(row[clock].p90Seconds, `${what} ${clock} p90`).toBe(ref[clock].p90Seconds);
      closeTo(row[clock].meanSeconds, ref[clock].meanSeconds, `${what} ${clock} mean`);
    }
  });
}

/**
 * Random windows up to `now` (whole days back, odd start and end times,
 * windows inside one day, empty ones) with random filters from the data.
 */
export function randomFilters(seed: number, now: Date, values: { channels: string[]; positions: string[]; recruiters: string[] }, count: number): MetricsFilter[] {
  const rng = new Random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[rng.int(0, xs.length - 1)]!;
  const out: MetricsFilter[] = [7, 30, 90].map((d) => ({ from: new Date(now.getTime() - d * DAY), before: now }));
  for (let i = 0; i < count; i++) {
    const from = new Date(now.getTime() - rng.int(0, 100 * 24) * HOUR - rng.int(0, 3_599_999));
    const before = new Date(Math.min(now.getTime() + DAY, from.getTime() + rng.int(1, 60 * 24) * HOUR + rng.int(0, 59) * 60_000));
    const filter: MetricsFilter = { from, before };
    if (rng.next() < 0.3) filter.position = pick(values.positions);
    if (rng.next() < 0.3) filter.sourceChannel = pick(values.channels);
    if (rng.next() < 0.3) filter.recruiterUserId = pick(values.recruiters);
    out.push(filter);
  }
  return out;
}

/** Writes a late reply and a late transition for the oldest active interview, at the current clock time. */
export async function writeLate(store: Store, clock: ManualClock): Promise<void> {
  const old = await store.findInterviews({ statuses: ["invited", "confirmed", "rescheduled"], limit: 1 });
  const target = old[0]?.interview;
  if (!target) throw new Error("no active interview to write late to");
  await store.logMessage({ direction: "in", channel: "kf", kind: "text", interviewId: target.id, text: "抱歉回复晚了", at: clock.now() });
  await store.transitionInterview({ interviewId: target.id, to: "cancelled", actor: "candidate", reason: "late_reply_test" });
}
