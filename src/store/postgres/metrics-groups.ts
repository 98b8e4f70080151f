/**
 * `metricsGroups`: the whole cohort in one statement. A CTE reads one row of
 * facts per interview (the metrics columns `logMessage` and
 * `transitionInterview` keep on `interviews`, plus the working-hours latency),
 * then GROUPING SETS aggregate it overall and per channel, position,
 * recruiter, weekday, hour and weekday × hour in a single scan.
 */
import { sql, type SQL } from "drizzle-orm";
import {
  LATENCY_BUCKET_EDGES_HOURS,
  type LatencyStats,
  type MetricsCalendar,
  type MetricsDimension,
  type MetricsFilter,
  type MetricsGroupRow,
} from "../contract/metrics.js";
import type { PgContext } from "./context.js";
import { analyticRows, cohortWhere, count, num } from "./metrics-cohort.js";
import { workingSecondsBetween } from "./metrics-working-time.js";

/** GROUPING(channel, position, recruiter, wd, hr) bitmask → dimension (1 = column not grouped). */
const DIMENSIONS: Record<number, MetricsDimension> = {
  31: "all",
  15: "channel",
  23: "position",
  27: "recruiter",
  29: "weekday",
  30: "hour",
  28: "weekday_hour",
};

/** Count, mean and share over 24 h: plain aggregates, so grouping sets can hash. */
function latencyColumns(column: string, prefix: string): SQL {
  const c = sql.raw(column);
  const p = (name: string) => sql.raw(`${prefix}_${name}`);
  return sql`count(${c})::int as ${p("n")},
    avg(${c})::float8 as ${p("mean")},
    (count(*) filter (where ${c} > 86400))::int as ${p("over")}`;
}

/** Median and p90 in one sort per column and group. */
function percentileColumns(column: string, prefix: string): SQL {
  return sql`percentile_cont(array[0.5, 0.9]::float8[]) within group (order by ${sql.raw(column)}) as ${sql.raw(`${prefix}_pct`)}`;
}

function bucketColumns(): SQL {
  const edges = LATENCY_BUCKET_EDGES_HOURS.map((h) => h * 3600);
  const parts = [...edges, Infinity].map((upper, k) => {
    const lower = k === 0 ? 0 : edges[k - 1]!;
    const cond = upper === Infinity ? sql`lat >= ${lower}` : sql`lat >= ${lower} and lat < ${upper}`;
    return sql`(count(*) filter (where ${cond}))::int as ${sql.raw(`b${k}`)}`;
  });
  return sql.join(parts, sql`, `);
}

/**
 * One row of facts per cohort interview. Times are turned into wall-clock
 * values once per row (materialised), because zone conversion is the costly
 * part of the scan and the working-hours clock needs them several times.
 */
function facts(filter: MetricsFilter, calendar: MetricsCalendar): SQL {
  const tz = calendar.timeZone;
  return sql`z as materialized (
    select coalesce(c.source_channel, '') as channel, i.position, i.recruiter_userid as recruiter,
      i.scheduled_at at time zone ${tz} as scheduled_local,
      i.created_at at time zone ${tz} as created_local,
      i.first_reply_at at time zone ${tz} as reply_local,
      date_part('epoch', i.first_reply_at - i.created_at) as lat,
      i.ever_confirmed as confirmed, i.ever_rescheduled as rescheduled, i.ever_cancelled as cancelled,
      i.ever_completed as completed, i.attendance
    from interviews i
    join candidates c on c.id = i.candidate_id
    where ${cohortWhere(filter)}
  ), f as materialized (
    select channel, position, recruiter,
      date_part('dow', scheduled_local)::int as wd,
      date_part('hour', scheduled_local)::int as hr,
      lat,
      case when reply_local is null then null else ${workingSecondsBetween(sql`created_local`, sql`reply_local`, calendar)} end as wlat,
      confirmed, rescheduled, cancelled, completed, attendance
    from z
  )`;
}

/**
 * The statement of {@link metricsGroups}: facts once, then counts, means and
 * histogram for every grouping set (plain aggregates, so PostgreSQL can hash
 * them) joined with median and p90 overall and per channel, position and
 * recruiter. The slot groups carry no percentiles: a reply's speed says
 * nothing about the interview's weekday, and each percentile is a sort.
 */
export function metricsGroupsQuery(filter: MetricsFilter, calendar: MetricsCalendar): SQL {
  return sql`with ${facts(filter, calendar)},
  counts as (
    select grouping(channel, position, recruiter, wd, hr)::int as g, channel, position, recruiter, wd, hr,
      count(*)::int as invited,
      count(lat)::int as replied,
      (count(*) filter (where confirmed))::int as confirmed,
      (count(*) filter (where rescheduled))::int as rescheduled,
      (count(*) filter (where cancelled))::int as cancelled,
      (count(*) filter (where attendance = 'attended'))::int as attended,
      (count(*) filter (where attendance = 'no_show'))::int as no_show,
      (count(*) filter (where completed))::int as completed,
      ${latencyColumns("lat", "l")},
      ${latencyColumns("wlat", "w")},
      ${bucketColumns()}
    from f
    group by grouping sets ((), (channel), (position), (recruiter), (wd), (hr), (wd, hr))
  ),
  pct as (
    select grouping(channel, position, recruiter)::int as pg, channel, position, recruiter,
      ${percentileColumns("lat", "l")}, ${percentileColumns("wlat", "w")}
    from f
    group by grouping sets ((), (channel), (position), (recruiter))
  )
  select counts.*, pct.l_pct, pct.w_pct
  from counts
  left join pct on (counts.g, pct.pg) in ((31, 7), (15, 3), (23, 5), (27, 6))
    and counts.channel is not distinct from pct.channel
    and counts.position is not distinct from pct.position
    and counts.recruiter is not distinct from pct.recruiter`;
}

export async function metricsGroups(ctx: PgContext, filter: MetricsFilter, calendar: MetricsCalendar): Promise<MetricsGroupRow[]> {
  const rows = await analyticRows<Record<string, unknown>>(ctx, metricsGroupsQuery(filter, calendar));
  const out: MetricsGroupRow[] = [];
  for (const row of rows) {
    const dimension = DIMENSIONS[count(row.g)];
    if (!dimension) continue;
    // An empty cohort still yields the () row, with zero counts.
    const key = keyOf(dimension, row);
    out.push({
      dimension,
      key,
      counts: {
        invited: count(row.invited),
        replied: count(row.replied),
        confirmed: count(row.confirmed),
        rescheduled: count(row.rescheduled),
        cancelled: count(row.cancelled),
        attended: count(row.attended),
        noShow: count(row.no_show),
        completed: count(row.completed),
      },
      latency: latencyOf(row, "l"),
      workingLatency: latencyOf(row, "w"),
      latencyBuckets: Array.from({ length: LATENCY_BUCKET_EDGES_HOURS.length + 1 }, (_, k) => count(row[`b${k}`])),
    });
  }
  return out;
}

function keyOf(dimension: MetricsDimension, row: Record<string, unknown>): string {
  switch (dimension) {
    case "all":
      return "";
    case "channel":
      return String(row.channel);
    case "position":
      return String(row.position);
    case "recruiter":
      return String(row.recruiter);
    case "weekday":
      return String(count(row.wd));
    case "hour":
      return String(count(row.hr));
    case "weekday_hour":
      return `${count(row.wd)}:${count(row.hr)}`;
  }
}

function latencyOf(row: Record<string, unknown>, prefix: string): LatencyStats {
  const [median, p90] = Array.isArray(row[`${prefix}_pct`]) ? (row[`${prefix}_pct`] as unknown[]) : [];
  return {
    count: count(row[`${prefix}_n`]),
    medianSeconds: num(median),
    p90Seconds: num(p90),
    meanSeconds: num(row[`${prefix}_mean`]),
    over24h: count(row[`${prefix}_over`]),
  };
}
