/**
 * Exact median and p90 without sorting the cohort: with the group's reply
 * count N known (from the rollups), PostgreSQL's `percentile_cont(p)` is
 * v[lo] + (v[hi] − v[lo]) × (p(N−1) − lo) with lo = ⌊p(N−1)⌋, hi = ⌈p(N−1)⌉ over
 * the sorted values v. v[lo] and v[hi] are read by walking the
 * `metrics_facts_*lat_idx` indexes from whichever end is nearer (OFFSET …
 * LIMIT 2), and combined here with the same float arithmetic as PostgreSQL's
 * `float8_lerp`, so the result equals `percentile_cont` of the direct path.
 */
import { sql, type SQL } from "drizzle-orm";
import type { MetricsFilter } from "../contract/metrics.js";
import { num, ts } from "./metrics-cohort.js";
import { rollupAttributes } from "./metrics-rollup-sql.js";

export const PERCENTILES = [0.5, 0.9] as const;

/** One group whose latency percentiles are wanted: its extra condition and reply count. */
export interface PercentileGroup {
  /** Dimension column of metrics_facts, or null for the whole cohort. */
  column: "channel" | "position" | "recruiter" | null;
  key: string;
  replied: number;
}

interface Probe {
  lo: number;
  hi: number;
  desc: boolean;
}

function probeOf(p: number, n: number): Probe {
  const position = p * (n - 1);
  const lo = Math.floor(position);
  const hi = Math.ceil(position);
  return { lo, hi, desc: lo > (n - 1) / 2 };
}

/** `array(…)` of the values of ranks lo..hi of `clock` in the group (descending probes return them reversed). */
function probeSql(filter: MetricsFilter, group: PercentileGroup, clock: "lat" | "wlat", probe: Probe, n: number): SQL {
  const c = sql.raw(clock);
  const groupCond = group.column === null ? sql`true` : sql`${sql.raw(`f.${group.column}`)} = ${group.key}`;
  const count = probe.hi - probe.lo + 1;
  const offset = probe.desc ? n - 1 - probe.hi : probe.lo;
  return sql`array(select f.${c} from metrics_facts f
    where f.${c} is not null and ${groupCond} and ${rollupAttributes(filter, "f")}
      and f.created_at >= ${ts(filter.from)} and f.created_at < ${ts(filter.before)}
    order by f.${c} ${sql.raw(probe.desc ? "desc" : "asc")} offset ${offset} limit ${count})`;
}

/** One statement answering every probe: a row with one array column per (group, clock, percentile). */
export function percentileProbes(filter: MetricsFilter, groups: readonly PercentileGroup[]): SQL | null {
  const columns: SQL[] = [];
  groups.forEach((g, gi) => {
    if (g.replied === 0) return;
    for (const clock of ["lat", "wlat"] as const) {
      PERCENTILES.forEach((p, pi) => {
        columns.push(sql`${probeSql(filter, g, clock, probeOf(p, g.replied), g.replied)} as ${sql.raw(`p_${gi}_${clock}_${pi}`)}`);
      });
    }
  });
  return columns.length === 0 ? null : sql`select ${sql.join(columns, sql`, `)}`;
}

/**
 * Median and p90 of one group and clock from the probe row, or nulls (no
 * replies, or a value missing because the data moved under the read).
 */
export function percentilesOf(row: Record<string, unknown>, gi: number, group: PercentileGroup, clock: "lat" | "wlat"): [number | null, number | null] {
  const out = PERCENTILES.map((p, pi) => {
    if (group.replied === 0) return null;
    const probe = probeOf(p, group.replied);
    const raw = row[`p_${gi}_${clock}_${pi}`];
    const values = (Array.isArray(raw) ? raw : parseArray(raw)).map(num);
    if (probe.desc) values.reverse();
    const low = values[0];
    const high = probe.hi === probe.lo ? low : values[1];
    if (low === null || low === undefined || high === null || high === undefined) return null;
    if (probe.hi === probe.lo) return low;
    // float8_lerp: loval + (pct * (hival - loval))
    return low + (p * (group.replied - 1) - probe.lo) * (high - low);
  });
  return [out[0] ?? null, out[1] ?? null];
}

/** A float8[] that arrived as text ("{1.5,2}") on a driver without array parsing for it. */
function parseArray(raw: unknown): unknown[] {
  if (typeof raw !== "string") return [];
  const inner = raw.replace(/^\{|\}$/g, "");
  return inner === "" ? [] : inner.split(",");
}
