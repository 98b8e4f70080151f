import { describe, expect, it } from "vitest";
import { wallClock, wallFields } from "../../../src/nlu/time/calendar.js";

const OPTIONS: Intl.DateTimeFormatOptions = { hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric" };

/** The fields as formatToParts gives them: what wallFields must always agree with. */
function fromParts(formatter: Intl.DateTimeFormat, instant: Date): number[] {
  const get = (type: string) => Number(formatter.formatToParts(instant).find((p) => p.type === type)!.value);
  return [get("year"), get("month"), get("day"), get("hour"), get("minute")];
}

/** Instants from 1890 to 2040 at odd steps (LMT offsets with seconds, DST changes, a leap day). */
function instants(): Date[] {
  const out: Date[] = [new Date(Date.UTC(2028, 1, 29, 15, 59, 59)), new Date(Date.UTC(-50, 0, 1)), new Date(Date.UTC(5, 0, 1))];
  for (let ms = Date.UTC(1890, 0, 1); ms < Date.UTC(2040, 0, 1); ms += 37 * 86_400_000 + 3_599_999) out.push(new Date(ms));
  return out;
}

describe("wallFields", () => {
  it.each(["Asia/Shanghai", "America/New_York", "Europe/London", "Asia/Kathmandu", "Australia/Lord_Howe", "Pacific/Chatham", "UTC"])("reads the same fields as formatToParts in %s", (timeZone) => {
    const formatter = new Intl.DateTimeFormat("en-US", { ...OPTIONS, timeZone });
    for (const instant of instants()) expect(wallFields(formatter, instant)).toEqual(fromParts(formatter, instant));
  });

  it.each([
    ["an era", new Intl.DateTimeFormat("en-US", { ...OPTIONS, era: "short", timeZone: "Asia/Shanghai" })],
    ["another locale's order", new Intl.DateTimeFormat("de-DE", { ...OPTIONS, timeZone: "Asia/Shanghai" })],
  ])("falls back to the parts when the formatted shape differs (%s)", (_, formatter) => {
    for (const instant of instants()) expect(wallFields(formatter, instant)).toEqual(fromParts(formatter, instant));
  });

  it("gives wallClock the Shanghai wall clock", () => {
    expect(wallClock(new Date("2026-11-23T23:59:00Z"), "Asia/Shanghai")).toEqual({ y: 2026, m: 11, d: 24, hour: 7, minute: 59, weekday: 2 });
  });
});

describe("wallClock (a zone's offset kept per whole UTC hour)", () => {
  /** Every 17 minutes 13 seconds through two years with changes of offset, so some instants fall in the hour of a change. */
  function around(fromYear: number): Date[] {
    const out: Date[] = [];
    for (let ms = Date.UTC(fromYear, 0, 1) + 7919; ms < Date.UTC(fromYear + 2, 0, 1); ms += 1_033_013) out.push(new Date(ms));
    return out;
  }

  it.each([
    ["America/New_York", 2025],
    ["Australia/Lord_Howe", 2025], // a half-hour change
    ["Africa/Casablanca", 2025], // changes around Ramadan
    ["Pacific/Apia", 2011], // a whole day skipped
    ["Asia/Shanghai", 1900], // local mean time, +08:05:43, until 1901
    ["Asia/Shanghai", 1990], // summer time until 1991
  ])("reads what Intl reads, in %s from %i", (timeZone, fromYear) => {
    const formatter = new Intl.DateTimeFormat("en-US", { ...OPTIONS, timeZone });
    // (wallFields, checked against the parts above, keeps this quick.)
    for (const instant of around(fromYear)) {
      const w = wallClock(instant, timeZone);
      expect([w.y, w.m, w.d, w.hour, w.minute]).toEqual(wallFields(formatter, instant));
    }
  });

  it("reads instants outside 1900–2499 through Intl itself", () => {
    const formatter = new Intl.DateTimeFormat("en-US", { ...OPTIONS, timeZone: "Asia/Shanghai" });
    for (const instant of [new Date(Date.UTC(1500, 5, 1)), new Date(Date.UTC(2600, 0, 1, 12))]) {
      const w = wallClock(instant, "Asia/Shanghai");
      expect([w.y, w.m, w.d, w.hour, w.minute]).toEqual(fromParts(formatter, instant));
    }
  });
});
