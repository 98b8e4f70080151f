/**
 * The nudge scheduler: nudge rows (the plan, written in the conversation's
 * transaction) are the truth; Agenda jobs, one per planned nudge, make them
 * fire on time across instances. Jobs are written after the turn commits (a
 * sweep re-creates any a crash lost), carry the nudge id they fire, and are
 * re-mapped onto real time when the app clock jumps (see {@link TimeMap}).
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import type { Job } from "agenda";
import type { Clock } from "../clock.js";
import type { ReminderSchedule } from "../domain/nudges.js";
import type { ConversationEngine, EngineHooks } from "../engine/index.js";
import type { Logger } from "../log.js";
import type { Store } from "../store/store.js";
import type { Nudge } from "../store/types.js";
import { createAgenda, NUDGE_CONCURRENCY, nudgeJobOptions, PROCESS_EVERY_MS, type AgendaSetup } from "./create-agenda.js";
import { DailyJobs, type DailyHandler } from "./daily-jobs.js";
import { SchedulerError } from "./errors.js";
import { fireNudge, type FireOutcome } from "./fire-nudge.js";
import * as rows from "./job-rows.js";
import { committed, replanInTx, type ReplanResult } from "./replan.js";
import type { SchedulerPool } from "./sql-client.js";
import { TimeMap } from "./time-map.js";

export interface SchedulerOptions {
  store: Store;
  db: SchedulerPool;
  clock: Clock;
  logger: Logger;
  timeZone: string;
  schedule: ReminderSchedule;
  /** Agenda's scan interval (real ms): also how often an instance refills its queue of claimed jobs. Default 250. */
  processEveryMs?: number;
  /** Nudge jobs run at once per instance. Default {@link NUDGE_CONCURRENCY}. */
  concurrency?: number;
  /** A job locked longer than this (a crashed instance) is run again. Default 60 s. */
  lockLifetimeMs?: number;
  /** How often (real ms) lost jobs are re-created and stale ones removed. Default 60 s. */
  sweepEveryMs?: number;
  /** How long stop() waits for running jobs. Default 10 s. */
  drainMs?: number;
}

/** A job that failed this many times marks its nudge failed instead of retrying. */
const MAX_ATTEMPTS = 5;
/** A job whose nudge row never showed up this long after writing belongs to a rolled-back turn. */
const INVISIBLE_PLAN_MS = 60_000;
/** How long job writing waits for a re-planning turn to commit. */
const COMMIT_WAIT_MS = 5_000;
/** "Any time" for queries by due time (a date PostgreSQL can store). */
const FAR_FUTURE = new Date("9999-12-31T00:00:00Z");

export class NudgeScheduler {
  private readonly agenda: AgendaSetup["agenda"];
  private readonly poke: AgendaSetup["poke"];
  private readonly repository: AgendaSetup["repository"];
  private readonly time: TimeMap;
  private readonly name = `${hostname()}-${process.pid}-${randomBytes(3).toString("hex")}`;
  private readonly dailies: DailyJobs;
  private readonly pending = new Set<Promise<unknown>>();
  private engine: ConversationEngine | undefined;
  private started = false;
  private unsubscribe: (() => void) | undefined;
  private sweepTimer: NodeJS.Timeout | undefined;
  private remapping: Promise<void> | undefined;
  private remapAgain = false;
  /**
   * Runs work in the async context the scheduler was built in. The replan hook
   * runs inside a store transaction, whose async context makes plain store calls
   * throw (they would escape the transaction); the after-commit work must not inherit it.
   */
  private readonly outside = AsyncLocalStorage.snapshot();

  constructor(private readonly o: SchedulerOptions) {
    this.time = new TimeMap(o.clock);
    ({ agenda: this.agenda, poke: this.poke, repository: this.repository } = createAgenda({ db: o.db, logger: o.logger, name: this.name, processEveryMs: o.processEveryMs ?? PROCESS_EVERY_MS, maxConcurrency: o.concurrency ?? NUDGE_CONCURRENCY }));
    const lockLifetime = o.lockLifetimeMs ?? 60_000;
    this.agenda.define(rows.NUDGE_JOB, (job: Job<rows.NudgeJobData>) => this.runNudgeJob(job), { ...nudgeJobOptions(o.concurrency ?? NUDGE_CONCURRENCY, lockLifetime), backoff: (c) => (c.attempt < MAX_ATTEMPTS ? 2000 * 2 ** (c.attempt - 1) : null) });
    this.dailies = new DailyJobs({ sql: o.db.sql, clock: o.clock, time: this.time, timeZone: o.timeZone, logger: o.logger, by: this.name });
    this.agenda.define(rows.DAILY_JOB, (job: Job<rows.DailyJobData>) => this.dailies.runJob(job), { concurrency: 1, lockLifetime: 10 * 60_000 });
  }

  /** The engine hook: re-plan inside the turn's transaction, write the jobs once it committed. */
  get hooks(): Required<Pick<EngineHooks, "replanNudges">> {
    return {
      replanNudges: async (tx, interview) => {
        const changes = await replanInTx(tx, interview, this.o);
        // Not awaited: the jobs follow once this transaction's rows are visible (committed);
        // even without changes here, plans the turn skipped itself (cancel_nudges) lose their jobs.
        this.track(this.outside(() => this.afterCommit(interview.id, changes)));
      },
    };
  }

  /** The conversation engine timers re-enter (it is built after the hooks it takes). */
  attach(engine: ConversationEngine): void {
    this.engine = engine;
  }

  async start(): Promise<void> {
    await rows.ensureJobsSchema(this.o.db);
    await this.agenda.start();
    this.started = true;
    await this.dailies.start();
    const clock = this.o.clock as Clock & { onChange?: (l: (now: Date) => void) => () => void };
    if (typeof clock.onChange === "function") this.unsubscribe = clock.onChange(() => this.remap());
    await this.sweep();
    this.sweepTimer = setInterval(() => void this.sweep().catch((err: unknown) => this.o.logger.error({ err }, "nudge job sweep failed")), this.o.sweepEveryMs ?? 60_000);
    this.sweepTimer.unref();
  }

  /** Graceful: stop taking jobs, wait for running ones (up to drainMs), release what this instance had locked. */
  async stop(): Promise<void> {
    this.unsubscribe?.();
    clearInterval(this.sweepTimer);
    if (!this.started) return this.o.db.close();
    this.started = false;
    await this.settle();
    const result = await this.agenda.drain({ timeout: this.o.drainMs ?? 10_000 });
    await this.repository.releaseHeld().catch((err: unknown) => this.o.logger.warn({ err }, "could not release claimed jobs; their locks expire"));
    if (result.running > 0) this.o.logger.warn({ running: result.running }, "jobs still running at shutdown; their locks expire and another instance repeats them (idempotently)");
    else await this.o.db.sql.query(`UPDATE "${rows.JOBS_TABLE}" SET locked_at = NULL WHERE last_modified_by = $1 AND locked_at IS NOT NULL`, [this.name]).catch(() => undefined);
    await this.o.db.close();
  }

  /** Waits until job writes started by committed turns are done (tests, benches, shutdown). */
  async settle(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  /**
   * Fires every nudge and daily job due in the app clock's time now, and
   * resolves when they are done (the sandbox's "run due jobs", tests). Safe
   * alongside Agenda: each nudge is finished once, whoever gets there first.
   */
  async runDue(): Promise<{ nudges: number; dailies: number }> {
    const engine = this.requireEngine();
    const seen = new Set<string>();
    let nudges = 0;
    for (;;) {
      const due = (await this.o.store.listDueNudges(100, this.o.clock.now())).filter((n) => !seen.has(n.id));
      if (due.length === 0) break;
      for (const n of due) seen.add(n.id);
      // Different interviews in parallel; the engine serialises turns of one conversation.
      await Promise.all(due.map(async (n) => this.afterFire(await fireNudge({ ...this.o, engine }, n))));
      nudges += due.length;
    }
    const dailies = await this.dailies.runDue();
    await this.settle();
    await rows.removeStaleNudgeJobs(this.o.db.sql);
    return { nudges, dailies };
  }

  /** The earliest due time (app clock) of any planned nudge or daily job; null when nothing is planned. */
  async nextDueAt(): Promise<Date | null> {
    const [first] = await this.o.store.listDueNudges(1, FAR_FUTURE);
    const daily = await this.dailies.nextDue();
    const times = [first?.dueAt, daily].filter((d): d is Date => d instanceof Date);
    return times.length === 0 ? null : new Date(Math.min(...times.map((d) => d.getTime())));
  }

  /**
   * Runs `handler` every day at `at` (HH:MM, business time zone), through Agenda
   * and the app clock like every nudge. Register before or after start; every
   * instance should register the same dailies (any one of them runs each occurrence).
   */
  daily(name: string, at: string, handler: DailyHandler): Promise<void> {
    return this.dailies.register(name, at, handler);
  }

  /** Re-plans an interview's nudges outside a conversation turn (e.g. a recruiter moved it). */
  async replan(interviewId: string): Promise<Nudge[]> {
    const changes = await this.o.store.transaction(async (tx) => {
      const interview = await tx.getInterview(interviewId);
      return interview ? replanInTx(tx, interview, this.o) : { written: [], skipped: [] };
    });
    await this.writeJobs(changes.written);
    await rows.removeStaleNudgeJobs(this.o.db.sql, interviewId);
    return changes.written;
  }

  /** Every nudge of an interview with its status and reason (planned / sent / skipped / failed). */
  listNudges(interviewId: string): Promise<Nudge[]> {
    return this.o.store.listNudges(interviewId);
  }

  /** The Agenda jobs of an interview's nudges (what will fire). */
  listJobs(interviewId: string): ReturnType<typeof rows.nudgeJobsOf> {
    return rows.nudgeJobsOf(this.o.db.sql, interviewId);
  }

  /** Re-creates jobs of planned nudges that have none; removes jobs of replaced or finished plans. */
  async sweep(): Promise<{ created: number; removed: number }> {
    let created = 0;
    for (;;) {
      const lost = await rows.nudgesWithoutJob(this.o.db.sql, 1000);
      if (lost.length === 0) break;
      await rows.writeNudgeJobs(this.o.db.sql, lost.map((n) => ({ data: this.jobData(n), runAt: this.time.toReal(n.dueAt) })), this.name);
      created += lost.length;
      if (lost.length < 1000) break;
    }
    const removed = await rows.removeStaleNudgeJobs(this.o.db.sql);
    if (created > 0) await this.poke(rows.NUDGE_JOB);
    if (created + removed > 0) this.o.logger.info({ created, removed }, "nudge jobs swept");
    return { created, removed };
  }

  private requireEngine(): ConversationEngine {
    if (!this.engine) throw new SchedulerError("the scheduler has no conversation engine attached");
    return this.engine;
  }

  private track(work: Promise<unknown>): void {
    const p = work.catch((err: unknown) => this.o.logger.error({ err }, "could not write nudge jobs; the sweep re-creates them")).finally(() => this.pending.delete(p));
    this.pending.add(p);
  }

  private jobData(n: Pick<Nudge, "id" | "interviewId" | "kind" | "dueAt">): rows.NudgeJobData {
    return { interviewId: n.interviewId, kind: n.kind, nudgeId: n.id, dueAt: n.dueAt.toISOString(), writtenAt: this.time.realNow().getTime() };
  }

  /**
   * After a turn re-planned: wait until its rows are visible (the transaction
   * committed; on PGlite the first read already waits for it), then write the
   * new plans' jobs and drop the replaced or skipped ones. A turn that rolled
   * back never becomes visible: nothing is written.
   */
  private async afterCommit(interviewId: string, changes: ReplanResult): Promise<void> {
    if (!(await committed(this.o.store, interviewId, changes, COMMIT_WAIT_MS))) return; // rolled back (or very slow): the sweep settles it
    await this.writeJobs(changes.written);
    await rows.removeStaleNudgeJobs(this.o.db.sql, interviewId);
  }

  private async writeJobs(planned: readonly Nudge[]): Promise<void> {
    if (planned.length === 0) return;
    for (const n of planned) await rows.writeNudgeJob(this.o.db.sql, this.jobData(n), this.time.toReal(n.dueAt), this.name);
    await this.poke(rows.NUDGE_JOB);
  }

  private async afterFire(outcome: FireOutcome): Promise<void> {
    if (outcome.type === "deferred") await this.writeJobs([outcome.nudge]);
  }

  private async runNudgeJob(job: Job<rows.NudgeJobData>): Promise<void> {
    const data = job.attrs.data;
    const row = (await this.o.store.listNudges(data.interviewId)).find((n) => n.kind === data.kind);
    if (!row || BigInt(row.id) < BigInt(data.nudgeId)) {
      // The plan's transaction has not committed (a server instance wrote the job first) — or rolled back.
      if (this.time.realNow().getTime() - data.writtenAt < INVISIBLE_PLAN_MS) job.attrs.nextRunAt = new Date(this.time.realNow().getTime() + 500);
      return;
    }
    if (row.id !== data.nudgeId || row.status !== "planned") return; // re-planned or finished elsewhere
    try {
      const outcome = await fireNudge({ ...this.o, engine: this.requireEngine() }, row);
      if (outcome.type === "early") job.attrs.nextRunAt = this.time.toReal(outcome.dueAt);
      await this.afterFire(outcome);
    } catch (err) {
      if ((job.attrs.failCount ?? 0) + 1 < MAX_ATTEMPTS) throw err;
      this.o.logger.error({ err, nudge: row.id, kind: row.kind }, "nudge failed repeatedly; marking it failed");
      await this.o.store.finishNudge(row.id, "failed", `error: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  /** The app clock moved: re-map idle jobs onto real time and wake the processors. Coalesces bursts. */
  private remap(): void {
    if (this.remapping) {
      this.remapAgain = true;
      return;
    }
    this.remapping = (async () => {
      do {
        this.remapAgain = false;
        await rows.remapJobs(this.o.db.sql, this.time.realNow(), this.time.virtualNow());
        await this.poke(rows.NUDGE_JOB);
        await this.poke(rows.DAILY_JOB);
      } while (this.remapAgain);
    })()
      .catch((err: unknown) => this.o.logger.error({ err }, "could not re-map jobs after a clock change"))
      .finally(() => (this.remapping = undefined));
    this.track(this.remapping);
  }
}
