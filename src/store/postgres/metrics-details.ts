/**
 * The smaller metrics aggregates: transition reasons, reminder effectiveness,
 * event counts, and nudges of many interviews (definitions in `contract/metrics.ts`).
 */
import { asc, inArray, sql } from "drizzle-orm";
import type { EventCountRow, MetricsFilter, ReasonCount, ReminderEffectRow } from "../contract/metrics.js";
import type { Nudge, NudgeStatus } from "../contract/nudges.js";
import { idString, parseId, type PgContext } from "./context.js";
import { IS_REPLY, analyticRows, attributeWhere, cohortWhere, count, hasAttributeFilter, queryRows, ts } from "./metrics-cohort.js";
import { nudges } from "./schema.js";

export async function metricsReasons(ctx: PgContext, filter: MetricsFilter): Promise<ReasonCount[]> {
  const rows = await analyticRows<{ to_status: string; reason: string | null; n: unknown }>(
    ctx,
    sql`select tr.to_status, tr.reason, count(*)::int as n
      from interviews i
      join candidates c on c.id = i.candidate_id
      join interview_transitions tr on tr.interview_id = i.id
      where ${cohortWhere(filter)} and tr.to_status in ('cancelled', 'reschedule_requested')
      group by tr.to_status, tr.reason
      order by n desc, tr.to_status, tr.reason nulls last`,
  );
  return rows.map((r) => ({ to: r.to_status as ReasonCount["to"], reason: r.reason, count: count(r.n) }));
}

export async function metricsReminders(ctx: PgContext, filter: MetricsFilter, withinMs: number): Promise<ReminderEffectRow[]> {
  const within = Math.max(0, Math.round(withinMs));
  const rows = await analyticRows<{ kind: string; sent: unknown; replied: unknown }>(
    ctx,
    sql`select n.kind, count(*)::int as sent,
        (count(*) filter (where exists (
          select 1 from messages m
          where m.interview_id = n.interview_id and ${IS_REPLY}
            and m.at > n.updated_at and m.at <= n.updated_at + make_interval(secs => ${within / 1000}::float8)
        )))::int as replied
      from interviews i
      join candidates c on c.id = i.candidate_id
      join nudges n on n.interview_id = i.id
      where ${cohortWhere(filter)} and n.status = 'sent'
      group by n.kind
      order by n.kind`,
  );
  return rows.map((r) => ({ kind: r.kind, sent: count(r.sent), replied: count(r.replied) }));
}

export async function metricsEventCounts(ctx: PgContext, filter: MetricsFilter, types: readonly string[]): Promise<EventCountRow[]> {
  if (types.length === 0) return [];
  const typeList = sql.join(
    types.map((t) => sql`${t}`),
    sql`, `,
  );
  const inWindow = sql`e.at >= ${ts(filter.from)} and e.at < ${ts(filter.before)} and e.type in (${typeList})`;
  // Without attribute filters every event counts, also those of no interview.
  const query = hasAttributeFilter(filter)
    ? sql`select e.type, count(*)::int as n from domain_events e
        join interviews i on i.id = e.interview_id
        join candidates c on c.id = i.candidate_id
        where ${inWindow} and ${attributeWhere(filter)}
        group by e.type`
    : sql`select e.type, count(*)::int as n from domain_events e where ${inWindow} group by e.type`;
  const rows = await queryRows<{ type: string; n: unknown }>(ctx, query);
  const found = new Map(rows.map((r) => [r.type, count(r.n)]));
  return types.map((type) => ({ type, count: found.get(type) ?? 0 }));
}

export async function nudgesOf(ctx: PgContext, interviewIds: readonly string[]): Promise<Nudge[]> {
  const ids = interviewIds.map(parseId).filter((id): id is bigint => id !== undefined);
  if (ids.length === 0) return [];
  const rows = await ctx.db
    .select()
    .from(nudges)
    .where(inArray(nudges.interviewId, ids))
    .orderBy(asc(nudges.interviewId), asc(nudges.dueAt), asc(nudges.id));
  return rows.map((row) => ({
    id: idString(row.id),
    interviewId: idString(row.interviewId),
    kind: row.kind,
    dueAt: row.dueAt,
    status: row.status as NudgeStatus,
    reason: row.reason,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  }));
}

export async function metricsVersion(ctx: PgContext): Promise<string> {
  // Each max() is one probe of a primary-key index, whatever the table size.
  const [row] = await queryRows<{ v: string }>(
    ctx,
    sql`select concat_ws('.',
      (select max(id) from messages), (select max(id) from interview_transitions),
      (select max(id) from domain_events), (select max(id) from nudges)) as v`,
  );
  return row?.v ?? "";
}
