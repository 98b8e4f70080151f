import { describe, expect, it } from "vitest";
import { formatDateTime } from "../../../src/domain/business-time.js";
import { checkSlot, offerSlots, type ReschedulePolicy } from "../../../src/domain/reschedule-policy.js";

const TZ = "Asia/Shanghai";
const POLICY: ReschedulePolicy = { workingHours: { start: "09:00", end: "18:00" }, workingWeekdays: [1, 2, 3, 4, 5], minNoticeHours: 24 };
const at = (s: string) => new Date(`${s}+08:00`);
const fmt = (ds: Date[]) => ds.map((d) => formatDateTime(d, TZ));

describe("checkSlot", () => {
  const now = at("2026-11-23T10:00:00"); // Monday
  it.each([
    ["2026-11-26T15:00:00", { ok: true }],
    ["2026-11-23T09:00:00", { ok: false, reason: "past" }],
    ["2026-11-24T09:59:00", { ok: false, reason: "notice" }],
    ["2026-11-24T10:00:00", { ok: true }],
    ["2026-11-28T10:00:00", { ok: false, reason: "weekday" }],
    ["2026-11-26T08:59:00", { ok: false, reason: "hours" }],
    ["2026-11-26T18:00:00", { ok: false, reason: "hours" }],
    ["2026-11-26T17:59:00", { ok: true }],
  ] as const)("%s → %o", (when, expected) => {
    expect(checkSlot(at(when), now, POLICY, TZ)).toEqual(expected);
  });
});

describe("offerSlots", () => {
  it("one slot per day at the interview's clock time, skipping the scheduled day", () => {
    const slots = offerSlots(at("2026-11-23T10:00:00"), at("2026-11-25T14:00:00"), POLICY, TZ);
    expect(fmt(slots)).toEqual(["11月24日（周二）14:00", "11月26日（周四）14:00", "11月27日（周五）14:00"]);
  });

  it("skips the weekend", () => {
    const slots = offerSlots(at("2026-11-26T16:00:00"), at("2026-11-27T10:00:00"), POLICY, TZ);
    expect(fmt(slots)).toEqual(["11月30日（周一）10:00", "12月1日（周二）10:00", "12月2日（周三）10:00"]);
  });

  it("an evening interview time falls back to the first allowed hour", () => {
    const slots = offerSlots(at("2026-11-23T10:00:00"), at("2026-11-25T19:00:00"), POLICY, TZ, 2);
    expect(fmt(slots)).toEqual(["11月24日（周二）10:00", "11月26日（周四）09:00"]);
  });

  it("minimum notice pushes the first day's slot later that day", () => {
    const slots = offerSlots(at("2026-11-23T15:30:00"), at("2026-11-27T14:00:00"), POLICY, TZ, 2);
    expect(fmt(slots)).toEqual(["11月24日（周二）16:00", "11月25日（周三）14:00"]);
  });

  it("a part of day restricts the slots", () => {
    const slots = offerSlots(at("2026-11-23T10:00:00"), at("2026-11-25T14:00:00"), POLICY, TZ, 2, { partOfDay: "morning", includeScheduledDay: true });
    expect(fmt(slots)).toEqual(["11月24日（周二）10:00", "11月25日（周三）10:00"]);
    expect(offerSlots(at("2026-11-23T10:00:00"), at("2026-11-25T14:00:00"), POLICY, TZ, 3, { partOfDay: "evening" })).toEqual([]);
  });

  it("never offers an excluded time and every slot passes checkSlot", () => {
    const now = at("2026-11-27T17:00:00"); // Friday evening
    const exclude = [at("2026-11-30T14:00:00")];
    const slots = offerSlots(now, at("2026-12-02T14:00:00"), POLICY, TZ, 3, { exclude });
    expect(fmt(slots)).toEqual(["11月30日（周一）09:00", "12月1日（周二）14:00", "12月3日（周四）14:00"]);
    for (const s of slots) expect(checkSlot(s, now, POLICY, TZ)).toEqual({ ok: true });
  });
});
