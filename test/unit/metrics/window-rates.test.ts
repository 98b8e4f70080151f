import { describe, expect, it } from "vitest";
import { customWindow, duration, lastDays, MetricsWindowError, parseDays, pct, ratesOf } from "../../../src/metrics/index.js";

describe("metrics windows", () => {
  const now = new Date("2025-06-30T00:00:00Z");
  it("takes the last N days up to now, or a custom range", () => {
    expect(lastDays(7, now)).toEqual({ from: new Date("2025-06-23T00:00:00Z"), before: now, days: 7 });
    expect(customWindow(new Date("2025-06-01T00:00:00Z"), new Date("2025-06-02T12:00:00Z")).days).toBe(2);
  });
  it("refuses empty, reversed, huge and non-numeric windows with a clear message", () => {
    expect(() => lastDays(0, now)).toThrow(MetricsWindowError);
    expect(() => lastDays(1.5, now)).toThrow(/whole number/);
    expect(() => lastDays(5000, now)).toThrow(/1 to 731/);
    expect(() => customWindow(now, now)).toThrow(/before/);
    expect(() => customWindow(new Date("x"), now)).toThrow(/valid dates/);
    expect(() => customWindow(new Date("2020-01-01"), now)).toThrow(/at most 731/);
  });
  it("parses 7d, 30, 90天", () => {
    expect(parseDays("7d")).toBe(7);
    expect(parseDays(" 30 ")).toBe(30);
    expect(parseDays("90天")).toBe(90);
    expect(() => parseDays("last week")).toThrow(/not a number of days/);
  });
});

describe("rates", () => {
  it("divides by the documented denominators and gives null for no data", () => {
    const counts = { invited: 10, replied: 8, confirmed: 6, rescheduled: 2, cancelled: 1, attended: 4, noShow: 1, completed: 3 };
    expect(ratesOf(counts, { count: 8, medianSeconds: 1, p90Seconds: 1, meanSeconds: 1, over24h: 2 })).toEqual({
      reply: 0.8,
      confirm: 0.6,
      reschedule: 0.2,
      cancel: 0.1,
      checkIn: 0.4,
      completion: 0.3,
      noShow: 0.2,
      lateReply: 0.25,
    });
    const none = { invited: 0, replied: 0, confirmed: 0, rescheduled: 0, cancelled: 0, attended: 0, noShow: 0, completed: 0 };
    expect(Object.values(ratesOf(none, { count: 0, medianSeconds: null, p90Seconds: null, meanSeconds: null, over24h: 0 })).every((v) => v === null)).toBe(true);
  });
  it("formats percentages and durations", () => {
    expect([pct(0.125), pct(0.125, 1), pct(null)]).toEqual(["13%", "12.5%", "—"]);
    expect([duration(90), duration(3 * 3600), duration(80 * 3600), duration(null)]).toEqual(["2 分钟", "3.0 小时", "3.3 天", "—"]);
  });
});
