/**
 * Brings the metrics rollups (`schema-metrics.ts`) up to date before a read:
 * drains `metrics_dirty` (filled by triggers in every writing transaction),
 * recomputes those interviews' facts rows and then every business day whose
 * rows they touch — a reply or transition written late for a past day rebuilds
 * that day. Work is proportional to what changed since the last read; a new
 * calendar (or a database from before migration 0003) rebuilds everything once.
 */
import { sql, type SQL } from "drizzle-orm";
import type { MetricsCalendar } from "../contract/metrics.js";
import { atomic, type PgContext } from "./context.js";
import { IS_REPLY, queryRows } from "./metrics-cohort.js";
import { arrayParam, calendarKey, factSums, factsSelect, summed } from "./metrics-rollup-sql.js";

/** The reply window the reminder rollup counts; other windows are computed directly. */
export const ROLLUP_REMINDER_WINDOW_MS = 6 * 3_600_000;

/** Interviews recomputed at once from which the rollup tables are analyzed right away. */
const ANALYZE_AFTER = 2_000;

/** Recomputed interviews after which the facts table is vacuumed. */
const VACUUM_AFTER = 5_000;

/** Transaction-level advisory lock: one refresher at a time, the others then find little left. */
const REFRESH_LOCK_KEY = "7347829641190520114";

/**
 * Runs `work` on the rollups in one transaction holding the refresh lock in
 * shared mode, so that no refresh commits in between its statements.
 */
export function readRollups<T>(ctx: PgContext, work: (ctx: PgContext) => Promise<T>): Promise<T> {
  return atomic(ctx, async (c) => {
    await c.db.execute(sql`select pg_advisory_xact_lock_shared(${REFRESH_LOCK_KEY}::bigint)`);
    await c.db.execute(sql`set local jit = off`);
    await c.db.execute(sql`set local work_mem = '64MB'`);
    return work(c);
  });
}

/** Refreshes the rollups for `calendar`; returns how many interviews were recomputed. */
export async function refreshMetricsRollups(ctx: PgContext, calendar: MetricsCalendar): Promise<number> {
  // Usually nothing changed: one lock-free look, so readers do not queue behind the exclusive lock.
  const [clean] = await queryRows<{ ok: boolean }>(
    ctx,
    sql`select (not exists (select 1 from metrics_dirty)) and exists (select 1 from metrics_rollup_state where id = 1 and calendar = ${calendarKey(calendar)}) as ok`,
  );
  if (clean?.ok === true) return 0;
  const recomputed = await recompute(ctx, calendar);
  sinceVacuum += recomputed;
  if (sinceVacuum >= VACUUM_AFTER) {
    sinceVacuum = 0;
    await vacuumFacts(ctx);
  }
  return recomputed;
}

/** Interviews recomputed by this process since it last vacuumed the facts. */
let sinceVacuum = 0;

/**
 * VACUUM sets the visibility map, without which the percentile probes'
 * index-only scans visit the table for every entry (PGlite never vacuums on its
 * own; a server's autovacuum may come late after a big rebuild). It cannot run
 * inside a transaction: a refresh inside one leaves it to the next.
 */
async function vacuumFacts(ctx: PgContext): Promise<void> {
  try {
    // FREEZE: also pages whose dead rows this pass removes end up all-visible at once.
    await ctx.db.execute(sql`vacuum (freeze) metrics_facts`);
  } catch {
    sinceVacuum = VACUUM_AFTER;
  }
}

function recompute(ctx: PgContext, calendar: MetricsCalendar): Promise<number> {
  return atomic(ctx, async (c) => {
    await c.db.execute(sql`select pg_advisory_xact_lock(${REFRESH_LOCK_KEY}::bigint)`);
    await c.db.execute(sql`set local jit = off`);
    await c.db.execute(sql`set local work_mem = '64MB'`);
    const key = calendarKey(calendar);
    const [state] = await queryRows<{ calendar: string }>(c, sql`select calendar from metrics_rollup_state where id = 1`);
    if (state?.calendar !== key) await resetRollups(c, key);
    const drained = await queryRows<{ id: string | number }>(c, sql`delete from metrics_dirty returning interview_id as id`);
    if (drained.length === 0) return 0;
    const ids = arrayParam(
      drained.map((r) => String(r.id)),
      "bigint",
    );
    const daysOf = async () => (await queryRows<{ d: string }>(c, sql`select distinct day::text as d from metrics_facts where interview_id = any(${ids})`)).map((r) => r.d);
    const before = await daysOf();
    await c.db.execute(sql`delete from metrics_facts where interview_id = any(${ids})`);
    await c.db.execute(sql`insert into metrics_facts ${factsSelect(ids, calendar)}`);
    const days = [...new Set([...before, ...(await daysOf())])];
    if (days.length > 0) await rebuildDays(c, arrayParam(days, "date"));
    // After a big rebuild the planner needs statistics at once (PGlite has no autovacuum at all).
    if (drained.length >= ANALYZE_AFTER) {
      await c.db.execute(sql`analyze metrics_facts, metrics_daily, metrics_daily_slots, metrics_daily_reasons, metrics_daily_reminders`);
    }
    return drained.length;
  });
}

/** Drops every derived row and marks every interview dirty, for `key`'s calendar. */
async function resetRollups(c: PgContext, key: string): Promise<void> {
  // TRUNCATE, not DELETE: no dead rows, so one VACUUM afterwards marks every page all-visible.
  await c.db.execute(sql`truncate metrics_facts, metrics_daily, metrics_daily_slots, metrics_daily_reasons, metrics_daily_reminders`);
  await c.db.execute(sql`insert into metrics_dirty (interview_id) select id from interviews on conflict do nothing`);
  await c.db.execute(sql`insert into metrics_rollup_state (id, calendar) values (1, ${key})
    on conflict (id) do update set calendar = excluded.calendar`);
}

/**
 * Reasons and reminders are also summed per day over all attributes (rows
 * with null channel, position and recruiter): an unfiltered window reads
 * those, a few rows per day instead of one per channel × position × recruiter.
 */
async function rebuildDays(c: PgContext, days: SQL): Promise<void> {
  for (const table of ["metrics_daily", "metrics_daily_slots", "metrics_daily_reasons", "metrics_daily_reminders"]) {
    await c.db.execute(sql`delete from ${sql.raw(table)} where day = any(${days})`);
  }
  const facts = sql`(select f.day, f.channel, f.position, f.recruiter, f.wd, f.hr, ${factSums()} from metrics_facts f where f.day = any(${days})) s`;
  await c.db.execute(sql`insert into metrics_daily
    select day, channel, position, recruiter, ${summed()} from ${facts} group by day, channel, position, recruiter`);
  await c.db.execute(sql`insert into metrics_daily_slots
    select day, wd, hr, ${summed()} from ${facts} group by day, wd, hr`);
  await c.db.execute(sql`insert into metrics_daily_reasons
    select f.day, f.channel, f.position, f.recruiter, tr.to_status, tr.reason, count(*)::int
    from metrics_facts f join interview_transitions tr on tr.interview_id = f.interview_id
    where f.day = any(${days}) and tr.to_status in ('cancelled', 'reschedule_requested')
    group by grouping sets ((f.day, f.channel, f.position, f.recruiter, tr.to_status, tr.reason), (f.day, tr.to_status, tr.reason))`);
  const within = ROLLUP_REMINDER_WINDOW_MS / 1000;
  await c.db.execute(sql`insert into metrics_daily_reminders
    select f.day, f.channel, f.position, f.recruiter, n.kind, count(*)::int,
      (count(*) filter (where exists (
        select 1 from messages m
        where m.interview_id = n.interview_id and ${IS_REPLY}
          and m.at > n.updated_at and m.at <= n.updated_at + make_interval(secs => ${within}::float8)
      )))::int
    from metrics_facts f join nudges n on n.interview_id = f.interview_id
    where f.day = any(${days}) and n.status = 'sent'
    group by grouping sets ((f.day, f.channel, f.position, f.recruiter, n.kind), (f.day, n.kind))`);
}
