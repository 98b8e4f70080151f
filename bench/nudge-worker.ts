/**
 * One scheduler worker for `bench/nudges.ts`, in its own process (its own core):
 * Agenda on the shared PostgreSQL with the production job settings, running
 * the nudge claim (finishNudge through the Store: the step that makes a job
 * that runs twice send once). The conversation turn itself is left out: this
 * measures the scheduler, not the engine. Reports over IPC.
 */
import type { Job } from "agenda";
import { createAgenda, NUDGE_CONCURRENCY, nudgeJobOptions, PROCESS_EVERY_MS } from "../src/jobs/create-agenda.js";
import { NUDGE_JOB, type NudgeJobData } from "../src/jobs/job-rows.js";
import { serverPool } from "../src/jobs/sql-client.js";
import { silentLogger } from "../src/log.js";
import { openStore } from "../src/store/index.js";
import { installStatementCounter, statementCounts } from "../test/support/count-statements.js";

installStatementCounter();

const url = process.env.DATABASE_URL!;
const name = process.env.WORKER_NAME ?? `w${process.pid}`;
const store = await openStore({ databaseUrl: url, dataDir: "memory://", logger: silentLogger });
const db = serverPool(url, silentLogger, 12);
const { agenda, repository } = createAgenda({ db, logger: silentLogger, name, processEveryMs: Number(process.env.BENCH_PROCESS_EVERY_MS ?? PROCESS_EVERY_MS), maxConcurrency: NUDGE_CONCURRENCY });

const lags: number[] = [];
const claimed: string[] = [];
let runs = 0;
let firstFiredAt = Infinity;
let lastFiredAt = 0;
agenda.define(
  NUDGE_JOB,
  async (job: Job<NudgeJobData>) => {
    const now = Date.now();
    const lag = now - Date.parse(job.attrs.data.dueAt);
    runs += 1;
    firstFiredAt = Math.min(firstFiredAt, now);
    lastFiredAt = Math.max(lastFiredAt, now);
    if (await store.finishNudge(job.attrs.data.nudgeId, "sent", "bench")) {
      claimed.push(job.attrs.data.nudgeId);
      lags.push(lag);
    }
  },
  nudgeJobOptions(NUDGE_CONCURRENCY, 60_000),
);
await agenda.start();
statementCounts(true);
const cpuAtStart = process.cpuUsage();
process.send?.({ type: "ready" });

const progress = setInterval(() => process.send?.({ type: "progress", claimed: claimed.length, runs }), 1000);
process.on("message", (msg: { type: string }) => {
  if (msg.type !== "stop") return;
  clearInterval(progress);
  void (async () => {
    await agenda.drain(10_000);
    await repository.releaseHeld();
    const cpu = process.cpuUsage(cpuAtStart);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    process.send?.({ type: "report", name, lags, claimed, runs, firstFiredAt, lastFiredAt, cpuMs, statements: statementCounts() }, () => {
      void Promise.all([db.close(), store.close()]).finally(() => process.exit(0));
    });
  })();
});
