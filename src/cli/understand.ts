/**
 * `npm run -s cli -- understand`: JSON lines in, JSON lines out.
 *
 * Input lines: `{id, text, now?, scheduledAt?}`. Output, one line per input and in the
 * same order: `{id, intent, proposed, cancelReason, questions, confidence}`, or
 * `{id, error}` for a malformed line (id null when unknown); the run continues.
 * Streams with readline so a large file never sits in memory.
 */
import { createInterface } from "node:readline";
import { understand } from "../nlu/index.js";

export const summary = "read reply JSON lines on stdin, write what each means (intent, proposed time, …)";

const DEFAULT_NOW = "2026-11-23T10:00:00+08:00";
const DEFAULT_SCHEDULED_AT = "2026-11-25T14:00:00+08:00";
const TIME_ZONE = "Asia/Shanghai";

type Line = Record<string, unknown>;

function parseInstant(value: unknown, fallback: string, field: string): Date {
  if (value === undefined || value === null) return new Date(fallback);
  if (typeof value !== "string") throw new Error(`${field} must be an ISO 8601 string`);
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) throw new Error(`${field} is not a valid date: ${value}`);
  return d;
}

/** One input line → one output object. Exported for tests. */
export function handleLine(raw: string): Line {
  let input: unknown;
  try {
    input = JSON.parse(raw);
  } catch {
    return { id: null, error: "malformed JSON" };
  }
  if (typeof input !== "object" || input === null || Array.isArray(input)) return { id: null, error: "expected a JSON object" };
  const obj = input as Line;
  const id = typeof obj.id === "string" || typeof obj.id === "number" ? obj.id : null;
  if (typeof obj.text !== "string") return { id, error: "text must be a string" };
  try {
    const now = parseInstant(obj.now, DEFAULT_NOW, "now");
    const scheduledAt = parseInstant(obj.scheduledAt, DEFAULT_SCHEDULED_AT, "scheduledAt");
    const u = understand(obj.text, { now, scheduledAt, timeZone: TIME_ZONE });
    return { id, intent: u.intent, proposed: u.proposed, cancelReason: u.cancelReason, questions: u.questions, confidence: u.confidence };
  } catch (err) {
    return { id, error: err instanceof Error ? err.message : String(err) };
  }
}

export async function run(_args: string[]): Promise<number> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    if (line.trim() === "") continue;
    const ok = process.stdout.write(`${JSON.stringify(handleLine(line))}\n`);
    if (!ok) await new Promise<void>((resolve) => process.stdout.once("drain", () => resolve()));
  }
  return 0;
}
