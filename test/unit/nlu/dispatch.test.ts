import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { dispatchOf, FirstCharDispatch } from "../../../src/nlu/regex/dispatch.js";
import { hanVariantOf } from "../../../src/nlu/regex/han-variant.js";
import { normalize } from "../../../src/nlu/index.js";
import * as assent from "../../../src/nlu/lexicon/assent.js";
import * as conflict from "../../../src/nlu/lexicon/conflict.js";
import * as late from "../../../src/nlu/lexicon/late.js";
import * as questions from "../../../src/nlu/lexicon/questions.js";
import * as reschedule from "../../../src/nlu/lexicon/reschedule.js";
import * as smallTalk from "../../../src/nlu/lexicon/small-talk.js";
import * as withdrawal from "../../../src/nlu/lexicon/withdrawal.js";
import { allMatches, randomSource, randomText, rng, type RegexVocabulary, AUDIT_TIMEOUT_MS } from "./random-regex.js";


/** Every match of a dispatch, as `allMatches` lists a regex's (a match is never empty). */
function dispatchedMatches(d: FirstCharDispatch, text: string): string[] {
  const out: string[] = [];
  for (let m = d.exec(text); m !== null; m = d.exec(text, m.index + m[0].length)) out.push(`${m.index}:${JSON.stringify([...m])}`);
  return out;
}

const ALPHABET = ["a", "b", "不", "了", "兴", ",", " ", "1"];

/** No capturing groups and no backreferences (the test with captures adds them). */
const VOCABULARY: RegexVocabulary = {
  atoms: ["a", "b", "不", "了", "兴", ",", " ", "1", "\\d", "\\s", "\\?", "\\u4e0d"],
  classes: ["ab", "不了", "a-c", "兴1", "\\d,", "\\s"],
  groups: () => ["?:", "?=", "?!", "?<=", "?<!"],
  quantifiers: ["?", "*", "+", "{0,2}", "{1,2}", "??", "+?"],
};

const lexicons: RegExp[] = [assent, conflict, late, questions, reschedule, smallTalk, withdrawal].flatMap((mod) =>
  Object.values(mod).flatMap((v): RegExp[] => (v instanceof RegExp ? [v] : Array.isArray(v) ? v.flatMap((e) => (Array.isArray(e) && e[1] instanceof RegExp ? [e[1] as RegExp] : [])) : [])),
);

/** 4,000 random regexes from `vocabulary` (seeded): where one splits, it matches exactly as the whole on 15 random texts. */
function expectSameMatchesOnRandomRegexes(seed: number, vocabulary: RegexVocabulary): void {
  const rand = rng(seed);
  let split = 0;
  for (let i = 0; i < 4000; i++) {
    let re: RegExp;
    try {
      re = new RegExp(randomSource(rand, vocabulary));
    } catch {
      continue; // e.g. a quantified lookbehind
    }
    const d = FirstCharDispatch.of(re, 1);
    if (d === null) continue;
    split++;
    for (let j = 0; j < 15; j++) {
      const text = randomText(rand, ALPHABET);
      expect(dispatchedMatches(d, text), `${re} on ${JSON.stringify(text)}`).toEqual(allMatches(re, text));
    }
  }
  expect(split).toBeGreaterThan(500);
}

describe("FirstCharDispatch", () => {
  it("keeps the first alternative that matches at a position, and the leftmost position", () => {
    const d = FirstCharDispatch.of(/不去了|不去|去了|了/, 1)!;
    expect(d.exec("我不去了")?.[0]).toBe("不去了");
    expect(d.exec("我不去了")?.index).toBe(1);
    expect(d.exec("我不去了", 2)?.[0]).toBe("去了");
    expect(d.exec("我不去")?.[0]).toBe("不去");
    expect(d.exec("我去")).toBeNull();
    // A lookbehind still sees what comes before the position tried.
    const lb = FirstCharDispatch.of(/(?<!不)想去|想来/, 1)!;
    expect(lb.exec("不想去，想来")?.[0]).toBe("想来");
  });

  it("unwraps a first-character guard", () => {
    expect(FirstCharDispatch.of(/(?=[不去])(?:不去|去了)/, 1)!.exec("去了")?.[0]).toBe("去了");
  });

  it("refuses what it cannot split faithfully", () => {
    for (const re of [/(?<n>不)去|来/, /不去|no/i, /不去|来/g, /不去|来/y, /不去|来/u, /不去|.来/s, /不去|a*/, /不去|[^a]/]) expect(FirstCharDispatch.of(re, 1)).toBeNull();
    // Short alternations are left to V8 (dispatchOf's default minimum).
    expect(dispatchOf(/不去|来/)).toBeNull();
  });

  it("keeps capture numbers and backreferences", () => {
    const re = /(a)b|不(去|来)白不\2|(了)?兴\3/;
    const d = FirstCharDispatch.of(re, 1)!;
    for (const text of ["ab", "不去白不去", "不来白不去", "了兴了", "兴", "x了兴"]) expect(dispatchedMatches(d, text), text).toEqual(allMatches(re, text));
  });

  it("finds exactly the matches of the regex it splits, with captures and backreferences, on random regexes and texts", () => {
    const vocabulary: RegexVocabulary = { ...VOCABULARY, atoms: [...VOCABULARY.atoms, "\\1", "\\2"], groups: () => ["?:", "", "?=", "?!", "?<=", "?<!"] };
    expectSameMatchesOnRandomRegexes(17, vocabulary);
  });

  it("finds exactly the matches of the regex it splits, on random regexes and texts", () => expectSameMatchesOnRandomRegexes(11, VOCABULARY));

  it("finds exactly the lexicons' matches (and their Han variants') on every fixture reply", () => {
    const dir = new URL("../../fixtures/nlu/", import.meta.url);
    const seen = new Set<string>();
    for (const f of readdirSync(dir).filter((f) => f.endsWith(".jsonl"))) {
      for (const line of readFileSync(new URL(f, dir), "utf8").split("\n")) if (line.trim()) seen.add(normalize((JSON.parse(line) as { text: string }).text).text);
    }
    const texts = [...seen];
    let dispatched = 0;
    for (const re of lexicons.flatMap((re) => [re, hanVariantOf(re)])) {
      const d = dispatchOf(re);
      if (d === null) continue;
      dispatched++;
      const differing = texts.filter((text) => dispatchedMatches(d, text).join("\n") !== allMatches(re, text).join("\n"));
      expect(differing, re.source.slice(0, 60)).toEqual([]);
    }
    // WITHDRAW, ASSENT, the long cancel reasons … and their Han variants.
    expect(dispatched).toBeGreaterThan(8);
  }, AUDIT_TIMEOUT_MS);
});
