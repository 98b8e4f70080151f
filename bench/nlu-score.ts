/**
 * Scoring of reply understanding against any labeled JSON-lines file (the public set,
 * blind sets written by other people). One line per reply, LABELS.md fields:
 * `{id, text, intent, questions, proposed, cancelReason, now?, scheduledAt?}`. Missing
 * or null `now` / `scheduledAt` fall back to the LABELS.md defaults; a missing field is
 * left out of its metric rather than counted wrong.
 */
import { existsSync, readFileSync } from "node:fs";
import { understand, type Intent, type TimeResolution, type Understanding } from "../src/nlu/index.js";

export const DEFAULT_NOW = "2026-11-23T10:00:00+08:00";
export const DEFAULT_SCHEDULED_AT = "2026-11-25T14:00:00+08:00";
export const TZ = "Asia/Shanghai";
export const INTENTS: Intent[] = ["confirm", "reschedule", "cancel", "question", "late", "other"];

export interface Labeled {
  id: string;
  text: string;
  intent: Intent;
  questions?: string[];
  proposed?: TimeResolution | null;
  cancelReason?: string | null;
  now?: string | null;
  scheduledAt?: string | null;
}

/** Reads a labeled JSON-lines file; a malformed line is an error naming the line. */
export function loadLabeled(path: string): Labeled[] {
  if (!existsSync(path)) throw new Error(`${path}: no such file`);
  const out: Labeled[] = [];
  readFileSync(path, "utf8")
    .split("\n")
    .forEach((line, i) => {
      if (!line.trim()) return;
      try {
        const r = JSON.parse(line) as Labeled;
        if (typeof r.text !== "string" || !INTENTS.includes(r.intent)) throw new Error("needs text and a known intent");
        out.push({ ...r, id: String(r.id ?? `line${i + 1}`) });
      } catch (err) {
        throw new Error(`${path}:${i + 1}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
      }
    });
  return out;
}

/** The understand() options a labeled line implies. */
export function optionsOf(r: Labeled) {
  return { now: new Date(r.now ?? DEFAULT_NOW), scheduledAt: new Date(r.scheduledAt ?? DEFAULT_SCHEDULED_AT), timeZone: TZ };
}

export const sameTime = (a: TimeResolution | null | undefined, b: TimeResolution | null | undefined) =>
  (a ?? null) === (b ?? null) || (a != null && b != null && a.date === b.date && a.time === b.time && a.partOfDay === b.partOfDay);

/** A cancel or reschedule read as confirm, or a confirm read as cancel: the bot would act wrongly. */
export const isCritical = (want: Intent, got: Intent) =>
  ((want === "cancel" || want === "reschedule") && got === "confirm") || (want === "confirm" && got === "cancel");

export interface Miss {
  r: Labeled;
  got: Understanding;
}

export interface Score {
  n: number;
  intentOk: number;
  critical: Miss[];
  intentMisses: Miss[];
  proposedN: number;
  proposedOk: number;
  proposedMisses: Miss[];
  reasonN: number;
  reasonOk: number;
  reasonMisses: Miss[];
  topicMisses: Miss[];
  tp: number;
  fp: number;
  fn: number;
  confusion: Map<string, number>;
}

/** Runs {@link understand} (or another reader with the same shape) on every line and tallies. */
export function scoreSet(set: Labeled[], read: (r: Labeled) => Understanding = (r) => understand(r.text, optionsOf(r))): Score {
  const s: Score = {
    n: set.length, intentOk: 0, critical: [], intentMisses: [], proposedN: 0, proposedOk: 0, proposedMisses: [],
    reasonN: 0, reasonOk: 0, reasonMisses: [], topicMisses: [], tp: 0, fp: 0, fn: 0, confusion: new Map(),
  };
  for (const r of set) {
    const got = read(r);
    const key = `${r.intent}>${got.intent}`;
    s.confusion.set(key, (s.confusion.get(key) ?? 0) + 1);
    if (got.intent === r.intent) s.intentOk++;
    else s.intentMisses.push({ r, got });
    if (isCritical(r.intent, got.intent)) s.critical.push({ r, got });
    if (r.proposed !== undefined) {
      s.proposedN++;
      if (sameTime(got.proposed, r.proposed)) s.proposedOk++;
      else s.proposedMisses.push({ r, got });
    }
    if (r.intent === "cancel" && r.cancelReason !== undefined) {
      s.reasonN++;
      if (got.cancelReason === r.cancelReason) s.reasonOk++;
      else s.reasonMisses.push({ r, got });
    }
    if (r.questions) {
      const want = new Set(r.questions);
      let wrong = false;
      for (const q of got.questions) {
        if (want.has(q)) s.tp++;
        else {
          s.fp++;
          wrong = true;
        }
      }
      for (const q of want) {
        if (got.questions.includes(q as never)) continue;
        s.fn++;
        wrong = true;
      }
      if (wrong) s.topicMisses.push({ r, got });
    }
  }
  return s;
}

const pct = (a: number, b: number) => `${b ? ((100 * a) / b).toFixed(1) : "–"}% (${a}/${b})`;
const fmtTime = (t: TimeResolution | null | undefined) => (t ? `${t.date ?? "-"} ${t.time ?? "-"} ${t.partOfDay ?? "-"}` : "null");

export function topicF1(s: Score): { precision: number; recall: number; f1: number } {
  const precision = s.tp / Math.max(1, s.tp + s.fp);
  const recall = s.tp / Math.max(1, s.tp + s.fn);
  return { precision, recall, f1: (2 * precision * recall) / Math.max(1e-9, precision + recall) };
}

export interface FormatOptions {
  title: string;
  /** Also list every miss per metric (for tuning; off for blind reports). */
  details?: boolean;
}

export function formatScore(s: Score, { title, details = false }: FormatOptions): string {
  const { precision, recall, f1 } = topicF1(s);
  const head = `${"label \\ got".padEnd(12)}${INTENTS.map((i) => i.slice(0, 10).padStart(11)).join("")}`;
  const rows = INTENTS.map((l) => `${l.padEnd(12)}${INTENTS.map((g) => String(s.confusion.get(`${l}>${g}`) ?? 0).padStart(11)).join("")}`);
  const line = (m: Miss) => `  ${m.r.id} ${m.r.intent}→${m.got.intent} (${m.got.confidence})  ${m.r.text}`;
  const lines = [
    title,
    ``,
    `intent accuracy        ${pct(s.intentOk, s.n)}`,
    `critical errors        ${s.critical.length}${s.critical.length ? `\n${s.critical.map(line).join("\n")}` : ""}`,
    `proposed exact match   ${pct(s.proposedOk, s.proposedN)}`,
    `cancelReason accuracy  ${pct(s.reasonOk, s.reasonN)}`,
    `question topics        P ${precision.toFixed(3)}  R ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}`,
    ``,
    `confusion matrix (rows: label, columns: predicted)`,
    head,
    ...rows,
  ];
  if (details) {
    lines.push(``, `intent misses:`, ...s.intentMisses.map(line));
    lines.push(``, `proposed misses:`, ...s.proposedMisses.map((m) => `  ${m.r.id} want ${fmtTime(m.r.proposed)} got ${fmtTime(m.got.proposed)}  ${m.r.text}`));
    lines.push(``, `cancelReason misses:`, ...s.reasonMisses.map((m) => `  ${m.r.id} want ${m.r.cancelReason} got ${m.got.cancelReason}  ${m.r.text}`));
    lines.push(``, `topic misses:`, ...s.topicMisses.map((m) => `  ${m.r.id} want [${m.r.questions?.join(",")}] got [${m.got.questions.join(",")}]  ${m.r.text}`));
  }
  return `${lines.join("\n")}\n`;
}
