import { describe, expect, it } from "vitest";
import { formatDateTime } from "../../../src/domain/business-time.js";
import { proposedToDate, type ProposalContext } from "../../../src/domain/proposed-time.js";

const TZ = "Asia/Shanghai";
const ctx: ProposalContext = {
  now: new Date("2026-11-23T10:00:00+08:00"),
  scheduledAt: new Date("2026-11-25T14:00:00+08:00"),
  timeZone: TZ,
  policy: { workingHours: { start: "09:00", end: "18:00" }, workingWeekdays: [1, 2, 3, 4, 5], minNoticeHours: 24 },
};
const show = (d: Date | null) => (d ? formatDateTime(d, TZ) : null);

describe("proposedToDate", () => {
  it.each([
    [{ date: "2026-11-26", time: "15:00", partOfDay: "afternoon" }, "11月26日（周四）15:00"],
    [{ date: "2026-11-26", time: null, partOfDay: "morning" }, "11月26日（周四）10:00"],
    [{ date: "2026-11-26", time: null, partOfDay: null }, "11月26日（周四）14:00"],
    [{ date: null, time: "16:00", partOfDay: "afternoon" }, "11月25日（周三）16:00"],
    // Another part of the scheduled day (能改到上午吗): that day, when still allowed.
    [{ date: null, time: null, partOfDay: "morning" }, "11月25日（周三）10:00"],
    // The interview's own part of day names no new day: the first allowed slot in it.
    [{ date: null, time: null, partOfDay: "afternoon" }, "11月24日（周二）14:00"],
    [{ date: null, time: null, partOfDay: "evening" }, null],
  ] as const)("%o → %s", (proposed, expected) => {
    expect(show(proposedToDate(proposed, ctx))).toBe(expected);
  });

  it("another part of the scheduled day inside the notice period falls back to the first allowed slot", () => {
    const late = { ...ctx, now: new Date("2026-11-24T15:00:00+08:00") };
    expect(show(proposedToDate({ date: null, time: null, partOfDay: "morning" }, late))).toBe("11月26日（周四）10:00");
  });

  it("null stays null", () => {
    expect(proposedToDate(null, ctx)).toBeNull();
  });
});
