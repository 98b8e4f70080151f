/**
 * Our own statements on Agenda's table (`agenda_jobs`, Agenda's documented
 * PostgreSQL schema). Agenda's `unique()` upsert is a select-then-write that
 * races between instances and rewrites a row another instance may be running,
 * so nudge jobs are written here instead: one row per planned nudge id, the
 * older rows of the same (interview, kind) removed in the same statement.
 */
import { getCreateIndexesSQL, getCreateTableSQL, getUpdateTimestampTriggerSQL } from "@agendajs/postgres-backend";
import { claimIndexSql } from "./batched-job-repository.js";
import type { SchedulerPool, SqlClient } from "./sql-client.js";

export const JOBS_TABLE = "agenda_jobs";
export const NUDGE_JOB = "nudge";
export const DAILY_JOB = "daily";

/** Agenda job data of a nudge: which plan it fires. `dueAt` is in the app clock's (virtual) time. */
export interface NudgeJobData {
  interviewId: string;
  kind: string;
  nudgeId: string;
  dueAt: string;
  /** Real time (ms) the job row was written: a plan never seen committed is dropped after a while. */
  writtenAt: number;
}

/** Agenda job data of a daily job; `dueAt` is the next run in virtual time. */
export interface DailyJobData {
  daily: string;
  at: string;
  dueAt: string;
}

/** Session lock held while creating the schema, so instances starting together do it one at a time. */
const SCHEMA_LOCK_KEY = "7347829641190520114";

/** Agenda's table, indexes and trigger, plus ours; safe to run again and from several instances. */
export async function ensureJobsSchema(db: SchedulerPool): Promise<void> {
  const statements = [
    getCreateTableSQL(JOBS_TABLE),
    ...getCreateIndexesSQL(JOBS_TABLE),
    getUpdateTimestampTriggerSQL(JOBS_TABLE),
    `CREATE UNIQUE INDEX IF NOT EXISTS "${JOBS_TABLE}_nudge_plan_uq" ON "${JOBS_TABLE}" ((data->>'interviewId'), (data->>'kind'), (data->>'nudgeId')) WHERE name = '${NUDGE_JOB}'`,
    `CREATE INDEX IF NOT EXISTS "${JOBS_TABLE}_nudge_id_idx" ON "${JOBS_TABLE}" ((data->>'nudgeId')) WHERE name = '${NUDGE_JOB}'`,
    `CREATE UNIQUE INDEX IF NOT EXISTS "${JOBS_TABLE}_daily_uq" ON "${JOBS_TABLE}" ((data->>'daily')) WHERE name = '${DAILY_JOB}'`,
    claimIndexSql(JOBS_TABLE),
  ];
  if (db.kind === "pglite") {
    for (const s of statements) await db.sql.query(s);
    return;
  }
  // One transaction holding an advisory lock: concurrent DDL from two instances fails otherwise.
  const client = await db.pool.connect();
  let broken: Error | undefined;
  try {
    await client.query("BEGIN");
    await client.query(`SELECT pg_advisory_xact_lock(${SCHEMA_LOCK_KEY})`);
    for (const s of statements) await client.query(s);
    await client.query("COMMIT");
  } catch (err) {
    broken = err instanceof Error ? err : new Error(String(err));
    await client.query("ROLLBACK").catch(() => undefined);
    throw err;
  } finally {
    client.release(broken);
  }
}

/**
 * Writes the job of one planned nudge and removes older plans of the same
 * (interview, kind) that no instance holds. Does nothing when a newer plan's job
 * is already there (plans have increasing ids), so a late write never wins.
 */
export async function writeNudgeJob(sql: SqlClient, data: NudgeJobData, runAt: Date, by: string): Promise<void> {
  await sql.query(
    `WITH gone AS (
       DELETE FROM "${JOBS_TABLE}" WHERE name = '${NUDGE_JOB}' AND data->>'interviewId' = $1 AND data->>'kind' = $2
         AND (data->>'nudgeId')::bigint < $3::bigint AND locked_at IS NULL RETURNING id)
     INSERT INTO "${JOBS_TABLE}" (name, priority, next_run_at, type, data, last_modified_by)
     SELECT '${NUDGE_JOB}', 0, $4::timestamptz, 'normal', $5::jsonb, $6
     WHERE NOT EXISTS (SELECT 1 FROM "${JOBS_TABLE}" WHERE name = '${NUDGE_JOB}' AND data->>'interviewId' = $1
       AND data->>'kind' = $2 AND (data->>'nudgeId')::bigint >= $3::bigint)
     ON CONFLICT DO NOTHING`,
    [data.interviewId, data.kind, data.nudgeId, runAt.toISOString(), JSON.stringify(data), by],
  );
}

/** Bulk variant for catch-up (no removal of older plans): one statement per batch. */
export async function writeNudgeJobs(sql: SqlClient, jobs: ReadonlyArray<{ data: NudgeJobData; runAt: Date }>, by: string): Promise<void> {
  if (jobs.length === 0) return;
  await sql.query(
    `INSERT INTO "${JOBS_TABLE}" (name, priority, next_run_at, type, data, last_modified_by)
     SELECT '${NUDGE_JOB}', 0, (j->>'runAt')::timestamptz, 'normal', j->'data', $2
     FROM jsonb_array_elements($1::jsonb) AS j
     ON CONFLICT DO NOTHING`,
    [JSON.stringify(jobs.map((j) => ({ runAt: j.runAt.toISOString(), data: j.data }))), by],
  );
}

/** Planned nudges that have no job (a crash between commit and scheduling), earliest first. */
export async function nudgesWithoutJob(sql: SqlClient, limit: number): Promise<Array<{ id: string; interviewId: string; kind: string; dueAt: Date }>> {
  const { rows } = await sql.query<{ id: string; interview_id: string; kind: string; due_at: Date | string }>(
    `SELECT n.id::text AS id, n.interview_id::text AS interview_id, n.kind, n.due_at FROM nudges n
     WHERE n.status = 'planned' AND NOT EXISTS (
       SELECT 1 FROM "${JOBS_TABLE}" j WHERE j.name = '${NUDGE_JOB}' AND j.data->>'nudgeId' = n.id::text)
     ORDER BY n.due_at LIMIT $1`,
    [limit],
  );
  return rows.map((r) => ({ id: r.id, interviewId: r.interview_id, kind: r.kind, dueAt: new Date(r.due_at) }));
}

/** Removes idle jobs whose plan was replaced or finished (visible in the nudge rows); returns how many. */
export async function removeStaleNudgeJobs(sql: SqlClient, interviewId?: string): Promise<number> {
  const { rowCount } = await sql.query(
    `DELETE FROM "${JOBS_TABLE}" j USING nudges n
     WHERE j.name = '${NUDGE_JOB}' AND j.locked_at IS NULL AND ($1::text IS NULL OR j.data->>'interviewId' = $1::text)
       AND n.interview_id::text = j.data->>'interviewId' AND n.kind = j.data->>'kind'
       AND n.id >= (j.data->>'nudgeId')::bigint
       AND (n.id <> (j.data->>'nudgeId')::bigint OR n.status <> 'planned')`,
    [interviewId ?? null],
  );
  return rowCount;
}

/**
 * Re-maps idle jobs onto real time after the app clock jumped: a job due at
 * virtual `dueAt` runs at real `realNow + (dueAt − virtualNow)`. Absolute, so
 * every instance may run it. Returns how many became due now.
 */
export async function remapJobs(sql: SqlClient, realNow: Date, virtualNow: Date): Promise<number> {
  const { rows } = await sql.query<{ due: number | string }>(
    `WITH moved AS (
       UPDATE "${JOBS_TABLE}" SET next_run_at = $1::timestamptz + ((data->>'dueAt')::timestamptz - $2::timestamptz)
       WHERE name IN ('${NUDGE_JOB}', '${DAILY_JOB}') AND locked_at IS NULL AND next_run_at IS NOT NULL AND data->>'dueAt' IS NOT NULL
       RETURNING next_run_at)
     SELECT count(*) FILTER (WHERE next_run_at <= $1::timestamptz) AS due FROM moved`,
    [realNow.toISOString(), virtualNow.toISOString()],
  );
  return Number(rows[0]?.due ?? 0);
}

/** The nudge jobs of one interview (visible status and tests). */
export async function nudgeJobsOf(sql: SqlClient, interviewId: string): Promise<Array<{ data: NudgeJobData; nextRunAt: Date | null; locked: boolean }>> {
  const { rows } = await sql.query<{ data: NudgeJobData; next_run_at: Date | string | null; locked_at: unknown }>(
    `SELECT data, next_run_at, locked_at FROM "${JOBS_TABLE}" WHERE name = '${NUDGE_JOB}' AND data->>'interviewId' = $1 ORDER BY data->>'dueAt'`,
    [interviewId],
  );
  return rows.map((r) => ({ data: r.data, nextRunAt: r.next_run_at === null ? null : new Date(r.next_run_at), locked: r.locked_at !== null }));
}

/** Creates the daily job unless it exists with the same time of day; returns its data. */
export async function writeDailyJob(sql: SqlClient, data: DailyJobData, runAt: Date, by: string): Promise<DailyJobData> {
  const { rows } = await sql.query<{ data: DailyJobData }>(
    `INSERT INTO "${JOBS_TABLE}" (name, priority, next_run_at, type, data, last_modified_by)
     VALUES ('${DAILY_JOB}', 0, $1::timestamptz, 'normal', $2::jsonb, $3)
     ON CONFLICT ((data->>'daily')) WHERE name = '${DAILY_JOB}'
     DO UPDATE SET data = EXCLUDED.data, next_run_at = EXCLUDED.next_run_at
       WHERE "${JOBS_TABLE}".data->>'at' IS DISTINCT FROM EXCLUDED.data->>'at'
     RETURNING data`,
    [runAt.toISOString(), JSON.stringify(data), by],
  );
  return rows[0]?.data ?? (await dailyJobOf(sql, data.daily)) ?? data;
}

/**
 * Claims one occurrence of a daily job: moves its `dueAt` from `from` to `next`
 * only if nobody did yet (compare-and-set), so an occurrence runs at most once
 * whether Agenda or `runDue()` gets there first.
 */
export async function claimDaily(sql: SqlClient, name: string, from: string, next: string, runAt: Date): Promise<boolean> {
  const { rowCount } = await sql.query(
    `UPDATE "${JOBS_TABLE}" SET data = jsonb_set(data, '{dueAt}', to_jsonb($3::text)), next_run_at = $4::timestamptz
     WHERE name = '${DAILY_JOB}' AND data->>'daily' = $1 AND data->>'dueAt' = $2`,
    [name, from, next, runAt.toISOString()],
  );
  return rowCount > 0;
}

/** Daily jobs whose virtual due time has come. */
export async function dueDailies(sql: SqlClient, virtualNow: Date): Promise<DailyJobData[]> {
  const { rows } = await sql.query<{ data: DailyJobData }>(
    `SELECT data FROM "${JOBS_TABLE}" WHERE name = '${DAILY_JOB}' AND (data->>'dueAt')::timestamptz <= $1::timestamptz ORDER BY data->>'dueAt'`,
    [virtualNow.toISOString()],
  );
  return rows.map((r) => r.data);
}

/** The earliest virtual due time among daily jobs. */
export async function nextDailyDue(sql: SqlClient): Promise<Date | null> {
  const { rows } = await sql.query<{ due: string | null }>(`SELECT min(data->>'dueAt') AS due FROM "${JOBS_TABLE}" WHERE name = '${DAILY_JOB}'`, []);
  return rows[0]?.due ? new Date(rows[0].due) : null;
}

/** One daily job's data, or undefined. */
export async function dailyJobOf(sql: SqlClient, name: string): Promise<DailyJobData | undefined> {
  const { rows } = await sql.query<{ data: DailyJobData }>(`SELECT data FROM "${JOBS_TABLE}" WHERE name = '${DAILY_JOB}' AND data->>'daily' = $1`, [name]);
  return rows[0]?.data;
}
