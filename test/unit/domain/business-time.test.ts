import { describe, expect, it } from "vitest";
import { formatDateTime, sameBusinessDay } from "../../../src/domain/business-time.js";

describe("business-time formatting", () => {
  it("formats with weekday in the business zone", () => {
    expect(formatDateTime(new Date("2026-11-25T14:00:00+08:00"), "Asia/Shanghai")).toBe("11月25日（周三）14:00");
  });

  it("uses the business zone, not the process zone, across UTC midnight", () => {
    // 16:30 UTC on the 24th is already 00:30 on Wednesday the 25th in Shanghai.
    const at = new Date("2026-11-24T16:30:00Z");
    expect(formatDateTime(at, "Asia/Shanghai")).toBe("11月25日（周三）00:30");
    expect(formatDateTime(at, "UTC")).toBe("11月24日（周二）16:30");
    expect(sameBusinessDay(at, new Date("2026-11-25T14:00:00+08:00"), "Asia/Shanghai")).toBe(true);
    expect(sameBusinessDay(at, new Date("2026-11-25T14:00:00+08:00"), "UTC")).toBe(false);
  });
});
