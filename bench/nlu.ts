/**
 * `npm run bench:nlu`: quality and speed of reply understanding on the public labeled
 * set, next to what bare chrono-node (zh) reads from the same replies.
 *
 * `npm run bench:nlu -- --file a.jsonl [--file b.jsonl] [--details]` scores any other
 * labeled JSON-lines file (blind sets) instead; `--details` lists every miss.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as chrono from "chrono-node";
import { understand, type TimeResolution } from "../src/nlu/index.js";
import { formatScore, loadLabeled, optionsOf, sameTime, scoreSet, type Labeled } from "./nlu-score.js";

const DATA_URL = new URL("../../shared/nlu/replies.public.jsonl", import.meta.url);

export function loadPublicSet(url: URL = DATA_URL): Labeled[] | null {
  const path = fileURLToPath(url);
  return existsSync(path) ? loadLabeled(path) : null;
}

const pad2 = (n: number) => String(n).padStart(2, "0");

/** What bare chrono.zh reads: the first result's date/time in the business zone. */
function bareChrono(text: string, now: Date): TimeResolution | null {
  const r = chrono.zh.hans.parse(text, { instant: now, timezone: 480 })[0];
  if (!r) return null;
  const s = r.start;
  const date = s.isCertain("day") || s.isCertain("weekday") ? `${s.get("year")}-${pad2(s.get("month")!)}-${pad2(s.get("day")!)}` : null;
  const hour = s.isCertain("hour") ? s.get("hour")! : null;
  const time = hour !== null ? `${pad2(hour)}:${pad2(s.get("minute") ?? 0)}` : null;
  const partOfDay = hour === null ? null : hour < 12 ? "morning" : hour < 18 ? "afternoon" : "evening";
  return { date, time, partOfDay };
}

export interface NluBenchResult {
  report: string;
  intentAccuracy: number;
  criticalErrors: number;
  proposedExact: number;
}

export async function runNluBench(): Promise<string> {
  return (await measureNlu()).report;
}

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * Replies per second on one core over repeated passes of `set`, after three passes and then
 * `warmMs` more of warm-up. Measured in this process's CPU time, not wall time: on a shared
 * machine other load would otherwise be counted against us (GC and compiler threads count for
 * us, so the figure is conservative).
 */
function throughput(set: Labeled[], ms: number, fn: (text: string, opts: ReturnType<typeof optionsOf>) => unknown, warmMs = 0): number {
  const inputs = set.map((r) => ({ text: r.text, opts: optionsOf(r) }));
  for (let i = 0; i < 3; i++) for (const x of inputs) fn(x.text, x.opts);
  const w0 = cpuMs();
  while (cpuMs() - w0 < warmMs) for (const x of inputs) fn(x.text, x.opts);
  let n = 0;
  const t0 = cpuMs();
  while (cpuMs() - t0 < ms) {
    for (const x of inputs) fn(x.text, x.opts);
    n += inputs.length;
  }
  return n / ((cpuMs() - t0) / 1000);
}

/** Worst case: the slowest of a few long adversarial inputs (input is capped at 2,000 chars). */
function worstLatencyMs(): { ms: number; what: string } {
  const opts = optionsOf({ id: "", text: "", intent: "other" });
  const long: Array<[string, string]> = [
    ["2,000 latin letters", "a".repeat(2000)],
    ["2,000 pinyin-like letters", "zhangshangxiawu".repeat(134)],
    ["2,000 mixed words", "haode mingtian xiawu keyi ma ".repeat(70)],
    ["2,000 han characters", "好的明天下午三点可以吗不行".repeat(154)],
    ["2,000 digits/punct", "1,2.3:4/".repeat(250)],
  ];
  let worst = { ms: 0, what: "" };
  for (const [what, text] of long) {
    understand(text, opts);
    const t0 = cpuMs();
    for (let i = 0; i < 5; i++) understand(text, opts);
    const ms = (cpuMs() - t0) / 5;
    if (ms > worst.ms) worst = { ms, what };
  }
  return worst;
}

export async function measureNlu(set = loadPublicSet()): Promise<NluBenchResult> {
  if (!set) return { report: `nlu bench: ${fileURLToPath(DATA_URL)} not found, skipped\n`, intentAccuracy: NaN, criticalErrors: NaN, proposedExact: NaN };
  const s = scoreSet(set);
  let labeledTimes = 0;
  let chronoRight = 0;
  for (const r of set) {
    if (!r.proposed) continue;
    labeledTimes++;
    if (sameTime(bareChrono(r.text, optionsOf(r).now), r.proposed)) chronoRight++;
  }
  // Two figures. In its first 1.5 s (after three passes) a process still spends about a quarter of
  // its CPU on V8's optimising compiler (measured per thread in session 8: ~400 ms of 1.5 s, the
  // largest single job being classify); the bot is a long-lived server, so the steady figure, after
  // a further 3 s of warm-up, is the one the ≥ 20,000 replies/s target is about. Both are shown.
  const startupPerSec = throughput(set, 1500, (text, opts) => understand(text, opts));
  const perSec = throughput(set, 1500, (text, opts) => understand(text, opts), 3000);
  const chronoPerSec = throughput(set, 800, (text, opts) => chrono.zh.hans.parse(text, { instant: opts.now, timezone: 480 }));
  const worst = worstLatencyMs();
  const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}% (${a}/${b})`;
  const report = [
    formatScore(s, { title: `NLU bench — ${set.length} public replies (${fileURLToPath(DATA_URL)})`, details: s.intentMisses.length > 0 }).trimEnd(),
    ``,
    `throughput             ${Math.round(perSec).toLocaleString("en-US")} replies/s (single core, CPU time, steady: after ~4.5 s of warm-up)`,
    `throughput at start    ${Math.round(startupPerSec).toLocaleString("en-US")} replies/s (the first 1.5 s after three passes, JIT compiler threads included)`,
    `slowest long input     ${worst.ms.toFixed(2)} ms (${worst.what})`,
    `bare chrono-node zh    first result equals the labeled proposed time in ${pct(chronoRight, labeledTimes)}; parse alone ${Math.round(chronoPerSec).toLocaleString("en-US")} replies/s`,
    ``,
  ].join("\n");
  return { report, intentAccuracy: s.intentOk / s.n, criticalErrors: s.critical.length, proposedExact: s.proposedOk / s.proposedN };
}

/** `--file` mode: score each named file. */
function scoreFiles(args: string[]): string {
  const files: string[] = [];
  args.forEach((a, i) => {
    if (a === "--file" && args[i + 1]) files.push(args[i + 1]!);
  });
  const details = args.includes("--details");
  return files.map((f) => formatScore(scoreSet(loadLabeled(f)), { title: `NLU score — ${f}`, details })).join("\n");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  (args.includes("--file") ? Promise.resolve().then(() => scoreFiles(args)) : runNluBench()).then(
    (r) => process.stdout.write(r),
    (err: unknown) => {
      // Bad input (missing file, malformed line) is reported by its message; bugs keep their stack.
      const bad = err instanceof Error && /no such file|^\/.*:\d+: /.test(err.message);
      process.stderr.write(`${err instanceof Error ? (bad ? err.message : (err.stack ?? err.message)) : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
