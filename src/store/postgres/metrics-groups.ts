/**
 * `metricsGroups`: the whole cohort in one statement. A CTE builds one row of
 * facts per interview (first reply, working-hours latency, outcome flags), then
 * GROUPING SETS aggregate it overall and per channel, position, recruiter,
 * weekday, hour and weekday × hour in a single scan.
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
import { FIRST_REPLY, cohortWhere, count, num, queryRows } from "./metrics-cohort.js";

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

/**
 * Seconds of [created_at, r.at] inside working hours: per local calendar day
 * between the two, the overlap with [start, end) if that weekday works.
 */
function workingSeconds(calendar: MetricsCalendar): SQL {
  const tz = calendar.timeZone;
  const weekdays = `{${calendar.workWeekdays.map((d) => Math.trunc(d)).join(",")}}`;
  return sql`(select coalesce(sum(greatest(0, extract(epoch from
      least(r.at, (d + make_interval(mins => ${calendar.workEndMinute}::int)) at time zone ${tz})
      - greatest(i.created_at, (d + make_interval(mins => ${calendar.workStartMinute}::int)) at time zone ${tz})
    ))), 0)::float8
    from generate_series((i.created_at at time zone ${tz})::date::timestamp, (r.at at time zone ${tz})::date::timestamp, interval '1 day') d
    where extract(dow from d)::int = any(${weekdays}::int[]))`;
}

function latencyColumns(column: string, prefix: string): SQL {
  const c = sql.raw(column);
  const p = (name: string) => sql.raw(`${prefix}_${name}`);
  return sql`count(${c})::int as ${p("n")},
    percentile_cont(0.5) within group (order by ${c}) as ${p("p50")},
    percentile_cont(0.9) within group (order by ${c}) as ${p("p90")},
    avg(${c})::float8 as ${p("mean")},
    (count(*) filter (where ${c} > 86400))::int as ${p("over")}`;
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

export async function metricsGroups(ctx: PgContext, filter: MetricsFilter, calendar: MetricsCalendar): Promise<MetricsGroupRow[]> {
  const tz = calendar.timeZone;
  const query = sql`with f as (
    select coalesce(c.source_channel, '') as channel, i.position, i.recruiter_userid as recruiter,
      extract(dow from i.scheduled_at at time zone ${tz})::int as wd,
      extract(hour from i.scheduled_at at time zone ${tz})::int as hr,
      extract(epoch from r.at - i.created_at)::float8 as lat,
      case when r.at is null then null else ${workingSeconds(calendar)} end as wlat,
      t.confirmed, t.rescheduled, t.cancelled, t.completed, t.attendance
    from interviews i
    join candidates c on c.id = i.candidate_id
    ${FIRST_REPLY}
    left join lateral (
      select bool_or(tr.to_status = 'confirmed') as confirmed,
        bool_or(tr.to_status in ('reschedule_requested', 'rescheduled')) as rescheduled,
        bool_or(tr.to_status = 'cancelled') as cancelled,
        bool_or(tr.to_status = 'completed') as completed,
        (array_agg(tr.to_status order by tr.id desc) filter (where tr.to_status in ('checked_in', 'no_show', 'completed')))[1] as attendance
      from interview_transitions tr where tr.interview_id = i.id
    ) t on true
    where ${cohortWhere(filter)}
  )
  select grouping(channel, position, recruiter, wd, hr)::int as g, channel, position, recruiter, wd, hr,
    count(*)::int as invited,
    count(lat)::int as replied,
    (count(*) filter (where confirmed))::int as confirmed,
    (count(*) filter (where rescheduled))::int as rescheduled,
    (count(*) filter (where cancelled))::int as cancelled,
    (count(*) filter (where attendance in ('checked_in', 'completed')))::int as attended,
    (count(*) filter (where attendance = 'no_show'))::int as no_show,
    (count(*) filter (where completed))::int as completed,
    ${latencyColumns("lat", "l")},
    ${latencyColumns("wlat", "w")},
    ${bucketColumns()}
  from f
  group by grouping sets ((), (channel), (position), (recruiter), (wd), (hr), (wd, hr))`;
  const rows = await queryRows<Record<string, unknown>>(ctx, query);
  const out: MetricsGroupRow[] = [];
  for (const row of rows) {
    const dimension = DIMENSIONS[count(row.g)];
    if (!dimension) continue;
    // An empty cohort still yields the () row, with zero counts.
    out.push({
      dimension,
      key: keyOf(dimension, row),
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
  return {
    count: count(row[`${prefix}_n`]),
    medianSeconds: num(row[`${prefix}_p50`]),
    p90Seconds: num(row[`${prefix}_p90`]),
    meanSeconds: num(row[`${prefix}_mean`]),
    over24h: count(row[`${prefix}_over`]),
  };
}
