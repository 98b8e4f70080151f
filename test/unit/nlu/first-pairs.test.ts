import { describe, expect, it } from "vitest";
import { firstPairs, type Prefixes } from "../../../src/nlu/regex/first-pairs.js";
import { randomSource, randomText, rng, type RegexVocabulary } from "./random-regex.js";

const ALPHABET = ["a", "b", "不", "了", "兴", ",", " ", "1", "😀"];

/** Literals, classes, groups, lookarounds, backreferences, quantifiers (counted ones too), alternation. */
const VOCABULARY: RegexVocabulary = {
  atoms: ["a", "b", "不", "了", "兴", ",", " ", "1", "\\d", "\\s", "\\w", "\\W", ".", "\\?", "\\u4e0d", "\\1"],
  classes: ["ab", "不了", "^a", "a-c", "兴1", "\\d,", "\\s", "\\D"],
  groups: () => ["?:", "", "?=", "?!", "?<=", "?<!"],
  quantifiers: ["?", "*", "+", "{0,2}", "{1,2}", "{2}", "{3,}", "??", "+?", "{2,3}?"],
};

/** Whether `p` admits a match that begins with `first` and goes on with `second` (undefined: a one-unit match). */
function admits(p: Prefixes, first: number, second: number | undefined): boolean {
  if (second === undefined) return p.ones!.has(first);
  if (!p.twos!.has(first)) return false;
  const next = p.twos!.get(first)!;
  return next === null || next.has(second);
}

const pairs = (re: RegExp) => {
  const p = firstPairs(re)!;
  const out = [...p.ones!].map((u) => String.fromCharCode(u));
  for (const [u, next] of p.twos!) out.push(next === null ? `${String.fromCharCode(u)}*` : [...next].map((v) => String.fromCharCode(u, v)).join(" "));
  return out.sort().join(" ");
};

describe("firstPairs", () => {
  it("reads the first two consumed characters past lookarounds, anchors and optional terms", () => {
    expect(pairs(/不去了|不太想|想/)).toBe("不去 不太 想");
    expect(pairs(/(?<!x)不?去/)).toBe("不去 去");
    expect(pairs(/\b(?:不|没)[12]?(?:去|来)/)).toBe("不1 不2 不去 不来 没1 没2 没去 没来");
    expect(pairs(/(?:好|行)(?:的)?/)).toBe("好 好的 行 行的");
  });

  it("admits any second unit after what it cannot bound", () => {
    expect(pairs(/不[^,]{0,3}去/)).toBe("不*");
    expect(pairs(/a(?:b|.)/)).toBe("a*");
  });

  it("gives up where a match may start anywhere or be empty", () => {
    expect(firstPairs(/a*/)).toBeNull();
    expect(firstPairs(/[^a]b/)).toBeNull();
    expect(firstPairs(/a|./)).toBeNull();
    expect(firstPairs(/(a)?\1b/)).toBeNull();
    expect(firstPairs(/好/i)).toBeNull();
    expect(firstPairs(/好/u)).toBeNull();
  });

  it("admits the first units of every match, on random regexes and texts", () => {
    const rand = rng(29);
    let bounded = 0;
    for (let i = 0; i < 4000; i++) {
      let re: RegExp;
      try {
        re = new RegExp(randomSource(rand, VOCABULARY), "y");
      } catch {
        continue; // e.g. a quantified lookbehind
      }
      const p = firstPairs(new RegExp(re.source));
      if (p === null) continue;
      bounded++;
      for (let j = 0; j < 15; j++) {
        const text = randomText(rand, ALPHABET);
        for (let at = 0; at < text.length; at++) {
          re.lastIndex = at;
          const m = re.exec(text);
          if (m === null) continue;
          const second = m[0].length > 1 ? text.charCodeAt(at + 1) : undefined;
          expect(admits(p, text.charCodeAt(at), second), `${re.source} at ${at} of ${JSON.stringify(text)}`).toBe(true);
        }
      }
    }
    expect(bounded).toBeGreaterThan(500);
  });
});
