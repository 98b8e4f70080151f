/**
 * `metricsGroups` from the rollups: whole business days from `metrics_daily`
 * (and `metrics_daily_slots`), the window's partial first and last day from
 * `metrics_facts` one row each, summed per grouping set; then exact median
 * and p90 by index probes ({@link percentileProbes}). Same result as the
 * direct statement in `metrics-groups.ts` (a test holds them equal), without
 * reading every interview of the cohort.
 */
import { sql, type SQL } from "drizzle-orm";
import type { MetricsCalendar, MetricsFilter, MetricsGroupRow } from "../contract/metrics.js";
import type { PgContext } from "./context.js";
import { hasAttributeFilter, queryRows, ts } from "./metrics-cohort.js";
import { groupRowOf } from "./metrics-groups.js";
import { percentileProbes, percentilesOf, type PercentileGroup } from "./metrics-percentiles.js";
import { readRollups, refreshMetricsRollups } from "./metrics-rollup-refresh.js";
import { edgeFacts, factSums, fullDays, rollupAttributes, SUM_COLUMNS, summed, windowDays, type WindowDays } from "./metrics-rollup-sql.js";

const SUMS = sql.raw(SUM_COLUMNS.join(", "));

/** all / channel / position / recruiter rows (GROUPING bitmask as in the direct statement). */
function attributeGroups(filter: MetricsFilter, days: WindowDays): SQL {
  return sql`with r as (
    select d.channel, d.position, d.recruiter, ${SUMS} from metrics_daily d
    where ${fullDays(days, "d")} and ${rollupAttributes(filter, "d")}
    union all
    select f.channel, f.position, f.recruiter, ${factSums()} from metrics_facts f
    where ${edgeFacts(days)} and ${rollupAttributes(filter, "f")}
  )
  select (grouping(channel, position, recruiter) * 4 + 3)::int as g, channel, position, recruiter, ${summed()}
  from r group by grouping sets ((), (channel), (position), (recruiter))`;
}

/** weekday / hour / weekday × hour rows; with an attribute filter straight from the facts. */
function slotGroups(filter: MetricsFilter, days: WindowDays): SQL {
  const source = hasAttributeFilter(filter)
    ? sql`select f.wd, f.hr, ${factSums()} from metrics_facts f
        where f.created_at >= ${ts(filter.from)} and f.created_at < ${ts(filter.before)} and ${rollupAttributes(filter, "f")}`
    : sql`select s.wd, s.hr, ${SUMS} from metrics_daily_slots s where ${fullDays(days, "s")}
        union all
        select f.wd, f.hr, ${factSums()} from metrics_facts f where ${edgeFacts(days)}`;
  return sql`with r as (${source})
  select (28 + grouping(wd, hr))::int as g, wd, hr, ${summed()}
  from r group by grouping sets ((wd), (hr), (wd, hr))`;
}

/**
 * Below this many replies in the cohort, sorting them (`percentile_cont`) is
 * cheaper than 64 index probes; both are exact.
 */
export const SORT_PERCENTILES_BELOW = 12_000;

/** Median and p90 by sorting the cohort's facts: the small-cohort path. */
function sortedPercentiles(filter: MetricsFilter): SQL {
  const pct = (c: string) => sql.raw(`percentile_cont(array[0.5, 0.9]::float8[]) within group (order by f.${c})`);
  return sql`select (grouping(channel, position, recruiter) * 4 + 3)::int as g, channel, position, recruiter,
      ${pct("lat")} as l_pct, ${pct("wlat")} as w_pct
    from metrics_facts f
    where f.created_at >= ${ts(filter.from)} and f.created_at < ${ts(filter.before)} and f.lat is not null and ${rollupAttributes(filter, "f")}
    group by grouping sets ((), (channel), (position), (recruiter))`;
}

const COLUMN_OF = { 31: null, 15: "channel", 23: "position", 27: "recruiter" } as const;

function groupOf(row: Record<string, unknown>): PercentileGroup {
  const column = COLUMN_OF[Number(row.g) as keyof typeof COLUMN_OF] ?? null;
  return { column, key: column === null ? "" : String(row[column]), replied: Number(row.replied ?? 0) };
}

/** Adds the latency columns the direct statement has (count, mean) from the sums. */
function withMeans(row: Record<string, unknown>): Record<string, unknown> {
  const replied = Number(row.replied ?? 0);
  return { ...row, l_n: replied, w_n: replied, l_mean: replied > 0 ? Number(row.l_sum) / replied : null, w_mean: replied > 0 ? Number(row.w_sum) / replied : null };
}

/** all / channel / position / recruiter rows with exact median and p90, in one snapshot. */
function attributeRows(ctx: PgContext, filter: MetricsFilter, days: WindowDays, sortBelow: number): Promise<Array<Record<string, unknown>>> {
  // No refresh may commit between the counts and the probes: the ranks probed are those of the counted rows.
  return readRollups(ctx, async (c) => {
    const attrs = await queryRows<Record<string, unknown>>(c, attributeGroups(filter, days));
    const groups = attrs.map(groupOf);
    const total = groups.find((g) => g.column === null)?.replied ?? 0;
    if (total === 0) return attrs.map(withMeans);
    if (total < sortBelow) {
      const pct = await queryRows<Record<string, unknown>>(c, sortedPercentiles(filter));
      const byKey = new Map(pct.map((r) => [`${String(r.g)}|${groupOf(r).key}`, r]));
      return attrs.map((row, gi) => {
        const found = byKey.get(`${String(row.g)}|${groups[gi]!.key}`);
        return withMeans({ ...row, l_pct: found?.l_pct ?? null, w_pct: found?.w_pct ?? null });
      });
    }
    const probes = percentileProbes(filter, groups);
    const [probeRow = {}] = probes ? await queryRows<Record<string, unknown>>(c, probes) : [];
    return attrs.map((row, gi) =>
      withMeans({ ...row, l_pct: percentilesOf(probeRow, gi, groups[gi]!, "lat"), w_pct: percentilesOf(probeRow, gi, groups[gi]!, "wlat") }),
    );
  });
}

/** `options.sortBelow` (default {@link SORT_PERCENTILES_BELOW}) lets tests force either percentile path. */
export async function metricsGroupsFromRollups(
  ctx: PgContext,
  filter: MetricsFilter,
  calendar: MetricsCalendar,
  options: { sortBelow?: number } = {},
): Promise<MetricsGroupRow[]> {
  await refreshMetricsRollups(ctx, calendar);
  const days = await windowDays(ctx, filter, calendar);
  // Slots need no common snapshot with the rest: on a server they run on another connection meanwhile.
  const [attrs, slots] = await Promise.all([
    attributeRows(ctx, filter, days, options.sortBelow ?? SORT_PERCENTILES_BELOW),
    readRollups(ctx, (c) => queryRows<Record<string, unknown>>(c, slotGroups(filter, days))),
  ]);
  return [...attrs, ...slots.map(withMeans)].flatMap((row) => groupRowOf(row) ?? []);
}
