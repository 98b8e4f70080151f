/**
 * The labeled replies we own, as one list for offline training and cross-validation:
 * the public set, the held-out batches in test/unit/nlu (written by us, kept as test
 * tables) and the spent blind sets in test/fixtures/nlu (or the files named in
 * NLU_TUNE_SET, comma-separated). Held-out rows are read from the test
 * files' case tables (`["text", "intent", …]` or `["text", { intent: "…" }]`) so the
 * tests stay the single source of those labels; only text and intent are taken.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { INTENTS, loadLabeled, type Labeled } from "./nlu-score.js";
import type { Intent } from "../src/nlu/index.js";

const ROOT = new URL("../", import.meta.url);
export const PUBLIC_SET = fileURLToPath(new URL("../shared/nlu/replies.public.jsonl", ROOT));
const HELDOUT_DIR = fileURLToPath(new URL("test/unit/nlu/", ROOT));
const FIXTURE_DIR = fileURLToPath(new URL("test/fixtures/nlu/", ROOT));
/** The spent blind sets: every labeled JSON-lines file under test/fixtures/nlu. */
export const TUNE_SETS = process.env.NLU_TUNE_SET
  ? process.env.NLU_TUNE_SET.split(",")
  : existsSync(FIXTURE_DIR)
    ? readdirSync(FIXTURE_DIR)
        .filter((f) => f.endsWith(".jsonl"))
        .sort()
        .map((f) => `${FIXTURE_DIR}${f}`)
    : [];

const CASE_ROW = /^\s*\[\s*("(?:[^"\\]|\\.)*")\s*,\s*(?:"(\w+)"|\{\s*intent:\s*"(\w+)")/;

/** Held-out rows from the test tables (text and intent only). */
export function loadHeldout(): Labeled[] {
  const out: Labeled[] = [];
  for (const file of readdirSync(HELDOUT_DIR).filter((f) => /^heldout.*\.test\.ts$/.test(f)).sort()) {
    readFileSync(`${HELDOUT_DIR}${file}`, "utf8")
      .split("\n")
      .forEach((line, i) => {
        const m = CASE_ROW.exec(line);
        const intent = (m?.[2] ?? m?.[3]) as Intent | undefined;
        if (!m || !intent || !INTENTS.includes(intent)) return;
        out.push({ id: `${file}:${i + 1}`, text: JSON.parse(m[1]!) as string, intent });
      });
  }
  return out;
}

export interface OwnedData {
  public: Labeled[];
  heldout: Labeled[];
  tune: Labeled[];
}

export function loadOwnedData(): OwnedData {
  return {
    public: existsSync(PUBLIC_SET) ? loadLabeled(PUBLIC_SET) : [],
    heldout: loadHeldout(),
    tune: TUNE_SETS.filter((f) => existsSync(f)).flatMap((f) => loadLabeled(f)),
  };
}
