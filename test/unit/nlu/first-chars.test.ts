import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { firstCodeUnits, guardedByFirstChars } from "../../../src/nlu/regex/first-chars.js";
import { normalize } from "../../../src/nlu/index.js";
import { ASSENT } from "../../../src/nlu/lexicon/assent.js";
import { ASKS } from "../../../src/nlu/lexicon/questions.js";
import { REASONS, WITHDRAW } from "../../../src/nlu/lexicon/withdrawal.js";
import { allMatches, randomSource, randomText, rng, type RegexVocabulary, AUDIT_TIMEOUT_MS } from "./random-regex.js";


const ALPHABET = ["a", "b", "不", "了", "兴", ",", " ", "1", "😀"];

/** Literals, classes, groups, lookarounds, backreferences, quantifiers, alternation. */
const VOCABULARY: RegexVocabulary = {
  atoms: ["a", "b", "不", "了", "兴", ",", " ", "1", "\\d", "\\s", "\\w", "\\W", ".", "\\?", "\\u4e0d", "\\1"],
  classes: ["ab", "不了", "^a", "a-c", "兴1", "\\d,", "\\s", "\\D"],
  groups: () => ["?:", "", "?=", "?!", "?<=", "?<!"],
  quantifiers: ["?", "*", "+", "{0,2}", "{1,2}", "??", "+?"],
};

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
        re = new RegExp(randomSource(rand, VOCABULARY));
      } catch {
        continue; // e.g. a quantified lookbehind
      }
      const g = guardedByFirstChars(re);
      if (g === re) continue;
      guarded++;
      for (let j = 0; j < 15; j++) {
        const text = randomText(rand, ALPHABET);
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
    // (The fixtures grow by 2,400 replies a round: this audit is linear in them, so it gets more time than the default.)
  }, AUDIT_TIMEOUT_MS);

  // A guard only pays while it is selective. One optional prefix such as (?:^|[,.!?。~\s]) puts the
  // space and the comma, found in nearly every reply, into the set, and the guard quietly stops
  // guarding (session 9 found WITHDRAW admitting 42% of positions). Write such a start as a
  // lookbehind, (?<![^,.!?。~\s]), which consumes nothing.
  it("stays selective: no space, comma or full stop opens a guarded lexicon, and under 40% of the public set's positions pass", () => {
    const texts = readFileSync(new URL("../../../../shared/nlu/replies.public.jsonl", import.meta.url), "utf8")
      .split("\n")
      .filter((line) => line.trim())
      .map((line) => normalize((JSON.parse(line) as { text: string }).text).text);
    const total = texts.reduce((n, t) => n + t.length, 0);
    const guardedReasons = REASONS.map(([, re]) => re).filter((re) => re.source.startsWith("(?=["));
    expect(guardedReasons.length).toBe(3);
    for (const re of [WITHDRAW, ASSENT, ASKS, ...guardedReasons]) {
      const first = firstCodeUnits(new RegExp(re.source.slice(re.source.indexOf("])(?:") + 5, -1), re.flags));
      for (const common of " ,.!\t") expect(first?.has(common.charCodeAt(0)), `${JSON.stringify(common)} opens ${re.source.slice(0, 40)}`).toBe(false);
      const guard = new RegExp(re.source.slice(3, re.source.indexOf("])") + 1), "g");
      const admitted = texts.reduce((n, t) => n + (t.match(guard)?.length ?? 0), 0);
      expect(admitted / total).toBeLessThan(0.4);
    }
  });
});
