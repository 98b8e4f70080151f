/**
 * Dashboard API latency at scale: 1,000,000 messages / 100,000 interviews
 * (BENCH_DASHBOARD_MESSAGES / BENCH_DASHBOARD_INTERVIEWS) loaded into
 * PostgreSQL (DATABASE_URL, or a throwaway cluster from the local install) and
 * into PGlite (BENCH_DASHBOARD_PGLITE_INTERVIEWS, default the same size), then
 * timed HTTP requests against the real dashboard routes. Target: ≤ 300 ms per
 * request on PostgreSQL.
 */
import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { systemClock } from "../src/clock.js";
import { createCoordination } from "../src/coord/index.js";
import { silentLogger } from "../src/log.js";
import { createApp } from "../src/server.js";
import type { Store } from "../src/store/index.js";
import { openPostgresStore } from "../src/store/postgres/open.js";
import { createDashboard } from "../src/web/index.js";
import { startPostgres } from "../test/support/postgres-server.js";
import { loadDashboardData, type RunSql } from "./dashboard-data.js";
import { table } from "./support.js";

const INTERVIEWS = Number(process.env.BENCH_DASHBOARD_INTERVIEWS ?? 100_000);
const MESSAGES = Number(process.env.BENCH_DASHBOARD_MESSAGES ?? 1_000_000);
const PGLITE_INTERVIEWS = Number(process.env.BENCH_DASHBOARD_PGLITE_INTERVIEWS ?? INTERVIEWS);
const REPEAT = Number(process.env.BENCH_DASHBOARD_REPEAT ?? 10);
const TARGET_MS = 300;
const TOKEN = "bench-dashboard-token-0123456789";

const REQUESTS = [
  "/dashboard/api/metrics?days=7",
  "/dashboard/api/metrics?days=30",
  "/dashboard/api/metrics?days=90",
  `/dashboard/api/metrics?days=30&channel=${encodeURIComponent("猎聘")}&position=${encodeURIComponent("销售代表")}`,
  "/dashboard/api/upcoming",
];

interface Row {
  engine: string;
  size: string;
  request: string;
  p50: number;
  p95: number;
  max: number;
}

async function time(url: string): Promise<number> {
  const started = performance.now();
  const res = await fetch(url, { headers: { authorization: `Bearer ${TOKEN}` } });
  await res.arrayBuffer();
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return performance.now() - started;
}

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;

/** Serves the dashboard on `store` and times every request kind. */
async function measure(engine: string, size: string, store: Store, log: (line: string) => void): Promise<Row[]> {
  const coord = await createCoordination(undefined, silentLogger);
  const dashboard = createDashboard({ store, coord, clock: systemClock, logger: silentLogger, token: TOKEN, mode: "live", timeZone: "Asia/Shanghai" });
  const app = createApp({ logger: silentLogger, health: async () => ({ ok: true }), routers: [dashboard.router] });
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const rows: Row[] = [];
  try {
    log(`dashboard: ${engine}: first /api/upcoming (fits the risk model on up to 50,000 interviews)`);
    const fit = await time(`${base}/dashboard/api/upcoming`);
    rows.push({ engine, size, request: "upcoming, cold (model fit)", p50: fit, p95: fit, max: fit });
    for (const path of REQUESTS) {
      await time(`${base}${path}`);
      const samples: number[] = [];
      for (let i = 0; i < REPEAT; i++) samples.push(await time(`${base}${path}`));
      rows.push({ engine, size, request: path.replace("/dashboard/api/", ""), p50: percentile(samples, 0.5), p95: percentile(samples, 0.95), max: Math.max(...samples) });
      log(`dashboard: ${engine}: ${path} p50 ${percentile(samples, 0.5).toFixed(0)} ms`);
    }
    const page: number[] = [];
    for (let i = 0; i < REPEAT; i++) {
      const started = performance.now();
      await Promise.all([time(`${base}/dashboard/api/metrics?days=30`), time(`${base}/dashboard/api/upcoming`)]);
      page.push(performance.now() - started);
    }
    rows.push({ engine, size, request: "page load (metrics 30d ‖ upcoming)", p50: percentile(page, 0.5), p95: percentile(page, 0.95), max: Math.max(...page) });
  } finally {
    dashboard.close();
    await new Promise((resolve) => server.close(resolve));
    await coord.close();
  }
  return rows;
}

async function onPostgres(log: (line: string) => void): Promise<Row[]> {
  const server = await startPostgres();
  if (!server) {
    log("dashboard: no PostgreSQL available (set DATABASE_URL or install postgresql); skipped");
    return [];
  }
  const store = await openPostgresStore({ connection: { databaseUrl: server.url }, logger: silentLogger });
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  try {
    log(`dashboard: loading ${INTERVIEWS} interviews / ${MESSAGES} messages into PostgreSQL`);
    const run: RunSql = (text, params) => client.query(text, params);
    const loaded = await loadDashboardData(run, { interviews: INTERVIEWS, messages: MESSAGES, now: new Date(), progress: log });
    return await measure("PostgreSQL", `${loaded.interviews} / ${loaded.messages}`, store, log);
  } finally {
    await client.end();
    await store.close();
    await server.stop();
  }
}

async function onPglite(log: (line: string) => void): Promise<Row[]> {
  const dir = await mkdtemp(join(tmpdir(), "bench-dashboard-pglite-"));
  const pglite = await PGlite.create(join(dir, "pglite"));
  const store = await openPostgresStore({ connection: { pglite }, logger: silentLogger });
  try {
    const interviews = PGLITE_INTERVIEWS;
    const messages = Math.round((MESSAGES / INTERVIEWS) * interviews);
    log(`dashboard: loading ${interviews} interviews / ${messages} messages into PGlite (on disk)`);
    const run: RunSql = (text, params) => pglite.query(text, params);
    const loaded = await loadDashboardData(run, { interviews, messages, now: new Date(), progress: log });
    return await measure("PGlite", `${loaded.interviews} / ${loaded.messages}`, store, log);
  } finally {
    await store.close();
    await pglite.close();
    await rm(dir, { recursive: true, force: true });
  }
}

export async function runDashboardBench(log: (line: string) => void = console.log): Promise<string> {
  const rows = [...(await onPostgres(log)), ...(await onPglite(log))];
  const report = table(
    ["engine", "interviews / messages", "request", "p50 ms", "p95 ms", "max ms", `≤ ${TARGET_MS} ms`],
    rows.map((r) => [r.engine, r.size, r.request, r.p50.toFixed(0), r.p95.toFixed(0), r.max.toFixed(0), r.p95 <= TARGET_MS ? "yes" : "no"]),
  );
  return `Dashboard API (sequential requests, ${REPEAT} each after one warm-up)\n${report}`;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await runDashboardBench((line) => process.stderr.write(`${line}\n`)));
