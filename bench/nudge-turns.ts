/**
 * `npm run bench` → what one fired nudge costs end to end, beyond the
 * scheduler (bench/nudges.ts measures that): the job handler's checks, the
 * engine's timer turn (lock → load → step → commit) and the outbox's
 * `kf/send_msg` to the simulator. BENCH_NUDGE_TURNS (default 300) candidates
 * are invited, bound and confirm; then the app clock jumps to T−24 h and
 * Agenda fires every re-confirmation at once. Reports fired/s, the bot
 * process's CPU per nudge (simulator included: same process), PostgreSQL's CPU
 * per nudge and the statements per nudge by kind. One bot instance on
 * PostgreSQL (DATABASE_URL, or a throwaway cluster), in-process coordination.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import type { Bot } from "../src/bot.js";
import { ManualClock } from "../src/clock.js";
import { serverPool } from "../src/jobs/sql-client.js";
import { silentLogger } from "../src/log.js";
import type { Simulator } from "../src/wecom/simulator/index.js";
import { installStatementCounter, statementCounts } from "../test/support/count-statements.js";
import { freshDatabase, startPostgres } from "../test/support/postgres-server.js";
import { startBotOn, startSharedWecom } from "../test/support/restartable-bot.js";
import { postmasterOf, serverCpuMs } from "./proc-cpu.js";
import { table } from "./support.js";

/** Monday 2025-11-24 10:00 and the interviews' Wednesday 14:00, Asia/Shanghai. */
const MONDAY_10AM = new Date("2025-11-24T02:00:00Z");
const WEDNESDAY_2PM = new Date("2025-11-26T06:00:00Z");
/** T−24 h: only the re-confirmation is due (materials were dropped: the invitation was too recent). */
const TUESDAY_2PM = new Date("2025-11-25T06:00:00Z");
const RECONFIRM_TEXT = "您还能按时参加吗";

export async function runNudgeTurnsBench(progress: (line: string) => void): Promise<string> {
  const total = Number(process.env.BENCH_NUDGE_TURNS ?? 300);
  const pg = process.env.DATABASE_URL ? await freshDatabase(process.env.DATABASE_URL) : await startPostgres();
  if (!pg) return "## Nudges end to end\nskipped: no PostgreSQL (set DATABASE_URL or install postgresql)";
  installStatementCounter();
  const clock = new ManualClock(MONDAY_10AM);
  const { sim, port } = await startSharedWecom(clock);
  const dir = await mkdtemp(join(tmpdir(), "nudge-turns-"));
  const bot = await startBotOn(sim, port, dir, clock, { DATABASE_URL: pg.url });
  try {
    progress(`nudges end to end: ${total} candidates invited, bound and confirming`);
    const exts = await prepare(bot, sim, total);
    await bot.jobs.settle();
    const probe = serverPool(pg.url, silentLogger, 1);
    const { rows } = await probe.sql.query<{ pid: number }>(`SELECT pg_backend_pid() AS pid`);
    const postmaster = postmasterOf(Number(rows[0]?.pid));
    await probe.close();

    statementCounts(true);
    const cpu = process.cpuUsage();
    const dbCpu = postmaster ? serverCpuMs(postmaster) : NaN;
    const started = performance.now();
    clock.set(TUESDAY_2PM);
    const sent = await waitFor(() => exts.filter((e) => reconfirms(sim, e) > 0).length, total, 120_000, (n) => progress(`nudges end to end: ${n}/${total} re-confirmations received`));
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    const dbUsed = postmaster ? serverCpuMs(postmaster) - dbCpu : NaN;
    const counts = statementCounts();
    const statements = Object.values(counts).reduce((a, b) => a + b, 0);
    const duplicates = exts.reduce((a, e) => a + Math.max(0, reconfirms(sim, e) - 1), 0);
    const byKind = Object.entries(counts)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${(v / Math.max(1, sent)).toFixed(2)}`)
      .join(", ");
    progress(`nudges end to end: statements per nudge: ${byKind}`);
    return [
      "## Nudges end to end (one bot on PostgreSQL; Agenda job → timer turn → kf/send_msg)",
      table(
        ["nudges", "sent", "duplicates", "seconds", "fired/s", "bot+simulator CPU ms/nudge", "PostgreSQL CPU ms/nudge", "statements/nudge", "load avg (1 min)"],
        [[String(total), String(sent), String(duplicates), seconds.toFixed(1), (sent / seconds).toFixed(0), ((used.user + used.system) / 1000 / Math.max(1, sent)).toFixed(2), (dbUsed / Math.max(1, sent)).toFixed(2), (statements / Math.max(1, sent)).toFixed(1), loadavg()[0]!.toFixed(1)]],
      ),
      `Statements per nudge by kind: ${byKind}`,
    ].join("\n");
  } finally {
    await bot.stop();
    await sim.stop();
    await pg.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

function kfTexts(sim: Simulator, ext: string): string[] {
  return sim.sent.filter((r) => r.channel === "kf" && r.to.includes(ext)).map((r) => r.text ?? "");
}

function reconfirms(sim: Simulator, ext: string): number {
  return kfTexts(sim, ext).filter((t) => t.includes(RECONFIRM_TEXT)).length;
}

/** Invites, binds and confirms `total` candidates, 20 at a time. */
async function prepare(bot: Bot, sim: Simulator, total: number): Promise<string[]> {
  const exts: string[] = [];
  let next = 0;
  const one = async (i: number): Promise<void> => {
    const created = await bot.engine.createInterview({
      candidate: { name: `候选人${i}`, mobile: "13800138000", sourceChannel: "BOSS直聘" },
      interview: { position: "后端工程师", recruiterUserId: "recruiter_li", interviewers: ["王经理"], scheduledAt: WEDNESDAY_2PM, durationMinutes: 60, location: { address: "北京市海淀区中关村大街1号 8层", mapUrl: null }, materials: "身份证", process: "两轮面试" },
      actor: "recruiter:recruiter_li",
    });
    const code = new URL(created.link).searchParams.get("scene_param") ?? "";
    const ext = `wmbench${i}x${Date.now().toString(36)}`;
    await sim.candidateEnters(ext, { sceneParam: code });
    await waitFor(() => kfTexts(sim, ext).length, 1, 30_000);
    await sim.candidateSays(ext, { menuId: "confirm", text: "确认参加" });
    await waitFor(() => kfTexts(sim, ext).length, 2, 30_000);
    exts.push(ext);
  };
  await Promise.all(
    Array.from({ length: 20 }, async () => {
      while (next < total) await one(next++);
    }),
  );
  return exts;
}

async function waitFor(value: () => number, target: number, timeoutMs: number, report?: (n: number) => void): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let lastReport = Date.now();
  for (;;) {
    const n = value();
    if (n >= target || Date.now() > deadline) return n;
    if (report && Date.now() - lastReport >= 2000) {
      report(n);
      lastReport = Date.now();
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await runNudgeTurnsBench((line) => void process.stderr.write(`${line}\n`)));
}
