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
import { dayBounds, edgeFacts, factSums, rollupAttributes, SUM_COLUMNS, summed } from "./metrics-rollup-sql.js";

const SUMS = sql.raw(SUM_COLUMNS.join(", "));

/** all / channel / position / recruiter rows (GROUPING bitmask as in the direct statement). */
function attributeGroups(filter: MetricsFilter, calendar: MetricsCalendar): SQL {
  return sql`with ${dayBounds(filter, calendar)},
  r as (
    select d.channel, d.position, d.recruiter, ${SUMS} from metrics_daily d, b
    where d.day >= b.d1 and d.day < b.d2 and ${rollupAttributes(filter, "d")}
    union all
    select f.channel, f.position, f.recruiter, ${factSums()} from metrics_facts f, b
    where ${edgeFacts(filter)} and ${rollupAttributes(filter, "f")}
  )
  select (grouping(channel, position, recruiter) * 4 + 3)::int as g, channel, position, recruiter, ${summed()}
  from r group by grouping sets ((), (channel), (position), (recruiter))`;
}

/** weekday / hour / weekday × hour rows; with an attribute filter straight from the facts. */
function slotGroups(filter: MetricsFilter, calendar: MetricsCalendar): SQL {
  const source = hasAttributeFilter(filter)
    ? sql`select f.wd, f.hr, ${factSums()} from metrics_facts f, b
        where f.created_at >= ${ts(filter.from)} and f.created_at < ${ts(filter.before)} and ${rollupAttributes(filter, "f")}`
    : sql`select s.wd, s.hr, ${SUMS} from metrics_daily_slots s, b where s.day >= b.d1 and s.day < b.d2
        union all
        select f.wd, f.hr, ${factSums()} from metrics_facts f, b where ${edgeFacts(filter)}`;
  return sql`with ${dayBounds(filter, calendar)}, r as (${source})
  select (28 + grouping(wd, hr))::int as g, wd, hr, ${summed()}
  from r group by grouping sets ((wd), (hr), (wd, hr))`;
}

export async function metricsGroupsFromRollups(ctx: PgContext, filter: MetricsFilter, calendar: MetricsCalendar): Promise<MetricsGroupRow[]> {
  await refreshMetricsRollups(ctx, calendar);
  // No refresh may commit between the counts and the probes: the ranks probed are those of the counted rows.
  return readRollups(ctx, async (c) => {
    const attrs = await queryRows<Record<string, unknown>>(c, attributeGroups(filter, calendar));
    const slots = await queryRows<Record<string, unknown>>(c, slotGroups(filter, calendar));
    const groups: PercentileGroup[] = attrs.map((row) => {
      const column = ({ 31: null, 15: "channel", 23: "position", 27: "recruiter" } as const)[Number(row.g) as 31 | 15 | 23 | 27];
      return { column, key: column === null ? "" : String(row[column]), replied: Number(row.replied ?? 0) };
    });
    const probes = percentileProbes(filter, groups);
    const [probeRow] = probes ? await queryRows<Record<string, unknown>>(c, probes) : [{}];
    attrs.forEach((row, gi) => {
      const group = groups[gi]!;
      const replied = Number(row.replied ?? 0);
      [row.l_pct] = [percentilesOf(probeRow ?? {}, gi, group, "lat")];
      [row.w_pct] = [percentilesOf(probeRow ?? {}, gi, group, "wlat")];
      row.l_n = replied;
      row.w_n = replied;
      row.l_mean = replied > 0 ? Number(row.l_sum) / replied : null;
      row.w_mean = replied > 0 ? Number(row.w_sum) / replied : null;
    });
    for (const row of slots) {
      const replied = Number(row.replied ?? 0);
      row.l_n = replied;
      row.w_n = replied;
      row.l_mean = replied > 0 ? Number(row.l_sum) / replied : null;
      row.w_mean = replied > 0 ? Number(row.w_sum) / replied : null;
    }
    return [...attrs, ...slots].flatMap((row) => groupRowOf(row) ?? []);
  });
}
