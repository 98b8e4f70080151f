import { Agenda, InMemoryNotificationChannel, toJobId, type AgendaBackend, type NotificationChannel } from "agenda";
import { PostgresNotificationChannel } from "@agendajs/postgres-backend";
import type { Logger } from "../log.js";
import { BatchedJobRepository } from "./batched-job-repository.js";
import { JOBS_TABLE } from "./job-rows.js";
import type { SchedulerPool } from "./sql-client.js";

export interface AgendaSetup {
  agenda: Agenda;
  /** Agenda's storage, with claims and completions batched (see {@link BatchedJobRepository}). */
  repository: BatchedJobRepository;
  /** Wakes every instance's job processor (LISTEN/NOTIFY on a server, in-process on PGlite). */
  poke(jobName: string): Promise<void>;
}

/**
 * How nudge jobs run, shared by the scheduler and the bench. `lockLimit` caps
 * the jobs one instance holds per scan: Agenda refills its queue only on a
 * scan (every `processEvery`) or a notification, so one instance fires at
 * most lockLimit / processEvery jobs per second — and holding many more than
 * it can run soon starves the other instances.
 */
export function nudgeJobOptions(concurrency: number, lockLifetime: number) {
  return { concurrency, lockLifetime, lockLimit: NUDGE_LOCK_LIMIT, removeOnComplete: true } as const;
}

/**
 * Nudge jobs one instance runs at once. A job waits mostly on the database
 * (its turn, the batched completion), so more than the pool's connections may
 * be in flight; the store's pool still bounds the statements running at once.
 */
export const NUDGE_CONCURRENCY = 50;
/** Jobs one instance holds at once (claimed, waiting or running). */
export const NUDGE_LOCK_LIMIT = 400;
/** Rows one claim statement takes; the rest of a scan is served from them. */
export const CLAIM_BATCH = 100;
/** Agenda's scan interval default: with NUDGE_LOCK_LIMIT, up to 1,600 jobs/s per instance. */
export const PROCESS_EVERY_MS = 250;

export interface CreateAgendaOptions {
  db: SchedulerPool;
  logger: Logger;
  /** This instance's name (Agenda's lastModifiedBy): which instance locked a job. */
  name: string;
  processEveryMs: number;
  maxConcurrency: number;
}

/**
 * Agenda 6 on the bot's own database through `@agendajs/postgres-backend`.
 * The schema is created by {@link ensureJobsSchema} (under a lock), not by the
 * backend. On a server, jobs written by any instance wake all of them through
 * LISTEN/NOTIFY; on PGlite (one process) an in-process channel does that.
 */
export function createAgenda(o: CreateAgendaOptions): AgendaSetup {
  const server = o.db.kind === "postgres";
  const repository = new BatchedJobRepository({ pool: o.db.pool, tableName: JOBS_TABLE, claimBatch: CLAIM_BATCH, maxHoldMs: 10_000 });
  // Agenda's PostgreSQL backend, minus its own notification channel (ours is below) and job log table.
  const backend: AgendaBackend = {
    name: "PostgreSQL",
    repository,
    ownsConnection: false,
    connect: () => repository.connect(),
    disconnect: () => repository.disconnect(),
  };
  const channel: NotificationChannel = server ? wakeOnlyChannel(o.db) : new InMemoryNotificationChannel();
  const agenda = new Agenda({
    backend,
    ...(channel ? { notificationChannel: channel } : {}),
    name: o.name,
    processEvery: o.processEveryMs,
    maxConcurrency: o.maxConcurrency,
    defaultConcurrency: o.maxConcurrency,
  });
  // Always listen: a job or lock error must be logged, never crash the process.
  agenda.on("error", (err: unknown) => o.logger.error({ err }, "job scheduler error"));
  channel.on("error", (err: unknown) => o.logger.warn({ err }, "job notification channel error"));
  return {
    agenda,
    repository,
    async poke(jobName) {
      if (channel.state !== "connected") return;
      await channel.publish({ jobId: toJobId("poke"), jobName, nextRunAt: new Date(), priority: 0, timestamp: new Date(), source: o.name });
    },
  };
}

/**
 * LISTEN/NOTIFY for "a job is due now" only. Agenda also publishes every job's
 * start / success / complete as NOTIFYs (three more statements per job) for
 * cross-process events nobody here listens to; without them a job costs half
 * the round trips (see bench/nudges.ts).
 */
function wakeOnlyChannel(db: SchedulerPool): NotificationChannel {
  const channel = new PostgresNotificationChannel({ channelName: JOBS_TABLE });
  channel.setPool(db.pool);
  Object.defineProperty(channel, "publishState", { value: undefined });
  Object.defineProperty(channel, "subscribeState", { value: undefined });
  return channel;
}
