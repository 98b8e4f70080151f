/**
 * Agenda's PostgreSQL job repository with the per-job round trips of the hot
 * path batched. Agenda stays the scheduler — its processor, concurrency,
 * retries, lock lifetimes and drain are unchanged; only how rows are claimed
 * and retired changes:
 *
 * - **Claim in batches.** Agenda asks for "the next due job" once per job, and
 *   its query walks past every row this instance already holds locked (they
 *   sort first), so each claim gets slower as the queue fills. Here one
 *   statement claims up to `claimBatch` due rows through a partial index of
 *   unlocked rows ({@link CLAIM_INDEX_SQL}) and the following asks are served
 *   from memory. Rows whose lock expired (a crashed instance) are claimed in
 *   the same statement, as Agenda does.
 * - **No start save for one-off jobs.** Agenda saves each job when it starts
 *   (last run, next run cleared); the claim already holds the row, and a crash
 *   mid-run is recovered by lock expiry either way.
 * - **Completion is one batched delete.** A one-off job that succeeded and is
 *   removed on completion skips its final save; the removal that follows is
 *   grouped with other jobs' removals into one `DELETE … = ANY(ids)`.
 *
 * Jobs that fail, retry or are re-armed by their handler (`nextRunAt` set)
 * are saved exactly as Agenda saves them.
 */
import { PostgresJobRepository, type PostgresJobRow } from "@agendajs/postgres-backend";
import { toJobId, type JobParameters, type JobRepositoryOptions, type RemoveJobsOptions } from "agenda";
import type pg from "pg";
import { GroupCommit } from "../engine/group-commit.js";

/** The partial index the batched claim reads: due rows nobody holds. Ours to add on Agenda's table. */
export function claimIndexSql(table: string): string {
  return `CREATE INDEX IF NOT EXISTS "${table}_claim_idx" ON "${table}" (name, next_run_at, priority DESC) WHERE locked_at IS NULL AND disabled = FALSE`;
}

export interface BatchedRepositoryOptions {
  pool: pg.Pool;
  tableName: string;
  /** Rows claimed per statement. */
  claimBatch: number;
  /** Claimed rows not handed to Agenda within this many ms are released (their lock is getting old). */
  maxHoldMs: number;
}

interface Held {
  job: JobParameters;
  claimedAt: number;
}

export class BatchedJobRepository extends PostgresJobRepository {
  private readonly held = new Map<string, Held[]>();
  private readonly claiming = new Map<string, Promise<void>>();
  private readonly removals: GroupCommit<string, boolean>;
  private readonly table: string;

  constructor(private readonly o: BatchedRepositoryOptions) {
    super({ pool: o.pool, tableName: o.tableName, ensureSchema: false });
    this.table = o.tableName;
    this.removals = new GroupCommit((ids) => this.removeBatch(ids), 500);
  }

  /** Rows this instance claimed but has not handed to Agenda yet (tests, shutdown). */
  heldCount(): number {
    let n = 0;
    for (const list of this.held.values()) n += list.length;
    return n;
  }

  override async getNextJobToRun(
    jobName: string,
    nextScanAt: Date,
    lockDeadline: Date,
    now: Date | undefined,
    options: JobRepositoryOptions | undefined,
  ): Promise<JobParameters | undefined> {
    const next = this.takeHeld(jobName, nextScanAt);
    if (next) return next;
    // One claim per job name at a time: concurrent asks (a scan and a notification) share it.
    let claim = this.claiming.get(jobName);
    if (!claim) {
      claim = this.claim(jobName, nextScanAt, lockDeadline, now ?? new Date(), options?.lastModifiedBy ?? null).finally(() => this.claiming.delete(jobName));
      this.claiming.set(jobName, claim);
    }
    await claim;
    return this.takeHeld(jobName, nextScanAt);
  }

  override async saveJobState(job: JobParameters, options: JobRepositoryOptions | undefined): Promise<void> {
    if (isOneOff(job) && isStart(job)) return;
    if (isOneOff(job) && !job.lockedAt && !job.nextRunAt && succeeded(job)) return; // removed right after (removeOnComplete)
    return super.saveJobState(job, options);
  }

  override async removeJobs(options: RemoveJobsOptions): Promise<number> {
    const keys = Object.keys(options).filter((k) => options[k as keyof RemoveJobsOptions] !== undefined);
    if (keys.length === 1 && keys[0] === "id" && options.id !== undefined) return (await this.removals.submit(options.id.toString())) ? 1 : 0;
    return super.removeJobs(options);
  }

  /** Releases claimed rows not handed out (shutdown). */
  async releaseHeld(): Promise<void> {
    const ids = [...this.held.values()].flat().map((h) => String(h.job._id));
    this.held.clear();
    if (ids.length > 0) await this.unlockJobs(ids);
  }

  private takeHeld(jobName: string, nextScanAt: Date): JobParameters | undefined {
    const list = this.held.get(jobName);
    if (!list || list.length === 0) return undefined;
    const stale = Date.now() - this.o.maxHoldMs;
    if (list[0]!.claimedAt < stale) {
      // Held too long (Agenda stopped asking: lock limit, shutdown): let them go rather than run them late.
      const ids = list.splice(0).map((h) => String(h.job._id));
      void this.unlockJobs(ids).catch(() => undefined);
      return undefined;
    }
    // Claimed rows are due by the scan time they were claimed for; a later scan never sees earlier ones skipped.
    if (list[0]!.job.nextRunAt && list[0]!.job.nextRunAt > nextScanAt) return undefined;
    return list.shift()!.job;
  }

  private async claim(jobName: string, nextScanAt: Date, lockDeadline: Date, now: Date, by: string | null): Promise<void> {
    const t = this.table;
    // Two index range scans: due unlocked rows (the partial claim index) and expired locks (Agenda's locked_at index).
    const result = await this.o.pool.query<PostgresJobRow>(
      `WITH due AS (
         SELECT id FROM "${t}" WHERE name = $2 AND locked_at IS NULL AND disabled = FALSE AND next_run_at <= $3
         ORDER BY next_run_at, priority DESC LIMIT $6 FOR UPDATE SKIP LOCKED),
       expired AS (
         SELECT id FROM "${t}" WHERE name = $2 AND locked_at <= $4 AND disabled = FALSE
         ORDER BY locked_at LIMIT $6 FOR UPDATE SKIP LOCKED)
       UPDATE "${t}" SET locked_at = $1, last_modified_by = $5
       WHERE id IN (SELECT id FROM due UNION ALL SELECT id FROM expired)
       RETURNING *`,
      [now, jobName, nextScanAt, lockDeadline, by, this.o.claimBatch],
    );
    if (result.rows.length === 0) return;
    const jobs = result.rows.map(toJob).sort((a, b) => time(a.nextRunAt) - time(b.nextRunAt));
    const list = this.held.get(jobName) ?? [];
    const claimedAt = Date.now();
    for (const job of jobs) list.push({ job, claimedAt });
    this.held.set(jobName, list);
  }

  private async removeBatch(ids: string[]): Promise<boolean[]> {
    const { rows } = await this.o.pool.query<{ id: string }>(`DELETE FROM "${this.table}" WHERE id = ANY($1::uuid[]) RETURNING id::text AS id`, [ids]);
    const gone = new Set(rows.map((r) => r.id));
    return ids.map((id) => gone.has(id));
  }
}

/** A claimed row as Agenda's job attributes (the backend's own mapping is private). */
function toJob(row: PostgresJobRow): JobParameters {
  const opt = <T>(v: T | null): T | undefined => v ?? undefined;
  return {
    _id: toJobId(row.id),
    name: row.name,
    priority: row.priority,
    nextRunAt: row.next_run_at,
    type: row.type,
    lockedAt: opt(row.locked_at),
    lastFinishedAt: opt(row.last_finished_at),
    failedAt: opt(row.failed_at),
    failCount: opt(row.fail_count),
    failReason: opt(row.fail_reason),
    repeatTimezone: opt(row.repeat_timezone),
    lastRunAt: opt(row.last_run_at),
    repeatInterval: opt(row.repeat_interval),
    data: row.data,
    repeatAt: opt(row.repeat_at),
    disabled: row.disabled,
    progress: opt(row.progress),
    fork: opt(row.fork),
    lastModifiedBy: opt(row.last_modified_by),
    debounceStartedAt: opt(row.debounce_started_at),
    startDate: opt(row.start_date),
    endDate: opt(row.end_date),
    skipDays: opt(row.skip_days),
  } as JobParameters;
}

function isOneOff(job: JobParameters): boolean {
  return !job.repeatInterval && !job.repeatAt;
}

/**
 * The save Agenda makes as a run starts: `lastRunAt` just set after the claim's
 * `lockedAt`, next run cleared. (A `touch()` sets `lockedAt` after `lastRunAt`.)
 */
function isStart(job: JobParameters): boolean {
  return !!job.lockedAt && !job.nextRunAt && !!job.lastRunAt && job.lastRunAt >= job.lockedAt;
}

/** Agenda sets lastFinishedAt once the handler resolved: in this run, not an earlier one, and no failure since. */
function succeeded(job: JobParameters): boolean {
  if (!job.lastFinishedAt || !job.lastRunAt || job.lastFinishedAt < job.lastRunAt) return false;
  return !job.failedAt || job.failedAt < job.lastRunAt;
}

function time(d: Date | null | undefined): number {
  return d ? d.getTime() : Number.MAX_SAFE_INTEGER;
}
