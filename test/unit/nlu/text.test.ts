import { describe, expect, it } from "vitest";
import { EMOJI_RE, stripEmoji } from "../../../src/nlu/normalize/emoji.js";
import { nfkcStable } from "../../../src/nlu/normalize/normalize.js";
import { countHan, countLatin } from "../../../src/nlu/text/han.js";
import { splitClauses, splitPhrases } from "../../../src/nlu/text/split.js";

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Random strings dense in the characters the splits care about. */
function randomStrings(alphabet: string[], count: number, seed: number): string[] {
  const rand = rng(seed);
  const out = ["", ...alphabet];
  for (let i = 0; i < count; i++) {
    let s = "";
    const n = Math.floor(rand() * 10);
    for (let j = 0; j < n; j++) s += alphabet[Math.floor(rand() * alphabet.length)];
    out.push(s);
  }
  return out;
}

describe("hand-written splits equal the regex splits they replace", () => {
  const alphabet = ["a", "好", ",", ".", "!", "?", "。", ";", "~", " ", "\u3000", "\n", "\u2029", "，", "、", "😀"];

  it("splitClauses = split(/(?<=[,.!?。;~])|\\u2029/)", () => {
    for (const s of randomStrings(alphabet, 20_000, 1)) expect(splitClauses(s), JSON.stringify(s)).toEqual(s.split(/(?<=[,.!?。;~])|\u2029/));
    // A paragraph separator right after punctuation stays with the next piece (as the regex split does).
    expect(splitClauses("好,\u2029行")).toEqual(["好,", "\u2029行"]);
  });

  it("splitPhrases = split on punctuation runs, and on spaces that border Han", () => {
    const re = /[,.!?。;~\s]*[,.!?。;~][,.!?。;~\s]*|(?<=\p{Script=Han})\s+|\s+(?=\p{Script=Han})/u;
    const withAstral = [...alphabet, "𠀀", "b"];
    for (const s of randomStrings(withAstral, 20_000, 3)) expect(splitPhrases(s), JSON.stringify(s)).toEqual(s.split(re));
    expect(splitPhrases("i can only do afternoons, ok")).toEqual(["i can only do afternoons", "ok"]);
    expect(splitPhrases("ok 我准时到")).toEqual(["ok", "我准时到"]);
  });
});

describe("character counts", () => {
  it("countHan = match(/\\p{Script=Han}/gu).length, over every code point", () => {
    const han = /\p{Script=Han}/u;
    for (let cp = 0; cp <= 0x10ffff; cp += cp < 0x30000 ? 1 : 97) {
      const s = String.fromCodePoint(cp);
      if (countHan(s) !== (han.test(s) ? 1 : 0)) expect(countHan(s), cp.toString(16)).toBe(han.test(s) ? 1 : 0);
    }
    for (const s of ["", "好的", "𠀀𠀁a好", "\ud840", "\udc00好", "⺀〇々a1"]) expect(countHan(s), s).toBe(s.match(/\p{Script=Han}/gu)?.length ?? 0);
  });

  it("countLatin = match(/[a-z]/g).length", () => {
    for (const s of ["", "abcXYZ", "ok好的z", "ÀÉé"]) expect(countLatin(s)).toBe(s.match(/[a-z]/g)?.length ?? 0);
  });
});

describe("stripEmoji's fast path", () => {
  it("skips only replies whose every character neither emoji pattern can match", () => {
    const safe = /^[\u0020-\u005a\u005c-\u00a8\u2010-\u2027\u3001\u3002\u4e00-\u9fff]$/;
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (!safe.test(ch)) continue;
      EMOJI_RE.lastIndex = 0;
      if (EMOJI_RE.test(ch) || ch === "[") expect(ch, c.toString(16)).toBe("not safe");
    }
    expect(stripEmoji("好的👍")).toBe("好的 ");
    expect(stripEmoji("好的[微笑]")).toBe("好的 ");
    expect(stripEmoji("好的，明天见")).toBe("好的，明天见");
  });
});

describe("NFKC skipped only where it changes nothing", () => {
  it("every character the fast path accepts is its own NFKC form, alone and after any other character", () => {
    const accepted: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      if (nfkcStable(ch)) accepted.push(ch);
    }
    expect(accepted.length).toBe(0x80 + (0x9fff - 0x4e00 + 1) + 2);
    for (const ch of accepted) expect(ch.normalize("NFKC")).toBe(ch);
    // Composition joins a character to the one before it: no accepted character is ever the second half.
    const probes = ["a", "e", "A", "\u3131", "\u1100", "\u0915", "\u0b47", "\u0dd9", "\u4e00", "\u3002"];
    for (const p of probes) for (const ch of accepted) expect((p + ch).normalize("NFKC")).toBe(p.normalize("NFKC") + ch);
  });
});
