import { readdirSync, readFileSync } from "node:fs";
import * as chrono from "chrono-node";
import { describe, expect, it } from "vitest";
import { foldAscii, requiredWords } from "../../../src/nlu/regex/required-words.js";
import { WordFamily } from "../../../src/nlu/regex/word-family.js";
import { ChronoSubsets } from "../../../src/nlu/time/chrono-subsets.js";
import { normalize } from "../../../src/nlu/index.js";
import { randomSource, randomText, rng, type RegexVocabulary } from "./random-regex.js";

/** The required words, sorted, or null. */
function words(re: RegExp): string[] | null {
  const w = requiredWords(re);
  return w === null ? null : [...w].sort();
}

const ALPHABET = ["a", "b", "A", "B", "n", "o", "w", "N", "O", " ", "-", "1", "不", "é", "É"];

/** Over {@link ALPHABET}: literals, classes, groups, lookarounds, quantifiers, alternation. */
const VOCABULARY: RegexVocabulary = {
  atoms: ["a", "b", "A", "now", "No", "ow", "不", "é", " ", "-", "1", "\\d", "\\s", "\\w", "\\W", ".", "\\-", "\\x61", "\\u004e"],
  classes: ["ab", "aB", "^a", "a-c", "A-C", "nN", "\\d-", "\\s", "é不"],
  groups: (depth) => ["?:", "", "?=", "?!", "?<=", "?<!", "?<n" + depth + ">"],
  quantifiers: ["?", "*", "+", "{0,2}", "{1,2}", "{2}", "??", "+?", "{1}"],
};

describe("requiredWords: strings one of which every match contains", () => {
  it("a sequence keeps its longest run of fixed text", () => {
    expect(words(/(?:last\s+day|end)\s+of\s+(?:the\s+)?month(?=\W|$)/i)).toEqual(["month"]);
    expect(words(/ab?c/)).toEqual(["abc", "ac"]);
    expect(words(/(\W|^)x/)).toEqual(["x"]);
  });

  it("alternatives are united, and a string containing another is dropped", () => {
    expect(words(/(?:jan(?:uary)?|feb(?:ruary)?)\s*\d/)).toEqual(["feb", "jan"]);
    expect(words(/(morning|afternoon|noon)/)).toEqual(["morning", "noon"]);
    expect(words(/now|/)).toBeNull();
    expect(words(/now|\w+/)).toBeNull();
  });

  it("optional pieces need nothing; repeated ones need what one occurrence needs", () => {
    expect(words(/x*y?/)).toBeNull();
    expect(words(/(?:ab)+/)).toEqual(["ab"]);
    expect(words(/(?:ab){2}/)).toEqual(["abab"]);
    // Outside u mode a brace that is no quantifier is a literal brace.
    expect(words(/a{,3}/)).toEqual(["a{,3}"]);
  });

  it("folds ASCII letters to small ones, with or without the i flag", () => {
    expect(words(/Jan/)).toEqual(["jan"]);
    expect(words(/[A-C]x/i)).toEqual(["ax", "bx", "cx"]);
    // Under i a cased non-ASCII letter matches what is not modelled; without i it is itself.
    expect(words(/é/i)).toBeNull();
    expect(words(/é/)).toEqual(["é"]);
    expect(words(/不/i)).toEqual(["不"]);
  });

  it("lookarounds, anchors and unbounded pieces consume no known text", () => {
    expect(words(/(?=abc)/)).toBeNull();
    expect(words(/a(?=b)c/)).toEqual(["ac"]);
    expect(words(/^\bab$/)).toEqual(["ab"]);
    expect(words(/a.c/)).toEqual(["a"]);
    expect(words(/[^a]/)).toBeNull();
  });

  it("gives up on syntax it does not model", () => {
    for (const re of [/(a)\1/, /(?<x>a)\k<x>/, /\p{L}/u, /a/u, new RegExp("[a]", "v"), /\cJ/]) expect(requiredWords(re)).toBeNull();
  });

  it("never leaves out what a match contains, on random regexes and texts", () => {
    const rand = rng(13);
    let bounded = 0;
    for (let i = 0; i < 4000; i++) {
      let re: RegExp;
      try {
        re = new RegExp(randomSource(rand, VOCABULARY), rand() < 0.5 ? "i" : "");
      } catch {
        continue; // e.g. a quantified lookbehind
      }
      const need = requiredWords(re);
      if (need === null) continue;
      bounded++;
      for (let j = 0; j < 20; j++) {
        const text = randomText(rand, ALPHABET);
        if (!re.test(text)) continue;
        const folded = foldAscii(text);
        expect([...need].some((w) => folded.includes(w)), `${re} on ${JSON.stringify(text)} needs ${[...need]}`).toBe(true);
      }
    }
    expect(bounded).toBeGreaterThan(1000);
  });
});

describe("WordFamily", () => {
  it("rules out exactly the regexes whose words are absent", () => {
    const family = new WordFamily([/\bmonday\b/i, /(?:jan|feb)\s*\d/, /x*/]);
    expect(family.candidates("see you MONDAY")).toBe(0b101);
    expect(family.candidates("feb 3")).toBe(0b110);
    expect(family.candidates("Feb 3 or monday")).toBe(0b111);
    // A regex without known words is always a candidate.
    expect(family.candidates("")).toBe(0b100);
  });

  it("finds words that overlap or nest (noon inside afternoon)", () => {
    const family = new WordFamily([/afternoon/, /noon/, /terno/]);
    expect(family.candidates("this afternoon")).toBe(0b111);
  });

  it("a regex outside the candidates never matches, on random regexes and texts", () => {
    const rand = rng(17);
    for (let i = 0; i < 300; i++) {
      const regexes: RegExp[] = [];
      while (regexes.length < 5) {
        try {
          regexes.push(new RegExp(randomSource(rand, VOCABULARY), rand() < 0.5 ? "i" : ""));
        } catch {
          // e.g. a quantified lookbehind
        }
      }
      const family = new WordFamily(regexes);
      for (let j = 0; j < 20; j++) {
        const text = randomText(rand, ALPHABET);
        const mask = family.candidates(text);
        regexes.forEach((re, k) => {
          if (!(mask & (1 << k))) expect(re.test(text), `${re} on ${JSON.stringify(text)}`).toBe(false);
        });
      }
    }
  });
});

describe("ChronoSubsets", () => {
  const reference = { instant: new Date("2026-11-23T10:00:00+08:00"), timezone: 480 };
  /** What a test compares of chrono's results: everything our readers use. */
  const shape = (results: chrono.ParsedResult[]) =>
    results.map((r) => ({ index: r.index, text: r.text, start: r.start.date().getTime(), end: r.end?.date().getTime(), tags: [...r.tags()].sort(), known: JSON.stringify(r.start), knownEnd: JSON.stringify(r.end) }));

  it("leaves out the parsers whose words are absent", () => {
    const subsets = new ChronoSubsets(chrono.en.casual);
    const names = (mask: number) => chrono.en.casual.parsers.filter((_, i) => mask & (1 << i)).map((p) => p.constructor.name);
    expect(names(subsets.candidates("tomorrow afternoon"))).toContain("ENCasualTimeParser");
    expect(names(subsets.candidates("tomorrow afternoon"))).not.toContain("ENWeekdayParser");
    expect(names(subsets.candidates("next monday"))).toContain("ENWeekdayParser");
  });

  it("finds what chrono's casual English engine finds, on every fixture reply", () => {
    const subsets = new ChronoSubsets(chrono.en.casual);
    const dir = new URL("../../fixtures/nlu/", import.meta.url);
    const texts = new Set<string>();
    for (const f of readdirSync(dir).filter((f) => f.endsWith(".jsonl"))) {
      for (const line of readFileSync(new URL(f, dir), "utf8").split("\n")) {
        if (!line.trim()) continue;
        const text = (JSON.parse(line) as { text: string }).text;
        texts.add(text);
        texts.add(normalize(text).text);
      }
    }
    let found = 0;
    for (const text of texts) {
      if (!/[a-z]/i.test(text)) continue;
      const full = chrono.en.casual.parse(text, reference);
      found += full.length;
      expect(shape(subsets.parse(text, reference)), text).toEqual(shape(full));
    }
    expect(found).toBeGreaterThan(1000);
  }, 400_000);
});
