import { describe, expect, it } from "vitest";
import { captureCount, hasNamedGroups, joinKeepingCaptures } from "../../../src/nlu/regex/captures.js";
import { randomSource, rng, type RegexVocabulary } from "./random-regex.js";

/** Parentheses of every kind, escaped and inside classes too. */
const VOCABULARY: RegexVocabulary = {
  atoms: ["a", "不", "\\(", "\\)", "\\[", "\\\\", "\\1", "."],
  classes: ["()", "(?<", "\\]", "a-c", "\\\\"],
  groups: (depth) => ["?:", "", "?=", "?!", "?<=", "?<!", `?<g${depth}x${Math.floor(depth * 7) % 5}>`],
  quantifiers: ["?", "*", "{0,2}"],
};

describe("captureCount and hasNamedGroups", () => {
  it("read what compiling the pattern says, on random patterns", () => {
    const rand = rng(5);
    let read = 0;
    for (let i = 0; i < 3000; i++) {
      const source = randomSource(rand, VOCABULARY);
      let m: RegExpExecArray;
      try {
        m = new RegExp(`(?:${source})|`).exec("")!;
      } catch {
        continue; // duplicate group names, quantified lookbehinds …
      }
      read++;
      expect(captureCount(source), source).toBe(m.length - 1);
      expect(hasNamedGroups(source), source).toBe(m.groups !== undefined);
    }
    expect(read).toBeGreaterThan(1000);
  });
});

describe("joinKeepingCaptures", () => {
  it("stands for left-out captures before, between and after the kept alternatives", () => {
    const alternatives = ["(a)", "b", "(c)(d)", "e", "(f)"];
    const counts = alternatives.map(captureCount);
    expect(joinKeepingCaptures(alternatives, counts, [1, 3])).toBe("(?:()){0}b|(?:()()){0}e(?:()){0}");
    expect(joinKeepingCaptures(alternatives, counts, [2])).toBe("(?:()){0}(c)(d)(?:()){0}");
  });
});
