/**
 * Round 53's critical errors: blind167–172 were scored once on the final main of session 12 and are held back for the
 * next round, but their five critical misreadings (a change read as the slot kept, a confirmation read as a decline)
 * are fixed at once. Checked with wordings written for this file. The slot in `u()` is Wednesday 2026-11-25 14:00.
 */
import { describe, expect, it } from "vitest";
import { p, u } from "./helpers.js";

describe("round 53 critical readings", () => {
  it("a notice period before starting is no new job", () => expect(u("confirm, btw 我 currently 在 notice period, 入职最快下个月 这个 ok 吗").intent).toBe("confirm"));
  it("an English push with a Chinese length moves the slot", () => {
    const r = u("push 一天 okay 吗, same time");
    expect(r.intent).toBe("reschedule");
    expect(r.proposed).toEqual(p("2026-11-26", "14:00", "afternoon"));
  });
  it("a couple of days later, the clock kept", () => {
    const r = u("Could we push it back a couple of days? Same time is fine");
    expect(r.intent).toBe("reschedule");
    expect(r.proposed).toEqual(p("2026-11-27", "14:00", "afternoon"));
  });
  it("back on the slot's day, any time after it is a range", () => {
    const r = u("25号我飞回来 26号之后任何时间 ok");
    expect(r.intent).toBe("reschedule");
    expect(r.proposed).toBeNull();
  });
  it("a long-haul run on the slot's day, and the day one is back offered", () => {
    const r = u("周三我在跑长途 回来得27号了 那天可以吗");
    expect(r.intent).toBe("reschedule");
    expect(r.proposed).toEqual(p("2026-11-27", null, null));
  });
});
