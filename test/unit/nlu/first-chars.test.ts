import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { firstCodeUnits, guardedByFirstChars } from "../../../src/nlu/regex/first-chars.js";
import { normalize } from "../../../src/nlu/index.js";
import { ASSENT } from "../../../src/nlu/lexicon/assent.js";
import { ASKS } from "../../../src/nlu/lexicon/questions.js";
import { WITHDRAW } from "../../../src/nlu/lexicon/withdrawal.js";

/** A small deterministic PRNG, so a failure reproduces. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const ALPHABET = ["a", "b", "不", "了", "兴", ",", " ", "1", "😀"];

/** A random regex source: literals, classes, groups, lookarounds, backreferences, quantifiers, alternation. */
function randomSource(rand: () => number, depth = 0): string {
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const atom = (): string => {
    const r = rand();
    if (r < 0.45 || depth > 2) return pick(["a", "b", "不", "了", "兴", ",", " ", "1", "\\d", "\\s", "\\w", "\\W", ".", "\\?", "\\u4e0d", "\\1"]);
    if (r < 0.6) return `[${pick(["ab", "不了", "^a", "a-c", "兴1", "\\d,", "\\s", "\\D"])}]`;
    if (r < 0.85) return `(${pick(["?:", "", "?=", "?!", "?<=", "?<!"])}${randomSource(rand, depth + 1)})`;
    return pick(["^", "$", "\\b"]);
  };
  const alternative = () => {
    let s = "";
    const n = 1 + Math.floor(rand() * 3);
    for (let i = 0; i < n; i++) s += atom() + (rand() < 0.3 ? pick(["?", "*", "+", "{0,2}", "{1,2}", "??", "+?"]) : "");
    return s;
  };
  const alts = [alternative()];
  while (rand() < 0.3) alts.push(rand() < 0.1 ? "" : alternative());
  return alts.join("|");
}

function randomText(rand: () => number): string {
  let s = "";
  const n = Math.floor(rand() * 8);
  for (let i = 0; i < n; i++) s += ALPHABET[Math.floor(rand() * ALPHABET.length)];
  return s;
}

/** Every match position and text of `re` in `text` (as a global exec loop finds them). */
function allMatches(re: RegExp, text: string): string[] {
  const g = new RegExp(re.source, `${re.flags.replace("g", "")}g`);
  const out: string[] = [];
  for (let m = g.exec(text); m !== null; m = g.exec(text)) {
    out.push(`${m.index}:${JSON.stringify([...m])}`);
    if (m[0] === "") g.lastIndex++;
  }
  return out;
}

describe("firstCodeUnits", () => {
  const chars = (re: RegExp) => {
    const u = firstCodeUnits(re);
    return u === null ? null : String.fromCharCode(...[...u].sort((a, b) => a - b));
  };

  it("reads the first consumed character past lookarounds, anchors and optional terms", () => {
    expect(chars(/abc/)).toBe("a");
    expect(chars(/(?<!x)y|z/)).toBe("yz");
    expect(chars(/a?b/)).toBe("ab");
    expect(chars(/x{0,2}y/)).toBe("xy");
    expect(chars(/(?:^|[,.])好/)).toBe(",.好");
    expect(chars(/(?=q)r/)).toBe("r");
    expect(chars(/\bok\b/)).toBe("o");
  });

  it("gives up where a match may start anywhere or be empty", () => {
    expect(chars(/a*/)).toBeNull();
    expect(chars(/[^a]b/)).toBeNull();
    expect(chars(/a|./)).toBeNull();
    expect(chars(/(a)?\1b/)).toBeNull(); // past an optional group, a backreference: not modelled
    expect(chars(/好/i)).toBeNull();
    expect(chars(/好/u)).toBeNull();
  });
});

describe("guardedByFirstChars", () => {
  it("finds exactly the matches of the regex it guards, on random regexes and texts", () => {
    const rand = rng(3);
    let guarded = 0;
    for (let i = 0; i < 4000; i++) {
      let re: RegExp;
      try {
        re = new RegExp(randomSource(rand));
      } catch {
        continue; // e.g. a quantified lookbehind
      }
      const g = guardedByFirstChars(re);
      if (g === re) continue;
      guarded++;
      for (let j = 0; j < 15; j++) {
        const text = randomText(rand);
        expect(allMatches(g, text), `${re} on ${JSON.stringify(text)}`).toEqual(allMatches(re, text));
      }
    }
    expect(guarded).toBeGreaterThan(500);
  });

  it("leaves the guarded lexicons' matches unchanged on every fixture reply", () => {
    const dir = new URL("../../fixtures/nlu/", import.meta.url);
    const texts: string[] = [];
    for (const f of readdirSync(dir).filter((f) => f.endsWith(".jsonl"))) {
      for (const line of readFileSync(new URL(f, dir), "utf8").split("\n")) if (line.trim()) texts.push(normalize((JSON.parse(line) as { text: string }).text).text);
    }
    for (const re of [WITHDRAW, ASSENT, ASKS]) {
      expect(re.source.startsWith("(?=[")).toBe(true);
      const plain = new RegExp(re.source.slice(re.source.indexOf("])(?:") + 5, -1), re.flags);
      for (const text of texts) expect(allMatches(re, text), text).toEqual(allMatches(plain, text));
    }
  });
});
