import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { forText, hanVariantOf, topLevelAlternatives } from "../../../src/nlu/regex/han-variant.js";
import { normalize } from "../../../src/nlu/index.js";
import { allMatches, AUDIT_TIMEOUT_MS } from "./random-regex.js";
import * as assent from "../../../src/nlu/lexicon/assent.js";
import * as conflict from "../../../src/nlu/lexicon/conflict.js";
import * as late from "../../../src/nlu/lexicon/late.js";
import * as questions from "../../../src/nlu/lexicon/questions.js";
import * as reschedule from "../../../src/nlu/lexicon/reschedule.js";
import * as smallTalk from "../../../src/nlu/lexicon/small-talk.js";
import * as withdrawal from "../../../src/nlu/lexicon/withdrawal.js";


const lexicons: RegExp[] = [assent, conflict, late, questions, reschedule, smallTalk, withdrawal].flatMap((mod) =>
  Object.values(mod).flatMap((v): RegExp[] => (v instanceof RegExp ? [v] : Array.isArray(v) ? v.flatMap((e) => (Array.isArray(e) && e[1] instanceof RegExp ? [e[1] as RegExp] : [])) : [])),
);

describe("hanVariantOf", () => {
  it("splits only at top-level bars", () => {
    expect(topLevelAlternatives("a(?:b|c)|[|]d|\\|e")).toEqual(["a(?:b|c)", "[|]d", "\\|e"]);
  });

  it("drops the alternatives that need a Latin letter, and nothing else", () => {
    const v = hanVariantOf(/不去了|\bwon't come\b|ok(?:的)?|好的/);
    expect(v.source).toBe("不去了|好的");
    expect(hanVariantOf(/不去了|好的/).source).toBe("不去了|好的");
  });

  it("leaves regexes with named groups, flags that change letters, or state whole", () => {
    for (const re of [/(?<n>不)去|\bno\b/, /不去|no/i, /不去|no/g]) expect(hanVariantOf(re)).toBe(re);
  });

  it("keeps capture numbers and backreferences", () => {
    const re = /\bno(t)?\b|不(去|来)白不\2|\bok\b|(了)?兴\3|(yes)/;
    const v = hanVariantOf(re);
    expect(v.source).toBe("(?:()){0}不(去|来)白不\\2|(了)?兴\\3(?:()){0}");
    for (const text of ["不去白不去", "不来白不去", "了兴了", "兴", "x了兴"]) expect(allMatches(v, text), text).toEqual(allMatches(re, text));
  });

  it("finds exactly the lexicons' matches on every fixture reply without a Latin letter", () => {
    const dir = new URL("../../fixtures/nlu/", import.meta.url);
    const seen = new Set<string>();
    for (const f of readdirSync(dir).filter((f) => f.endsWith(".jsonl"))) {
      for (const line of readFileSync(new URL(f, dir), "utf8").split("\n")) {
        if (!line.trim()) continue;
        const text = normalize((JSON.parse(line) as { text: string }).text).text;
        if (!/[A-Za-z]/.test(text)) seen.add(text);
      }
    }
    const texts = [...seen];
    expect(texts.length).toBeGreaterThan(15_000);
    let split = 0;
    for (const re of lexicons) {
      const v = hanVariantOf(re);
      if (v === re) continue;
      split++;
      // One comparison per text and regex (an expect per pair would dominate the run time).
      const differing = texts.filter((text) => allMatches(v, text).join("\n") !== allMatches(re, text).join("\n"));
      expect(differing, re.source.slice(0, 60)).toEqual([]);
    }
    // The English-heavy lexicons are split (WITHDRAW, ASSENT, ASKS, the reasons …).
    expect(split).toBeGreaterThan(10);
  }, AUDIT_TIMEOUT_MS);

  it("is used only for replies without Latin letters", () => {
    const re = /不去了|\bwon't come\b/;
    expect(forText(re, "我不去了")).not.toBe(re);
    expect(forText(re, "sorry 我不去了")).toBe(re);
  });
});
