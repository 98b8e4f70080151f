import { describe, expect, it } from "vitest";
import { splitUtf8, utf8Bytes } from "../../../src/wecom/api/split-utf8.js";

const bytes = (s: string): number => Buffer.byteLength(s, "utf8");
/** A piece survives a UTF-8 round trip only if no character was cut. */
const intact = (s: string): boolean => Buffer.from(s, "utf8").toString("utf8") === s && !/[\uD800-\uDFFF]/.test(s.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ""));

describe("splitUtf8", () => {
  it("keeps text within the limit as one piece", () => {
    expect(splitUtf8("面试时间：明天 10:00", 2048)).toEqual(["面试时间：明天 10:00"]);
  });

  it("treats exactly the limit as fitting and one byte more as two pieces", () => {
    const exact = "中".repeat(682) + "ab"; // 2046 + 2 = 2048 bytes
    expect(bytes(exact)).toBe(2048);
    expect(splitUtf8(exact, 2048)).toEqual([exact]);
    const over = exact + "c";
    const pieces = splitUtf8(over, 2048);
    expect(pieces).toHaveLength(2);
    expect(pieces.join("")).toBe(over);
  });

  it("cuts a long Chinese line between characters, never inside one", () => {
    const text = "候选人您好，请确认面试时间。".repeat(100); // 14 chars × 3 B × 100 = 4200 B
    const pieces = splitUtf8(text, 2048);
    expect(pieces.length).toBe(3);
    for (const piece of pieces) {
      expect(bytes(piece)).toBeLessThanOrEqual(2048);
      expect(intact(piece)).toBe(true);
    }
    expect(pieces.join("")).toBe(text);
    // Greedy: the first piece uses the room there is (2048 is not a multiple of 3).
    expect(bytes(pieces[0]!)).toBe(2046);
  });

  it("ends pieces on line boundaries and drops the newline at the break", () => {
    const lines = Array.from({ length: 60 }, (_, i) => `第${i + 1}位候选人：张三，明天上午十点，三号会议室`);
    const text = lines.join("\n");
    const pieces = splitUtf8(text, 2048);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) {
      expect(bytes(piece)).toBeLessThanOrEqual(2048);
      for (const line of piece.split("\n")) expect(lines).toContain(line);
    }
    expect(pieces.join("\n")).toBe(text);
  });

  it("never separates the code points of an emoji sequence", () => {
    const family = "👨‍👩‍👧"; // 3 emoji joined by ZWJ: 18 bytes, one grapheme
    expect(utf8Bytes(family)).toBe(18);
    const pieces = splitUtf8(family.repeat(5), 40);
    expect(pieces).toEqual([family.repeat(2), family.repeat(2), family]);
  });

  it("leaves out blank pieces, which WeCom would refuse as empty", () => {
    expect(splitUtf8("   \n\n  ", 2048)).toEqual([]);
    const text = `${"甲".repeat(10)}\n\n\n\n${"乙".repeat(10)}`;
    expect(splitUtf8(text, 31)).toEqual(["甲".repeat(10), "乙".repeat(10)]);
  });

  it("refuses a limit too small to hold any character", () => {
    expect(() => splitUtf8("x", 3)).toThrow(RangeError);
  });
});
