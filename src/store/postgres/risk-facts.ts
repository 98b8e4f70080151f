/**
 * `riskFacts`: one row per interview with what the no-show model reads (first
 * reply, the latest re-confirmation and its answer, attendance). Times travel
 * as epoch milliseconds so both drivers return plain numbers.
 */
import { sql, type SQL } from "drizzle-orm";
import type { InterviewStatus } from "../contract/interviews.js";
import type { RiskFact, RiskFactFilter } from "../contract/metrics.js";
import { clampLimit, idString, type PgContext } from "./context.js";
import { IS_REPLY, analyticRows, count, num, ts } from "./metrics-cohort.js";

interface Row {
  id: string | number | bigint;
  name: string;
  source_channel: string | null;
  position: string;
  recruiter_userid: string;
  created_ms: unknown;
  scheduled_ms: unknown;
  status: string;
  reschedule_count: unknown;
  reply_ms: unknown;
  reconfirm_ms: unknown;
  reconfirm_reply_ms: unknown;
  attendance: string | null;
}

const ms = (column: string) => sql.raw(`(extract(epoch from ${column}) * 1000)::float8`);

export async function riskFacts(ctx: PgContext, filter: RiskFactFilter): Promise<RiskFact[]> {
  const where: SQL[] = [sql`true`];
  if (filter.scheduledFrom !== undefined) where.push(sql`i.scheduled_at >= ${ts(filter.scheduledFrom)}`);
  if (filter.scheduledBefore !== undefined) where.push(sql`i.scheduled_at < ${ts(filter.scheduledBefore)}`);
  if (filter.statuses !== undefined) {
    if (filter.statuses.length === 0) return [];
    where.push(sql`i.status in (${sql.join(filter.statuses.map((s) => sql`${s}`), sql`, `)})`);
  }
  const kinds = filter.reconfirmKinds.length > 0 ? sql.join(filter.reconfirmKinds.map((k) => sql`${k}`), sql`, `) : sql`null`;
  const limit = clampLimit(filter.limit, 10_000, 200_000);
  const rows = await analyticRows<Row>(
    ctx,
    sql`select * from (
      select i.id, c.name, c.source_channel, i.position, i.recruiter_userid, i.status, i.reschedule_count,
        ${ms("i.created_at")} as created_ms, ${ms("i.scheduled_at")} as scheduled_ms,
        ${ms("i.first_reply_at")} as reply_ms, ${ms("n.sent_at")} as reconfirm_ms, ${ms("rr.at")} as reconfirm_reply_ms,
        i.attendance
      from interviews i
      join candidates c on c.id = i.candidate_id
      left join lateral (
        select n.updated_at as sent_at from nudges n
        where n.interview_id = i.id and n.status = 'sent' and n.kind in (${kinds})
        order by n.updated_at desc limit 1
      ) n on true
      left join lateral (
        select m.at from messages m
        where m.interview_id = i.id and ${IS_REPLY} and m.at > n.sent_at
        order by m.at limit 1
      ) rr on true
      where ${sql.join(where, sql` and `)}
      order by i.scheduled_at desc, i.id desc
      limit ${limit}
    ) x order by scheduled_ms, id`,
  );
  return rows.map(toFact);
}

function toFact(row: Row): RiskFact {
  const date = (value: unknown) => {
    const n = num(value);
    return n === null ? null : new Date(n);
  };
  return {
    interviewId: idString(BigInt(row.id)),
    candidateName: row.name,
    sourceChannel: row.source_channel,
    position: row.position,
    recruiterUserId: row.recruiter_userid,
    createdAt: new Date(count(row.created_ms)),
    scheduledAt: new Date(count(row.scheduled_ms)),
    status: row.status as InterviewStatus,
    rescheduleCount: count(row.reschedule_count),
    firstReplyAt: date(row.reply_ms),
    reconfirmSentAt: date(row.reconfirm_ms),
    reconfirmReplyAt: date(row.reconfirm_reply_ms),
    attendance: row.attendance === "no_show" || row.attendance === "attended" ? row.attendance : null,
  };
}
