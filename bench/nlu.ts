/**
 * `npm run bench:nlu`: quality and speed of reply understanding on the public labeled
 * set, next to what bare chrono-node (zh) reads from the same replies.
 */
import { readFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import * as chrono from "chrono-node";
import { understand, type Intent, type QuestionTopic, type TimeResolution } from "../src/nlu/index.js";

const DATA_URL = new URL("../../shared/nlu/replies.public.jsonl", import.meta.url);
const DEFAULT_NOW = "2026-11-23T10:00:00+08:00";
const DEFAULT_SCHEDULED_AT = "2026-11-25T14:00:00+08:00";
const TZ = "Asia/Shanghai";
const INTENTS: Intent[] = ["confirm", "reschedule", "cancel", "question", "late", "other"];

interface Labeled {
  id: string;
  text: string;
  intent: Intent;
  questions: QuestionTopic[];
  proposed: TimeResolution | null;
  cancelReason: string | null;
  now?: string;
  scheduledAt?: string;
}

export function loadPublicSet(url: URL = DATA_URL): Labeled[] | null {
  const path = fileURLToPath(url);
  if (!existsSync(path)) return null;
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Labeled);
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

const same = (a: TimeResolution | null, b: TimeResolution | null) =>
  a === b || (a !== null && b !== null && a.date === b.date && a.time === b.time && a.partOfDay === b.partOfDay);

export interface NluBenchResult {
  report: string;
  intentAccuracy: number;
  criticalErrors: number;
  proposedExact: number;
}

export async function runNluBench(): Promise<string> {
  return (await measureNlu()).report;
}

export async function measureNlu(set = loadPublicSet()): Promise<NluBenchResult> {
  if (!set) return { report: `nlu bench: ${fileURLToPath(DATA_URL)} not found, skipped\n`, intentAccuracy: NaN, criticalErrors: NaN, proposedExact: NaN };
  const confusion = new Map<string, number>();
  let intentOk = 0;
  let critical = 0;
  let proposedOk = 0;
  let reasonN = 0;
  let reasonOk = 0;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let chronoRight = 0;
  let labeledTimes = 0;
  let oursRightOnLabeled = 0;
  const criticalList: string[] = [];
  const misses: string[] = [];
  for (const r of set) {
    const now = new Date(r.now ?? DEFAULT_NOW);
    const scheduledAt = new Date(r.scheduledAt ?? DEFAULT_SCHEDULED_AT);
    const u = understand(r.text, { now, scheduledAt, timeZone: TZ });
    confusion.set(`${r.intent}>${u.intent}`, (confusion.get(`${r.intent}>${u.intent}`) ?? 0) + 1);
    if (u.intent === r.intent) intentOk++;
    else misses.push(`  ${r.id} ${r.intent}→${u.intent}  ${r.text}`);
    const isCritical =
      ((r.intent === "cancel" || r.intent === "reschedule") && u.intent === "confirm") || (r.intent === "confirm" && u.intent === "cancel");
    if (isCritical) {
      critical++;
      criticalList.push(`  ${r.id} ${r.intent}→${u.intent}  ${r.text}`);
    }
    if (same(u.proposed, r.proposed)) proposedOk++;
    if (r.intent === "cancel") {
      reasonN++;
      if (u.cancelReason === r.cancelReason) reasonOk++;
    }
    const want = new Set(r.questions);
    for (const q of u.questions) {
      if (want.has(q)) tp++;
      else fp++;
    }
    for (const q of want) if (!u.questions.includes(q)) fn++;
    if (r.proposed) {
      labeledTimes++;
      if (same(bareChrono(r.text, now), r.proposed)) chronoRight++;
      if (same(u.proposed, r.proposed)) oursRightOnLabeled++;
    }
  }
  // Throughput: warm up, then time repeated passes on one core.
  const inputs = set.map((r) => ({ text: r.text, opts: { now: new Date(r.now ?? DEFAULT_NOW), scheduledAt: new Date(r.scheduledAt ?? DEFAULT_SCHEDULED_AT), timeZone: TZ } }));
  for (let i = 0; i < 3; i++) for (const x of inputs) understand(x.text, x.opts);
  let n = 0;
  const t0 = performance.now();
  while (performance.now() - t0 < 1500) {
    for (const x of inputs) understand(x.text, x.opts);
    n += inputs.length;
  }
  const perSec = n / ((performance.now() - t0) / 1000);
  let cn = 0;
  const c0 = performance.now();
  while (performance.now() - c0 < 800) {
    for (const x of inputs) chrono.zh.hans.parse(x.text, { instant: x.opts.now, timezone: 480 });
    cn += inputs.length;
  }
  const chronoPerSec = cn / ((performance.now() - c0) / 1000);

  const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}% (${a}/${b})`;
  const precision = tp / Math.max(1, tp + fp);
  const recall = tp / Math.max(1, tp + fn);
  const f1 = (2 * precision * recall) / Math.max(1e-9, precision + recall);
  const head = `${"label \\ got".padEnd(12)}${INTENTS.map((i) => i.slice(0, 10).padStart(11)).join("")}`;
  const rows = INTENTS.map((l) => `${l.padEnd(12)}${INTENTS.map((g) => String(confusion.get(`${l}>${g}`) ?? 0).padStart(11)).join("")}`);
  const lines = [
    `NLU bench — ${set.length} public replies (${fileURLToPath(DATA_URL)})`,
    ``,
    `intent accuracy        ${pct(intentOk, set.length)}`,
    `critical errors        ${critical}${criticalList.length ? `\n${criticalList.join("\n")}` : ""}`,
    `proposed exact match   ${pct(proposedOk, set.length)}   (on the ${labeledTimes} with a labeled time: ${pct(oursRightOnLabeled, labeledTimes)})`,
    `cancelReason accuracy  ${pct(reasonOk, reasonN)}`,
    `question topics        P ${precision.toFixed(3)}  R ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}`,
    `throughput             ${Math.round(perSec).toLocaleString("en-US")} replies/s (single core, warm)`,
    ``,
    `bare chrono-node zh on the same replies: first result equals the labeled proposed time in ${pct(chronoRight, labeledTimes)}; parse alone ${Math.round(chronoPerSec).toLocaleString("en-US")} replies/s`,
    ``,
    `confusion matrix (rows: label, columns: predicted)`,
    head,
    ...rows,
    ...(misses.length ? [``, `intent misses:`, ...misses] : []),
    ``,
  ];
  return { report: lines.join("\n"), intentAccuracy: intentOk / set.length, criticalErrors: critical, proposedExact: proposedOk / set.length };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  runNluBench().then(
    (r) => process.stdout.write(r),
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
