import { describe, expect, it } from "vitest";
import { execAll } from "../../../src/nlu/regex/exec-all.js";

/** Random strings over a small alphabet (a surrogate pair among them, for the u flag's steps). */
function randomStrings(count: number, seed: number): string[] {
  const alphabet = ["a", "b", "1", "2", " ", "好", "不", "😀", ","];
  let s = seed >>> 0;
  const rand = () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const out = [""];
  for (let i = 0; i < count; i++) {
    let t = "";
    for (let n = Math.floor(rand() * 12); n > 0; n--) t += alphabet[Math.floor(rand() * alphabet.length)];
    out.push(t);
  }
  return out;
}

const view = (ms: RegExpMatchArray[]) => ms.map((m) => [m.index, ...m]);

describe("execAll finds what String#matchAll finds", () => {
  it.each([/a+|不/g, /(\d)(?:,(\d))?/g, /b*/g, /(?<=好)|\s*/g, /.?/gu, /(?:)/gu, /[^,]*/g])("%s", (re) => {
    for (const t of randomStrings(3_000, 7)) {
      expect(view(execAll(re, t)), JSON.stringify(t)).toEqual(view([...t.matchAll(re)]));
      expect(re.lastIndex).toBe(0);
    }
  });

  it("starts where lastIndex stands and puts it back, as matchAll leaves the regex", () => {
    const re = /\d/g;
    re.lastIndex = 2;
    expect(view(execAll(re, "1a2b3"))).toEqual(view([..."1a2b3".matchAll(re)]));
    expect(re.lastIndex).toBe(2);
  });

  it("refuses a regex without g, as matchAll does", () => {
    expect(() => execAll(/a/, "a")).toThrow(TypeError);
  });
});
