/**
 * SQL shared by the rollup writer and readers: the per-interview facts row
 * (the same expressions as the direct aggregate in `metrics-groups.ts`, so
 * both paths see identical values) and the summable columns of a group.
 */
import { sql, type SQL } from "drizzle-orm";
import { LATENCY_BUCKET_EDGES_HOURS, type MetricsCalendar, type MetricsFilter } from "../contract/metrics.js";
import type { PgContext } from "./context.js";
import { queryRows, ts } from "./metrics-cohort.js";
import { workingSecondsBetween } from "./metrics-working-time.js";

/** The calendar as stored in `metrics_rollup_state`: rollups of another calendar are rebuilt. */
export function calendarKey(calendar: MetricsCalendar): string {
  return JSON.stringify([calendar.timeZone, calendar.workStartMinute, calendar.workEndMinute, [...calendar.workWeekdays].sort()]);
}

/** A bigint[] / text[] parameter as one array literal (a JS array would become one parameter per item). */
export function arrayParam(values: readonly string[], type: "bigint" | "date"): SQL {
  const literal = `{${values.map((v) => `"${v.replace(/["\\]/g, "")}"`).join(",")}}`;
  return sql`${literal}::${sql.raw(type)}[]`;
}

/** `select` of metrics_facts rows for the interviews in `ids` (the column order of the table). */
export function factsSelect(ids: SQL, calendar: MetricsCalendar): SQL {
  const tz = calendar.timeZone;
  return sql`select id, created_at, created_local::date, channel, position, recruiter,
      date_part('dow', scheduled_local)::int2, date_part('hour', scheduled_local)::int2,
      lat,
      case when reply_local is null then null else ${workingSecondsBetween(sql`created_local`, sql`reply_local`, calendar)} end,
      confirmed, rescheduled, cancelled, completed, attendance
    from (
      select i.id, i.created_at, coalesce(c.source_channel, '') as channel, i.position, i.recruiter_userid as recruiter,
        i.scheduled_at at time zone ${tz} as scheduled_local,
        i.created_at at time zone ${tz} as created_local,
        i.first_reply_at at time zone ${tz} as reply_local,
        date_part('epoch', i.first_reply_at - i.created_at) as lat,
        i.ever_confirmed as confirmed, i.ever_rescheduled as rescheduled, i.ever_cancelled as cancelled,
        i.ever_completed as completed, i.attendance
      from interviews i
      join candidates c on c.id = i.candidate_id
      where i.id = any(${ids})
    ) z`;
}

/** Columns of `metrics_daily` / `metrics_daily_slots` after the group key, in table order. */
export const SUM_COLUMNS = [
  "invited", "replied", "confirmed", "rescheduled", "cancelled", "attended", "no_show", "completed",
  "l_sum", "l_over", "w_sum", "w_over", "b0", "b1", "b2", "b3", "b4", "b5", "b6",
] as const;

/** One facts row (alias f) as summable columns: what a rollup row holds for a single interview. */
export function factSums(): SQL {
  const edges = LATENCY_BUCKET_EDGES_HOURS.map((h) => h * 3600);
  const buckets = [...edges, Infinity].map((upper, k) => {
    const lower = k === 0 ? 0 : edges[k - 1]!;
    return upper === Infinity ? sql`(f.lat >= ${lower})::int` : sql`(f.lat >= ${lower} and f.lat < ${upper})::int`;
  });
  return sql`1 as invited, (f.lat is not null)::int as replied, f.confirmed::int as confirmed, f.rescheduled::int as rescheduled,
    f.cancelled::int as cancelled, (f.attendance = 'attended')::int as attended, (f.attendance = 'no_show')::int as no_show,
    f.completed::int as completed, f.lat as l_sum, (f.lat > 86400)::int as l_over, f.wlat as w_sum, (f.wlat > 86400)::int as w_over,
    ${sql.join(
      buckets.map((b, k) => sql`coalesce(${b}, 0) as ${sql.raw(`b${k}`)}`),
      sql`, `,
    )}`;
}

/** `sum(column)` of every summable column, named as the column. */
export function summed(): SQL {
  return sql.raw(SUM_COLUMNS.map((c) => (c === "l_sum" || c === "w_sum" ? `sum(${c})::float8 as ${c}` : `coalesce(sum(${c}), 0)::int as ${c}`)).join(", "));
}

/**
 * The whole business days inside a window, `[d1, d2)` (local dates; none when
 * d1 ≥ d2), whose rollup rows cover exactly the facts of those days, and the
 * time ranges of the window outside them (its partial first and last day),
 * whose facts are read one by one.
 */
export interface WindowDays {
  d1: string;
  d2: string;
  edges: Array<[Date, Date]>;
}

/** Splits the window in the calendar's zone (one tiny statement: PostgreSQL's zone rules, as everywhere else). */
export async function windowDays(ctx: PgContext, filter: MetricsFilter, calendar: MetricsCalendar): Promise<WindowDays> {
  const tz = calendar.timeZone;
  const from = sql`(${ts(filter.from)} at time zone ${tz})`;
  const [row] = await queryRows<{ d1: string; d2: string; s1: unknown; s2: unknown }>(
    ctx,
    sql`select d1::text as d1, d2::text as d2,
        extract(epoch from (d1::timestamp at time zone ${tz}))::float8 * 1000 as s1,
        extract(epoch from (d2::timestamp at time zone ${tz}))::float8 * 1000 as s2
      from (select case when ${from}::time = time '00:00' then ${from}::date else ${from}::date + 1 end as d1,
        (${ts(filter.before)} at time zone ${tz})::date as d2) b`,
  );
  const from0 = filter.from.getTime();
  const before0 = filter.before.getTime();
  const d1 = row!.d1;
  const d2 = row!.d2;
  if (d1 >= d2) return { d1, d2, edges: [[filter.from, filter.before]] };
  const edges: Array<[Date, Date]> = [];
  const s1 = Number(row!.s1);
  const s2 = Number(row!.s2);
  if (from0 < s1) edges.push([filter.from, new Date(Math.min(s1, before0))]);
  if (s2 < before0) edges.push([new Date(Math.max(s2, from0)), filter.before]);
  return { d1, d2, edges };
}

/** Rollup rows (alias) of the whole days. */
export function fullDays(days: WindowDays, alias: string): SQL {
  if (days.d1 >= days.d2) return sql`false`;
  return sql`${sql.raw(alias)}.day >= ${days.d1}::date and ${sql.raw(alias)}.day < ${days.d2}::date`;
}

/** Facts (alias f) of the window that no whole-day rollup row covers: plain ranges the planner can estimate. */
export function edgeFacts(days: WindowDays): SQL {
  if (days.edges.length === 0) return sql`false`;
  const ranges = days.edges.map(([a, b]) => sql`(f.created_at >= ${ts(a)} and f.created_at < ${ts(b)})`);
  return sql`(${sql.join(ranges, sql` or `)})`;
}

/** The attribute filter on rollup or facts columns (alias given). */
export function rollupAttributes(filter: MetricsFilter, alias: string): SQL {
  const a = sql.raw(alias);
  const parts: SQL[] = [sql`true`];
  if (filter.position !== undefined) parts.push(sql`${a}.position = ${filter.position}`);
  if (filter.recruiterUserId !== undefined) parts.push(sql`${a}.recruiter = ${filter.recruiterUserId}`);
  if (filter.sourceChannel !== undefined) parts.push(sql`${a}.channel = ${filter.sourceChannel}`);
  return sql.join(parts, sql` and `);
}
