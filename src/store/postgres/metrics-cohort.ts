/**
 * Shared SQL pieces of the metrics read operations: the cohort predicate and
 * the first-reply lookup, written once so every aggregate agrees on them
 * (definitions in `contract/metrics.ts`).
 */
import { sql, type SQL } from "drizzle-orm";
import type { MetricsFilter } from "../contract/metrics.js";
import { atomic, type PgContext } from "./context.js";

/** A timestamptz parameter (ISO text: both drivers bind it the same way). */
export function ts(value: Date): SQL {
  return sql`${value.toISOString()}::timestamptz`;
}

/**
 * `WHERE` of the cohort over `interviews i join candidates c`: created in the
 * window and matching the filters.
 */
export function cohortWhere(filter: MetricsFilter): SQL {
  return sql`i.created_at >= ${ts(filter.from)} and i.created_at < ${ts(filter.before)} and ${attributeWhere(filter)}`;
}

/** The attribute part of the filter (position, recruiter, channel), without the time range. */
export function attributeWhere(filter: MetricsFilter): SQL {
  const parts: SQL[] = [sql`true`];
  if (filter.position !== undefined) parts.push(sql`i.position = ${filter.position}`);
  if (filter.recruiterUserId !== undefined) parts.push(sql`i.recruiter_userid = ${filter.recruiterUserId}`);
  if (filter.sourceChannel !== undefined) parts.push(sql`coalesce(c.source_channel, '') = ${filter.sourceChannel}`);
  return sql.join(parts, sql` and `);
}

/** Whether the filter narrows by candidate or interview attributes (beyond time). */
export function hasAttributeFilter(filter: MetricsFilter): boolean {
  return filter.position !== undefined || filter.recruiterUserId !== undefined || filter.sourceChannel !== undefined;
}

/**
 * A candidate reply: inbound 微信客服 text or menu tap. Matches the partial index
 * `messages_reply_idx`, so "first reply after t" is one index probe. (The first
 * reply after creation is kept on `interviews.first_reply_at`.)
 */
export const IS_REPLY = sql`m.direction = 'in' and m.channel = 'kf' and m.kind in ('text', 'menu')`;

/** Runs a statement and returns its rows (node-postgres and PGlite both answer `{ rows }`). */
export async function queryRows<T>(ctx: PgContext, query: SQL): Promise<T[]> {
  const result = (await ctx.db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/**
 * {@link queryRows} for an analytic statement: in its own (sub)transaction with
 * JIT off (compiling costs more than these sub-second scans gain) and enough
 * work_mem for the percentile sorts to stay in memory.
 */
export function analyticRows<T>(ctx: PgContext, query: SQL): Promise<T[]> {
  return atomic(ctx, async (c) => {
    await c.db.execute(sql`set local jit = off`);
    await c.db.execute(sql`set local work_mem = '64MB'`);
    return queryRows<T>(c, query);
  });
}

/** A float8 column as a number, or null. */
export function num(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  const n = typeof value === "number" ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}

/** A count column (int) as a number; never null. */
export function count(value: unknown): number {
  return num(value) ?? 0;
}
