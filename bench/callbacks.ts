import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SANDBOX_CREDENTIALS } from "../config/settings.js";
import type { CallbackRequest } from "../src/wecom/simulator/index.js";
import { liveEnv, startQuietSimulator } from "../test/support/test-bot.js";
import { freePort, load, spawnTs, stop, table, type LoadResult } from "./support.js";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 20;

/**
 * `POST /wecom/kf/callback` and `/wecom/app/callback` of the real bot (its own
 * process, PGlite or DATABASE_URL, memory or REDIS_URL) against a bare Koa
 * handler that only verifies, decrypts and answers — same run, same machine.
 * Every request is a distinct, properly signed callback (no dedup shortcuts).
 * Targets: ≥ 0.5× the bare handler's throughput, p99 ≤ 50 ms.
 */
export async function runCallbackBench(log: (line: string) => void = console.log): Promise<string> {
  const sim = await startQuietSimulator();
  const dataDir = await mkdtemp(join(tmpdir(), "bench-bot-"));
  const [botPort, barePort] = [await freePort(), await freePort()];
  const engine = process.env.DATABASE_URL ? "postgres" : "pglite";
  log(`callbacks: starting bot (${engine}, ${process.env.REDIS_URL ? "redis" : "memory"}) and the bare handler`);
  const botEnv = { ...liveEnv(sim.url), PORT: String(botPort), HOST: "127.0.0.1", DATA_DIR: dataDir, LOG_LEVEL: "warn" };
  const bot = await spawnTs("src/main.ts", botEnv, async () => (await fetch(`http://127.0.0.1:${botPort}/healthz`)).ok);
  const bare = await spawnTs("bench/serve-bare.ts", { PORT: String(barePort) }, async () => {
    const res = await fetch(`http://127.0.0.1:${barePort}/`, { method: "POST", body: "" });
    return res.status === 401;
  });
  try {
    // Enough distinct callbacks that none repeats within a run.
    const count = Number(process.env.BENCH_CALLBACKS ?? 60_000);
    log(`callbacks: sealing ${count} app and ${count} kf callbacks`);
    const app: CallbackRequest[] = [];
    const kf: CallbackRequest[] = [];
    const now = Math.floor(Date.now() / 1000);
    for (let i = 0; i < count; i++) {
      app.push(sim.sealCallback("app", appText(now, i)));
      kf.push((await sim.candidateSays(`wmBench${i % 500}`, `第${i}条消息`)).callback);
      if (i % 10_000 === 9_999) log(`  ${i + 1}/${count}`);
    }
    const asReq = (r: CallbackRequest) => ({ path: `${r.path}?${r.query}`, body: r.body });
    const opts = { seconds: SECONDS, connections: CONNECTIONS };
    const results: LoadResult[] = [];
    for (const [name, url, reqs] of [
      ["bare verify+decrypt", `http://127.0.0.1:${barePort}`, app],
      ["POST /wecom/app/callback", `http://127.0.0.1:${botPort}`, app],
      ["POST /wecom/kf/callback", `http://127.0.0.1:${botPort}`, kf],
    ] as const) {
      log(`callbacks: ${name} for ${SECONDS}s with ${CONNECTIONS} connections`);
      results.push(await load(name, url, reqs.map(asReq), opts));
    }
    const base = results[0]!.rps;
    const report = table(
      ["endpoint", "req/s", "× bare", "p50 ms", "p99 ms", "non-2xx", "errors", "verdict"],
      results.map((r, i) => [
        r.name,
        Math.round(r.rps),
        (r.rps / base).toFixed(2),
        r.p50,
        r.p99,
        r.non2xx,
        r.errors,
        i === 0 ? "-" : r.rps >= 0.5 * base && r.p99 <= 50 && r.non2xx === 0 ? "ok" : "MISSED",
      ]),
    );
    return `## Callback endpoints (${engine}, ${process.env.REDIS_URL ? "redis" : "in-process"} coordination, ${SECONDS}s each)\n${report}\ntargets: ≥ 0.5× bare throughput, p99 ≤ 50 ms`;
  } finally {
    await stop(bot);
    await stop(bare);
    await sim.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

function appText(now: number, i: number): string {
  const { corpId, app } = SANDBOX_CREDENTIALS;
  return `<xml><ToUserName><![CDATA[${corpId}]]></ToUserName><FromUserName><![CDATA[recruiter${i % 50}]]></FromUserName><CreateTime>${now}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[/list 今天]]></Content><MsgId>${7_000_000_000_000_000_000n + BigInt(i)}</MsgId><AgentID>${app.agentId}</AgentID></xml>`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runCallbackBench().then((report) => console.log(`\n${report}`));
}
