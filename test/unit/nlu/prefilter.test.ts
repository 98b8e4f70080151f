import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { auditPrefilters, matches, mayMatch, prefilterOf } from "../../../src/nlu/regex/prefilter.js";
import { RegexFamily } from "../../../src/nlu/regex/regex-family.js";
import { tokenOf } from "../../../src/nlu/time/zh-emit.js";
import { normalize, understand } from "../../../src/nlu/index.js";
import * as assent from "../../../src/nlu/lexicon/assent.js";
import * as conflict from "../../../src/nlu/lexicon/conflict.js";
import * as late from "../../../src/nlu/lexicon/late.js";
import * as menu from "../../../src/nlu/lexicon/menu.js";
import * as negation from "../../../src/nlu/lexicon/negation.js";
import * as questions from "../../../src/nlu/lexicon/questions.js";
import * as reschedule from "../../../src/nlu/lexicon/reschedule.js";
import * as smallTalk from "../../../src/nlu/lexicon/small-talk.js";
import * as withdrawal from "../../../src/nlu/lexicon/withdrawal.js";
import * as enParsers from "../../../src/nlu/time/en-parsers.js";
import * as zhParsers from "../../../src/nlu/time/zh-parsers.js";
import * as zhRelative from "../../../src/nlu/time/zh-relative.js";
import * as candidates from "../../../src/nlu/time/candidates.js";
import { randomSource, randomText, rng, type RegexVocabulary, AUDIT_TIMEOUT_MS } from "./random-regex.js";


const ALPHABET = ["a", "b", "A", "不", "了", "兴", "趣", ",", " ", "1", "😀"];

/** Over {@link ALPHABET}: literals, classes, groups, lookarounds, named groups, quantifiers, alternation. */
const VOCABULARY: RegexVocabulary = {
  atoms: ["a", "b", "不", "了", "兴", "趣", ",", " ", "1", "\\d", "\\s", "\\w", ".", "\\?", "\\u4e0d"],
  classes: ["ab", "不了", "^a", "a-c", "兴趣1", "\\d,", "\\s"],
  groups: (depth) => ["?:", "", "?=", "?!", "?<=", "?<!", "?<n" + depth + ">"],
  quantifiers: ["?", "*", "+", "{0,2}", "{1,2}", "{2}", "??", "+?"],
};

describe("prefilter soundness", () => {
  it("never rules out a match, on random regexes and texts", () => {
    const rand = rng(7);
    let checked = 0;
    let skipped = 0;
    for (let i = 0; i < 3000; i++) {
      const source = randomSource(rand, VOCABULARY);
      let re: RegExp;
      try {
        re = new RegExp(source, ["", "i", "u", "iu"][i % 4]);
      } catch {
        continue; // e.g. a quantified lookbehind
      }
      for (let j = 0; j < 20; j++) {
        const text = randomText(rand, ALPHABET);
        checked++;
        if (mayMatch(re, text)) continue;
        skipped++;
        expect(re.test(text), `${re} on ${JSON.stringify(text)}`).toBe(false);
      }
    }
    expect(checked).toBeGreaterThan(20_000);
    expect(skipped).toBeGreaterThan(1000);
  });

  it("never rules out a match of any lexicon or time regex, on fixture replies and pieces of them", () => {
    const modules: Array<Record<string, unknown>> = [assent, conflict, late, menu, negation, questions, reschedule, smallTalk, withdrawal, enParsers, zhParsers, zhRelative, candidates];
    // Regexes exported directly, in [name, regex] tables, or as chrono parsers' patterns.
    const regexes = new Set<RegExp>();
    const collect = (v: unknown, depth = 0): void => {
      if (v instanceof RegExp) regexes.add(v);
      else if (Array.isArray(v) && depth < 2) v.forEach((x) => collect(x, depth + 1));
      else if (v && typeof v === "object" && "pattern" in v && typeof v.pattern === "function") collect((v.pattern as () => unknown)());
    };
    for (const m of modules) for (const v of Object.values(m)) collect(v);
    expect(regexes.size).toBeGreaterThan(40);

    const dir = new URL("../../fixtures/nlu/", import.meta.url);
    const texts: string[] = [];
    for (const f of readdirSync(dir).filter((f) => f.endsWith(".jsonl"))) {
      for (const line of readFileSync(new URL(f, dir), "utf8").split("\n")) if (line.trim()) texts.push(normalize((JSON.parse(line) as { text: string }).text).text);
    }
    const rand = rng(11);
    const inputs = texts.filter((_, i) => i % 2 === 0);
    for (let i = 0; i < 2000; i++) {
      const t = texts[Math.floor(rand() * texts.length)]!;
      const a = Math.floor(rand() * t.length);
      inputs.push(t.slice(a, a + 1 + Math.floor(rand() * 12)));
    }
    let skipped = 0;
    for (const re of regexes) {
      if (!prefilterOf(re)) continue;
      for (const text of inputs) {
        if (mayMatch(re, text)) continue;
        skipped++;
        re.lastIndex = 0;
        expect(re.test(text), `${re.source.slice(0, 80)} on ${JSON.stringify(text)}`).toBe(false);
      }
    }
    expect(skipped).toBeGreaterThan(10_000);
    // (Linear in the fixtures, which grow every round: 20–30 s on a loaded machine by round 51.)
  }, AUDIT_TIMEOUT_MS);
});

describe("matches", () => {
  it("is re.test, and resets a global regex it skips", () => {
    const re = /兴趣/g;
    expect(matches(re, "没兴趣")).toBe(true);
    expect(re.lastIndex).toBe(3);
    expect(matches(re, "好的")).toBe(false);
    expect(re.lastIndex).toBe(0);
  });
});

describe("RegexFamily", () => {
  it("a regex outside the candidates never matches", () => {
    const regexes = [/兴趣/, /不(?:去|来)了/, /\d+点/, /x?/, /(?<!不)好的/, /[a-c]pm/i];
    const family = new RegexFamily(regexes);
    const rand = rng(5);
    const alphabet = ["兴", "趣", "不", "去", "来", "了", "1", "点", "好", "的", "A", "p", "M", "x"];
    for (let i = 0; i < 5000; i++) {
      let text = "";
      for (let j = Math.floor(rand() * 8); j > 0; j--) text += alphabet[Math.floor(rand() * alphabet.length)];
      const mask = family.candidates(text);
      regexes.forEach((re, k) => {
        if (!(mask & (1 << k))) expect(re.test(text), `${re} on ${text}`).toBe(false);
      });
      // A regex that can match the empty string is always a candidate.
      expect(mask & (1 << 3)).not.toBe(0);
    }
  });
});

describe("chrono with only the parsers that can match", () => {
  it("reads the same tokens as the engine with every parser, on every fixture reply", () => {
    const reference = { instant: new Date("2026-11-23T10:00:00+08:00"), timezone: 480 };
    const dir = new URL("../../fixtures/nlu/", import.meta.url);
    for (const f of readdirSync(dir).filter((f) => f.endsWith(".jsonl"))) {
      for (const line of readFileSync(new URL(f, dir), "utf8").split("\n")) {
        if (!line.trim()) continue;
        const text = normalize((JSON.parse(line) as { text: string }).text).text;
        if (!zhParsers.ZH_TIME_HINT.test(text) || /[到至~～-]/.test(text)) continue;
        const full = zhParsers.zhTimeChrono.parse(text, reference).map((r) => tokenOf(r));
        expect(zhParsers.zhTimeTokens(text, reference), text).toEqual(full);
      }
    }
  }, AUDIT_TIMEOUT_MS);
});

describe("every prefilter in use, audited on real replies", () => {
  it("no regex skipped by its prefilter would have matched (every fixture reply, pieces and joins of them)", () => {
    const failures: string[] = [];
    let skipped = 0;
    auditPrefilters((re, text) => {
      skipped++;
      if (new RegExp(re.source, re.flags.replace(/[gy]/g, "")).test(text)) failures.push(`${re.source.slice(0, 60)} on ${JSON.stringify(text)}`);
    });
    try {
      const dir = new URL("../../fixtures/nlu/", import.meta.url);
      const texts: string[] = [];
      for (const f of readdirSync(dir).filter((f) => f.endsWith(".jsonl"))) {
        for (const line of readFileSync(new URL(f, dir), "utf8").split("\n")) if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
      }
      const rand = rng(3);
      const inputs = [...texts];
      for (let i = 0; i < 1500; i++) {
        const t = texts[Math.floor(rand() * texts.length)]!;
        const a = Math.floor(rand() * t.length);
        inputs.push(t.slice(a, a + 1 + Math.floor(rand() * 15)), t + "，" + texts[Math.floor(rand() * texts.length)]);
      }
      const opts = { now: new Date("2026-11-25T13:30:00+08:00"), scheduledAt: new Date("2026-11-25T14:00:00+08:00"), timeZone: "Asia/Shanghai" };
      for (const text of inputs) understand(text, opts);
    } finally {
      auditPrefilters(null);
    }
    expect(failures).toEqual([]);
    expect(skipped).toBeGreaterThan(50_000);
    // (Linear in the fixtures, which grow every round: more time than the default.)
  }, AUDIT_TIMEOUT_MS);
});
