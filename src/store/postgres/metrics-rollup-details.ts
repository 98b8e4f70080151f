/**
 * Transition reasons and reminder effectiveness from the daily rollups (whole
 * business days) plus the window's partial days read from the source tables;
 * the same numbers as the direct statements in `metrics-details.ts`.
 */
import { sql, type SQL } from "drizzle-orm";
import type { MetricsCalendar, MetricsFilter, ReasonCount, ReminderEffectRow } from "../contract/metrics.js";
import type { PgContext } from "./context.js";
import { IS_REPLY, count, queryRows } from "./metrics-cohort.js";
import { readRollups, refreshMetricsRollups } from "./metrics-rollup-refresh.js";
import { edgeFacts, fullDays, rollupAttributes, windowDays } from "./metrics-rollup-sql.js";
import { hasAttributeFilter } from "./metrics-cohort.js";

// The partial days join per interview (a lateral probe each; OFFSET 0 keeps
// the planner from turning ~1,000 probes into a hash join over all history).

/**
 * Which rows of a reasons / reminders rollup: the day totals (attributes
 * null) without a filter, else the filtered per-attribute rows.
 */
function dayRows(filter: MetricsFilter): SQL {
  return hasAttributeFilter(filter) ? sql`d.channel is not null and ${rollupAttributes(filter, "d")}` : sql`d.channel is null`;
}

export async function metricsReasonsFromRollups(ctx: PgContext, filter: MetricsFilter, calendar: MetricsCalendar): Promise<ReasonCount[]> {
  await refreshMetricsRollups(ctx, calendar);
  const days = await windowDays(ctx, filter, calendar);
  const rows = await readRollups(ctx, (c) =>
    queryRows<{ to_status: string; reason: string | null; n: unknown }>(
      c,
      sql`with r as (
        select d.to_status, d.reason, d.n from metrics_daily_reasons d
        where ${fullDays(days, "d")} and ${dayRows(filter)}
        union all
        select tr.to_status, tr.reason, 1 from metrics_facts f
        cross join lateral (
          select t.to_status, t.reason from interview_transitions t
          where t.interview_id = f.interview_id and t.to_status in ('cancelled', 'reschedule_requested')
          offset 0
        ) tr
        where ${edgeFacts(days)} and ${rollupAttributes(filter, "f")}
      )
      select to_status, reason, sum(n)::int as n from r
      group by to_status, reason
      order by n desc, to_status, reason nulls last`,
    ),
  );
  return rows.map((r) => ({ to: r.to_status as ReasonCount["to"], reason: r.reason, count: count(r.n) }));
}

/** Only for the rollup's reply window (`ROLLUP_REMINDER_WINDOW_MS`); callers check. */
export async function metricsRemindersFromRollups(ctx: PgContext, filter: MetricsFilter, calendar: MetricsCalendar, withinMs: number): Promise<ReminderEffectRow[]> {
  await refreshMetricsRollups(ctx, calendar);
  const days = await windowDays(ctx, filter, calendar);
  const rows = await readRollups(ctx, (c) =>
    queryRows<{ kind: string; sent: unknown; replied: unknown }>(
      c,
      sql`with r as (
        select d.kind, d.sent, d.replied from metrics_daily_reminders d
        where ${fullDays(days, "d")} and ${dayRows(filter)}
        union all
        select n.kind, 1, (exists (
          select 1 from messages m
          where m.interview_id = n.interview_id and ${IS_REPLY}
            and m.at > n.updated_at and m.at <= n.updated_at + make_interval(secs => ${withinMs / 1000}::float8)
        ))::int
        from metrics_facts f
        cross join lateral (select * from nudges x where x.interview_id = f.interview_id and x.status = 'sent' offset 0) n
        where ${edgeFacts(days)} and ${rollupAttributes(filter, "f")}
      )
      select kind, sum(sent)::int as sent, sum(replied)::int as replied from r
      group by kind
      order by kind`,
    ),
  );
  return rows.map((r) => ({ kind: r.kind, sent: count(r.sent), replied: count(r.replied) }));
}
