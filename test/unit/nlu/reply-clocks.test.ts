import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { offsetMinutes, offsetMinutesAt, wallClock } from "../../../src/nlu/time/calendar.js";
import { analyzeTime } from "../../../src/nlu/time/resolve-time.js";
import { normalize } from "../../../src/nlu/normalize/normalize.js";

describe("offsetMinutesAt: offsetMinutes from a wall clock read already", () => {
  it.each(["Asia/Shanghai", "America/New_York", "Australia/Lord_Howe", "Asia/Kathmandu"])("agrees with offsetMinutes in %s, across offset changes", (timeZone) => {
    for (let ms = Date.UTC(2025, 0, 1) + 4_711; ms < Date.UTC(2026, 0, 1); ms += 3_217_013) {
      const instant = new Date(ms);
      expect(offsetMinutesAt(wallClock(instant, timeZone), instant)).toBe(offsetMinutes(instant, timeZone));
    }
  });

  it("keeps local mean time's odd seconds out (Shanghai 1900: +08:05:43 is +486 minutes)", () => {
    const instant = new Date(Date.UTC(1900, 5, 1, 3, 0, 30));
    expect(offsetMinutesAt(wallClock(instant, "Asia/Shanghai"), instant)).toBe(offsetMinutes(instant, "Asia/Shanghai"));
  });
});

describe("analyzeTime with the reply's clocks passed in", () => {
  const lines = readFileSync(fileURLToPath(new URL("../../fixtures/nlu/blind196-final.jsonl", import.meta.url)), "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { text: string; now?: string | null; scheduledAt?: string | null });

  it("reads what it reads when it reads them itself, on fixture replies", () => {
    expect(lines.length).toBeGreaterThan(20);
    for (const r of lines) {
      const ctx = { now: new Date(r.now ?? "2026-11-23T10:00:00+08:00"), scheduledAt: new Date(r.scheduledAt ?? "2026-11-25T14:00:00+08:00"), timeZone: "Asia/Shanghai" };
      const text = normalize(r.text).text;
      const clocks = { now: wallClock(ctx.now, ctx.timeZone), scheduled: wallClock(ctx.scheduledAt, ctx.timeZone) };
      expect(analyzeTime(text, ctx, false, clocks), r.text).toEqual(analyzeTime(text, ctx));
    }
  });
});
