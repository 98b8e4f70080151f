/**
 * `npm run bench` → nudges: schedules BENCH_NUDGES (default 100,000) reminders
 * due within BENCH_NUDGE_SPREAD_S (default 180 s) on PostgreSQL (DATABASE_URL,
 * or a throwaway cluster), runs 1 and then 2 scheduler worker processes
 * (`bench/nudge-worker.ts`), and reports firing lag p50/p99/max and duplicates.
 * Target: p99 ≤ 2 s, zero duplicate sends.
 */
import { fork, type ChildProcess } from "node:child_process";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { NUDGE_KINDS } from "../src/domain/nudges.js";
import { ensureJobsSchema, writeNudgeJobs, type NudgeJobData } from "../src/jobs/job-rows.js";
import { serverPool } from "../src/jobs/sql-client.js";
import { silentLogger } from "../src/log.js";
import { openStore } from "../src/store/index.js";
import { freshDatabase, startPostgres } from "../test/support/postgres-server.js";
import { postmasterOf, serverCpuMs } from "./proc-cpu.js";
import { table } from "./support.js";

interface WorkerReport {
  name: string;
  lags: number[];
  claimed: string[];
  runs: number;
  firstFiredAt: number;
  lastFiredAt: number;
  /** The worker's own CPU (user + system) from ready to stop. */
  cpuMs: number;
  /** Database statements the worker sent, by kind. */
  statements: Record<string, number>;
}

const WORKER = fileURLToPath(new URL("./nudge-worker.ts", import.meta.url));
/** Time between writing the jobs and the first one falling due (workers are already running). */
const LEAD_MS = 20_000;

export async function runNudgeBench(progress: (line: string) => void): Promise<string> {
  const total = Number(process.env.BENCH_NUDGES ?? 100_000);
  const spreadMs = Number(process.env.BENCH_NUDGE_SPREAD_S ?? 180) * 1000;
  const pg = process.env.DATABASE_URL ? await freshDatabase(process.env.DATABASE_URL) : await startPostgres();
  if (!pg) return "## Nudges\nskipped: no PostgreSQL (set DATABASE_URL or install postgresql)";
  progress(`nudges: PostgreSQL ${pg.origin}; ${total} reminders due within ${spreadMs / 1000} s`);
  const store = await openStore({ databaseUrl: pg.url, dataDir: "memory://", logger: silentLogger });
  const db = serverPool(pg.url, silentLogger);
  const rows: string[][] = [];
  try {
    await ensureJobsSchema(db);
    await db.sql.query(`INSERT INTO candidates (name, created_at, updated_at) VALUES ('bench', now(), now())`);
    await db.sql.query(
      `INSERT INTO interviews (candidate_id, position, recruiter_userid, scheduled_at, duration_minutes, status, created_at, updated_at)
       SELECT (SELECT min(id) FROM candidates), 'bench', 'r', now() + interval '30 days', 60, 'confirmed', now(), now() FROM generate_series(1, $1)`,
      [Math.ceil(total / NUDGE_KINDS.length)],
    );
    for (const workers of [1, 2]) {
      const r = await round(db, pg.url, total, spreadMs, workers, progress);
      rows.push([String(workers), String(total), `${(spreadMs / 1000).toFixed(0)} s`, ms(r.p50), ms(r.p99), ms(r.max), String(r.duplicates), String(r.extraRuns), String(r.missing), `${r.perSecond.toFixed(0)}/s`, r.workerCpu.toFixed(2), r.dbCpu.toFixed(2), r.statementsPer.toFixed(1), r.load]);
      progress(`nudges: ${workers} worker(s): statements per fired nudge: ${r.byKind}`);
    }
  } finally {
    await db.close();
    await store.close();
    await pg.stop();
  }
  return ["## Nudges (Agenda on PostgreSQL; lag = handler start − due time)", table(["workers", "reminders", "due within", "lag p50", "lag p99", "lag max", "duplicate sends", "extra runs", "not fired", "sustained", "worker CPU ms/nudge", "PostgreSQL CPU ms/nudge", "statements/nudge", "load avg (1 min, at end)"], rows), "Target: p99 ≤ 2 s, zero duplicate sends."].join("\n");
}

function ms(v: number): string {
  return `${Math.round(v)} ms`;
}

async function round(db: ReturnType<typeof serverPool>, databaseUrl: string, total: number, spreadMs: number, workers: number, progress: (line: string) => void) {
  await db.sql.query(`DELETE FROM agenda_jobs`);
  await db.sql.query(`DELETE FROM nudges`);
  const children = await Promise.all(Array.from({ length: workers }, (_, i) => spawnWorker(databaseUrl, `w${workers}-${i}`)));
  const claimedBy = new Map<ChildProcess, number>();
  for (const c of children) c.on("message", (m: { type: string; claimed?: number }) => m.type === "progress" && claimedBy.set(c, m.claimed ?? 0));

  const { rows: backend } = await db.sql.query<{ pid: number }>(`SELECT pg_backend_pid() AS pid`);
  const postmaster = postmasterOf(Number(backend[0]?.pid));
  const first = Date.now() + LEAD_MS;
  const written = Date.now();
  const { rows } = await db.sql.query<{ id: string; interview_id: string; kind: string; due_at: Date }>(
    `INSERT INTO nudges (interview_id, kind, due_at, status, created_at, updated_at)
     SELECT i.id, k.kind, $1::timestamptz + ((row_number() OVER (ORDER BY i.id, k.kind) - 1) * $2::float8 / $3) * interval '1 millisecond', 'planned', now(), now()
     FROM interviews i CROSS JOIN unnest($4::text[]) AS k(kind) ORDER BY i.id, k.kind LIMIT $3
     RETURNING id::text, interview_id::text, kind, due_at`,
    [new Date(first).toISOString(), spreadMs, total, [...NUDGE_KINDS]],
  );
  for (let i = 0; i < rows.length; i += 5000) {
    const batch = rows.slice(i, i + 5000).map((n) => {
      const data: NudgeJobData = { interviewId: n.interview_id, kind: n.kind, nudgeId: n.id, dueAt: new Date(n.due_at).toISOString(), writtenAt: Date.now() };
      return { data, runAt: new Date(n.due_at) };
    });
    await writeNudgeJobs(db.sql, batch, "bench");
  }
  const dbCpuAtStart = postmaster ? serverCpuMs(postmaster) : NaN;
  progress(`nudges: ${workers} worker(s): ${rows.length} nudges and jobs written in ${((Date.now() - written) / 1000).toFixed(1)} s; first due in ${((first - Date.now()) / 1000).toFixed(1)} s`);

  const deadline = first + spreadMs + 120_000;
  for (;;) {
    await new Promise((r) => setTimeout(r, 5000));
    const claimed = [...claimedBy.values()].reduce((a, b) => a + b, 0);
    const due = Math.max(0, Math.min(total, Math.round(((Date.now() - first) / spreadMs) * total)));
    progress(`nudges: ${workers} worker(s): ${claimed}/${total} fired (${due} due by now)`);
    if (claimed >= total || Date.now() > deadline) break;
  }
  // Before the workers stop: their backends exit with them, taking their CPU time along.
  const dbCpu = postmaster ? serverCpuMs(postmaster) - dbCpuAtStart : NaN;
  const reports = await Promise.all(children.map(stopWorker));
  const fired = new Set(reports.flatMap((r) => r.claimed)).size || 1;
  const statements = new Map<string, number>();
  for (const r of reports) for (const [k, v] of Object.entries(r.statements)) statements.set(k, (statements.get(k) ?? 0) + v);
  const statementTotal = [...statements.values()].reduce((a, b) => a + b, 0);
  const byKind = [...statements].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${(v / fired).toFixed(2)}`).join(", ");
  const lags = reports.flatMap((r) => r.lags).sort((a, b) => a - b);
  const ids = reports.flatMap((r) => r.claimed);
  const runs = reports.reduce((a, r) => a + r.runs, 0);
  const pick = (q: number) => lags[Math.min(lags.length - 1, Math.floor(q * lags.length))] ?? NaN;
  return {
    p50: pick(0.5),
    p99: pick(0.99),
    max: lags.at(-1) ?? NaN,
    duplicates: ids.length - new Set(ids).size,
    extraRuns: runs - new Set(ids).size,
    missing: total - new Set(ids).size,
    workerCpu: reports.reduce((a, r) => a + r.cpuMs, 0) / fired,
    dbCpu: dbCpu / fired,
    statementsPer: statementTotal / fired,
    byKind,
    load: loadavg()[0]!.toFixed(1),
    // What the workers sustained: fired nudges over the time from the first to the last firing.
    perSecond: ids.length / Math.max(1, (Math.max(...reports.map((r) => r.lastFiredAt)) - Math.min(...reports.map((r) => r.firstFiredAt))) / 1000),
  };
}

function spawnWorker(databaseUrl: string, name: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = fork(WORKER, [], { env: { ...process.env, DATABASE_URL: databaseUrl, WORKER_NAME: name }, execArgv: ["--import", "tsx"], stdio: ["ignore", "ignore", "inherit", "ipc"] });
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`worker ${name} exited with ${code}`)));
    child.on("message", (m: { type: string }) => m.type === "ready" && resolve(child));
  });
}

function stopWorker(child: ChildProcess): Promise<WorkerReport> {
  return new Promise((resolve) => {
    child.on("message", (m: WorkerReport & { type: string }) => m.type === "report" && resolve(m));
    child.send({ type: "stop" });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await runNudgeBench((line) => void process.stderr.write(`${line}\n`)));
}
