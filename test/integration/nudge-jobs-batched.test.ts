import type { Job } from "agenda";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAgenda, nudgeJobOptions, type AgendaSetup } from "../../src/jobs/create-agenda.js";
import { ensureJobsSchema, JOBS_TABLE, NUDGE_JOB, writeNudgeJobs, type NudgeJobData } from "../../src/jobs/job-rows.js";
import { serverPool, type SchedulerPool } from "../../src/jobs/sql-client.js";
import { silentLogger } from "../../src/log.js";
import { POSTGRES_SKIP_REASON, startPostgres, type PostgresServer } from "../support/postgres-server.js";

/**
 * Agenda's job path with batched claims and completions (BatchedJobRepository),
 * two instances on one PostgreSQL table: every job runs to completion exactly
 * once, retries and re-armed jobs are saved as Agenda saves them, a crashed
 * instance's expired lock is taken over, and nothing stays locked or behind.
 */
describe("batched Agenda job path on PostgreSQL, two instances", async () => {
  const pg: PostgresServer | null = await startPostgres();
  if (!pg) console.warn(`batched job path test skipped: ${POSTGRES_SKIP_REASON}`);

  describe.skipIf(!pg)("one jobs table", () => {
    const pools: SchedulerPool[] = [];
    const instances: AgendaSetup[] = [];
    const completed = new Map<string, string[]>();
    const started = new Map<string, number>();
    const running = new Set<string>();
    let overlapped = 0;
    let db: SchedulerPool;

    function instance(name: string): AgendaSetup {
      const pool = serverPool(pg!.url, silentLogger, 6);
      pools.push(pool);
      const setup = createAgenda({ db: pool, logger: silentLogger, name, processEveryMs: 100, maxConcurrency: 10 });
      setup.agenda.define(
        NUDGE_JOB,
        async (job: Job<NudgeJobData>) => {
          const id = job.attrs.data.nudgeId;
          if (running.has(id)) overlapped += 1;
          running.add(id);
          const n = (started.get(id) ?? 0) + 1;
          started.set(id, n);
          await new Promise((r) => setTimeout(r, 2));
          running.delete(id);
          // Plan "re-arm" runs again 150 ms later; plan "fail" throws once, then retries.
          if (job.attrs.data.kind === "rearm" && n === 1) {
            job.attrs.nextRunAt = new Date(Date.now() + 150);
            return;
          }
          if (job.attrs.data.kind === "fail" && n === 1) throw new Error("first attempt fails");
          completed.set(id, [...(completed.get(id) ?? []), name]);
        },
        { ...nudgeJobOptions(10, 60_000), backoff: () => 100 },
      );
      instances.push(setup);
      return setup;
    }

    function data(id: number, kind = "plain"): NudgeJobData {
      return { interviewId: String(id), kind, nudgeId: String(id), dueAt: new Date().toISOString(), writtenAt: Date.now() };
    }

    beforeAll(async () => {
      db = serverPool(pg!.url, silentLogger, 2);
      await ensureJobsSchema(db);
      instance("a");
      instance("b");
    });
    afterAll(async () => {
      for (const s of instances) await s.agenda.stop().catch(() => undefined);
      for (const p of pools) await p.close();
      await db?.close();
      await pg?.stop();
    });

    it("runs each of 1,200 jobs once across both instances and leaves nothing behind", async () => {
      const now = Date.now();
      const jobs = Array.from({ length: 1200 }, (_, i) => ({
        data: data(i + 1, i % 100 === 7 ? "rearm" : i % 100 === 9 ? "fail" : "plain"),
        runAt: new Date(now + (i % 600) * 2),
      }));
      await writeNudgeJobs(db.sql, jobs, "test");
      // A job a crashed instance had locked two minutes ago (its lock lifetime is 60 s).
      await db.sql.query(
        `INSERT INTO "${JOBS_TABLE}" (name, priority, next_run_at, type, data, locked_at, last_modified_by)
         VALUES ('${NUDGE_JOB}', 0, now() - interval '3 minutes', 'normal', $1::jsonb, now() - interval '2 minutes', 'crashed')`,
        [JSON.stringify(data(5000))],
      );
      await Promise.all(instances.map((s) => s.agenda.start()));

      const deadline = Date.now() + 30_000;
      while (completed.size < 1201 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));

      expect(completed.size).toBe(1201);
      expect([...completed.values()].filter((by) => by.length !== 1)).toEqual([]);
      expect(overlapped).toBe(0);
      // Both instances took part.
      const by = new Set([...completed.values()].flat());
      expect(by).toEqual(new Set(["a", "b"]));
      // Re-armed and failed-once jobs ran exactly twice; every other job once.
      for (const [id, n] of started) {
        const kind = jobs[Number(id) - 1]?.data.kind ?? "plain";
        expect([id, n]).toEqual([id, kind === "plain" ? 1 : 2]);
      }
      // Completed jobs are deleted (batched removal): the table empties.
      const left = async () => Number((await db.sql.query<{ n: string }>(`SELECT count(*)::text AS n FROM "${JOBS_TABLE}"`)).rows[0]?.n);
      const until = Date.now() + 5_000;
      while ((await left()) > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
      expect(await left()).toBe(0);
    });

    it("stopping releases every claimed row; a later job still runs on the instance left", async () => {
      const [a] = instances;
      await a!.agenda.drain(5_000);
      await a!.repository.releaseHeld();
      const locked = await db.sql.query(`SELECT id FROM "${JOBS_TABLE}" WHERE locked_at IS NOT NULL AND last_modified_by = 'a'`);
      expect(locked.rows).toEqual([]);
      await writeNudgeJobs(db.sql, [{ data: data(9001), runAt: new Date() }], "test");
      const deadline = Date.now() + 10_000;
      while (!completed.has("9001") && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(completed.get("9001")).toEqual(["b"]);
    });
  });
});
