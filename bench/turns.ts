import { mkdtemp, rm } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { SANDBOX_CREDENTIALS } from "../config/settings.js";
import { startSimulator, type Simulator } from "../src/wecom/simulator/index.js";
import { startBotProcess, type BotProcess } from "../test/support/bot-process.js";
import { POSTGRES_SKIP_REASON, startPostgres } from "../test/support/postgres-server.js";
import { startRedis, testKeyPrefix } from "../test/support/redis-server.js";
import { liveEnv } from "../test/support/test-bot.js";
import { freePort, table } from "./support.js";
import { closedLoop, openLoop, type TurnDriver, type TurnStats } from "./turn-load.js";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? 200);
/** Extra fixed offered rates (turns/s, comma-separated) to measure latency at, besides half the target. */
const EXTRA_RATES = (process.env.BENCH_RATES ?? "").split(",").filter((r) => r.trim() !== "").map(Number);

/**
 * Full conversation turns through the real bot (its own process) and the
 * simulated WeCom (this process): the candidate's message → encrypted
 * kf_msg_or_event callback → sync_msg pull → NLU → one-transaction turn →
 * outbox → kf/send_msg back to the simulator. A turn's latency runs from the
 * candidate sending to the bot's reply reaching WeCom. Measured twice per
 * store: as fast as it goes (every conversation sends its next message when the
 * reply arrives) and at a fixed offered rate of half the target.
 * Targets: ≥ 1,000 turns/s on PostgreSQL, ≥ 300 on PGlite, p99 ≤ 100 ms at half that load.
 */
export async function runTurnsBench(log: (line: string) => void = console.log): Promise<string> {
  const only = process.env.BENCH_TURNS_ONLY;
  const sections: string[] = [];
  if (only !== "postgres") sections.push(await benchOn("PGlite", {}, 300, log));
  if (only !== "pglite") {
    const pg = process.env.DATABASE_URL ? { url: process.env.DATABASE_URL, stop: async () => undefined } : await startPostgres();
    const redis = await startRedis();
    try {
      if (!pg) sections.push(`## Conversation turns on PostgreSQL: skipped (${POSTGRES_SKIP_REASON})`);
      else {
        const env: Record<string, string> = { DATABASE_URL: pg.url };
        if (redis) Object.assign(env, { REDIS_URL: redis.url, REDIS_KEY_PREFIX: testKeyPrefix("bench") });
        sections.push(await benchOn(redis ? "PostgreSQL + Redis" : "PostgreSQL (no Redis found)", env, 1000, log));
      }
    } finally {
      await redis?.stop();
      await pg?.stop();
    }
  }
  return sections.join("\n\n");
}

async function benchOn(name: string, dbEnv: Record<string, string>, target: number, log: (line: string) => void): Promise<string> {
  const dataDir = await mkdtemp(join(tmpdir(), "bench-turns-"));
  const port = await freePort();
  const c = SANDBOX_CREDENTIALS;
  const sim = await startSimulator({
    corpId: c.corpId,
    app: c.app,
    kf: c.kf,
    robotKey: c.robotKey,
    callbackBase: `http://127.0.0.1:${port}`,
    callbacks: { retryDelayMs: 200 },
  });
  let bot: BotProcess | undefined;
  try {
    log(`turns (${name}): starting the bot`);
    bot = await startBotProcess({ ...liveEnv(sim.url), PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, LOG_LEVEL: "warn", BENCH_COUNT_STATEMENTS: "1", ...dbEnv });
    const driver = await prepare(sim, bot, name, log);
    log(`turns (${name}): as fast as it goes, ${CONVERSATIONS} conversations, ${SECONDS}s`);
    await bot.send({ cmd: "statements", reset: true });
    const cpuBefore = { bot: cpuMs(bot.child.pid), bench: cpuMs(process.pid) };
    const max = await closedLoop(driver, SECONDS * 1000, progress(log, name));
    const cpu = { bot: (cpuMs(bot.child.pid) - cpuBefore.bot) / max.turns, bench: (cpuMs(process.pid) - cpuBefore.bench) / max.turns };
    const statements = perTurn(await bot.send<Record<string, number>>({ cmd: "statements", reset: true }), max.turns);
    const rate = target / 2;
    log(`turns (${name}): fixed offered rate ${rate}/s, ${SECONDS}s`);
    const fixed = await openLoop(driver, rate, SECONDS * 1000, progress(log, name));
    const more: Array<Array<string | number>> = [];
    let moreUnanswered = 0;
    for (const extraRate of EXTRA_RATES) {
      log(`turns (${name}): fixed offered rate ${extraRate}/s, ${SECONDS}s`);
      const at = await openLoop(driver, extraRate, SECONDS * 1000, progress(log, name));
      moreUnanswered += at.unanswered;
      more.push(row(`offered ${extraRate}/s`, at, undefined, extraRate));
    }
    // A turn given up on (unanswered) may still be answered later: that reply is not an extra one.
    const extra = driver.extraReplies() - max.unanswered - fixed.unanswered - moreUnanswered;
    const rows = [row("max throughput", max, target, undefined), row(`offered ${rate}/s`, fixed, undefined, rate), ...more];
    const report = table(["load", "turns", "turns/s", "p50 ms", "p99 ms", "max ms", "unanswered", "verdict"], rows);
    const notes = [
      `targets: ≥ ${target} turns/s; p99 ≤ 100 ms at ${rate} turns/s offered`,
      ...(Number.isFinite(cpu.bot)
        ? [`CPU per turn at max throughput: bot ${cpu.bot.toFixed(2)} ms (one core's ceiling ≈ ${Math.round(1000 / cpu.bot)} turns/s), simulated WeCom + load ${cpu.bench.toFixed(2)} ms; machine load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`]
        : []),
      statements,
      ...(fixed.skipped > 0 ? [`offered-rate run: ${fixed.skipped} turns could not start (every conversation busy) and count as missed load`] : []),
      ...(extra > 0 ? [`WARNING: ${extra} replies beyond one per turn were seen; latencies may be understated`] : []),
    ];
    return `## Conversation turns (${name}; bot in its own process, WeCom simulated in the bench process)\n${report}\n${notes.join("\n")}`;
  } finally {
    await bot?.stop();
    await sim.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

function row(label: string, s: TurnStats, target: number | undefined, offered: number | undefined): Array<string | number> {
  const ok =
    target !== undefined
      ? s.turnsPerSecond >= target
      : s.p99 <= 100 && s.unanswered === 0 && s.skipped === 0 && s.turnsPerSecond >= 0.95 * offered!;
  return [label, s.turns, Math.round(s.turnsPerSecond), s.p50.toFixed(1), s.p99.toFixed(1), s.max.toFixed(1), s.unanswered, ok ? "ok" : "MISSED"];
}

/** "DB statements per turn: 9.1 (…by kind…); Redis commands per turn: 2.0 (…)" from the bot's counters. */
function perTurn(counts: Record<string, number>, turns: number): string {
  const part = (entries: Array<[string, number]>): string => {
    const total = entries.reduce((sum, [, n]) => sum + n, 0) / turns;
    const kinds = entries.sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${(n / turns).toFixed(2)}`);
    return `${total.toFixed(1)} (${kinds.join(", ")})`;
  };
  const all = Object.entries(counts);
  const redis = all.filter(([k]) => k.startsWith("redis "));
  const db = all.filter(([k]) => !k.startsWith("redis "));
  return `DB statements per turn at max throughput: ${part(db)}${redis.length > 0 ? `\nRedis commands per turn: ${part(redis)}` : ""}`;
}

function progress(log: (line: string) => void, name: string): (done: number, seconds: number) => void {
  return (done, seconds) => log(`  ${name}: ${done} turns after ${seconds}s`);
}

/** CPU time (user + system) a process has used so far, from /proc; NaN where there is none. */
function cpuMs(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    // utime and stime are fields 14 and 15 of the line, counted in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

/** Creates and binds the conversations, confirms each interview, and returns the turn driver. */
async function prepare(sim: Simulator, bot: BotProcess, name: string, log: (line: string) => void): Promise<TurnDriver> {
  log(`turns (${name}): creating ${CONVERSATIONS} interviews and binding their candidates`);
  const scheduledAt = new Date(Date.now() + 7 * 24 * 3600_000).toISOString();
  const codes = await bot.send<Array<{ code: string }>>({ cmd: "invite", name: "压测", count: CONVERSATIONS, recruiterUserId: "recruiter_bench", scheduledAt });
  const run = `${Date.now().toString(36)}`;
  const exts = codes.map((_, i) => `wmBench${run}x${i}`);
  const driver = createDriver(sim, exts);
  await inBatches(exts, 20, async (ext, i) => {
    await sim.candidateEnters(ext, { sceneParam: codes[i]!.code });
    await driver.waitForReplies(ext, 1);
  });
  log(`turns (${name}): each candidate confirms (warm-up)`);
  await inBatches(exts, 20, async (ext) => {
    await sim.candidateSays(ext, { menuId: "confirm", text: "确认参加" });
    await driver.waitForReplies(ext, 2);
  });
  await new Promise((resolve) => setTimeout(resolve, 500));
  driver.resetBaseline();
  return driver;
}

async function inBatches<T>(items: readonly T[], size: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map((item, j) => work(item, i + j)));
}

/** Messages a confirmed candidate sends; each gets exactly one reply (a FAQ answer or a short acknowledgement). */
const TEXTS = ["地址在哪里？", "好的，谢谢", "需要带什么材料？", "收到"];

function createDriver(sim: Simulator, exts: readonly string[]): TurnDriver {
  const counts = new Map<string, number>(exts.map((e) => [e, 0]));
  const waiters = new Map<string, { count: number; resolve: () => void }>();
  const baseline = new Map<string, number>();
  const turnsBy = new Map<string, number>();
  sim.onSent((record) => {
    if (record.channel !== "kf") return;
    const ext = record.to[0]!;
    const n = (counts.get(ext) ?? 0) + 1;
    counts.set(ext, n);
    const waiter = waiters.get(ext);
    if (waiter && n >= waiter.count) {
      waiters.delete(ext);
      waiter.resolve();
    }
  });
  const waitForReplies = (ext: string, count: number): Promise<void> =>
    (counts.get(ext) ?? 0) >= count ? Promise.resolve() : new Promise((resolve) => waiters.set(ext, { count, resolve }));
  return {
    conversations: exts,
    waitForReplies,
    async turn(ext, timeoutMs) {
      const k = (turnsBy.get(ext) ?? 0) + 1;
      turnsBy.set(ext, k);
      const expected = (baseline.get(ext) ?? 0) + k;
      const started = performance.now();
      await sim.candidateSays(ext, TEXTS[k % TEXTS.length]!);
      let timer: NodeJS.Timeout | undefined;
      const answered = await Promise.race([
        waitForReplies(ext, expected).then(() => true),
        new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs))),
      ]);
      clearTimeout(timer);
      if (!answered) {
        waiters.delete(ext);
        // Keep later turns of this conversation aligned with what it has received.
        baseline.set(ext, (counts.get(ext) ?? 0) - k);
      }
      return answered ? performance.now() - started : undefined;
    },
    resetBaseline() {
      for (const ext of exts) baseline.set(ext, counts.get(ext) ?? 0);
      turnsBy.clear();
    },
    extraReplies() {
      let extra = 0;
      for (const ext of exts) extra += Math.max(0, (counts.get(ext) ?? 0) - (baseline.get(ext) ?? 0) - (turnsBy.get(ext) ?? 0));
      return extra;
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runTurnsBench((line) => process.stderr.write(`${line}\n`)).then((report) => console.log(`\n${report}`));
}
