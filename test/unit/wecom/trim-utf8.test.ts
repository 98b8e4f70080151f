import { describe, expect, it } from "vitest";
import { ELLIPSIS, trimUtf8 } from "../../../src/wecom/api/trim-utf8.js";

const bytes = (s: string): number => Buffer.byteLength(s, "utf8");

describe("trimUtf8", () => {
  it("returns text within the limit unchanged, without an ellipsis", () => {
    const text = "中".repeat(682) + "ab";
    expect(trimUtf8(text, 2048)).toBe(text);
  });

  it("trims long Chinese text to the byte limit and marks the cut", () => {
    const text = "您的面试安排如下，请准时参加。".repeat(60); // 2700 B
    const trimmed = trimUtf8(text, 2048);
    expect(bytes(trimmed)).toBeLessThanOrEqual(2048);
    expect(bytes(trimmed)).toBeGreaterThan(2048 - 6);
    expect(trimmed.endsWith(ELLIPSIS)).toBe(true);
    expect(text.startsWith(trimmed.slice(0, -1))).toBe(true);
  });

  it("does not cut an emoji sequence in half", () => {
    const family = "👨‍👩‍👧";
    expect(trimUtf8(family.repeat(3), 40)).toBe(family.repeat(2) + ELLIPSIS);
  });

  it("does not leave trailing spaces before the ellipsis", () => {
    expect(trimUtf8("ab     cdefgh", 10)).toBe("ab" + ELLIPSIS);
  });

  it("refuses a limit that cannot hold the ellipsis", () => {
    expect(() => trimUtf8("abcdef", 2)).toThrow(RangeError);
  });
});
