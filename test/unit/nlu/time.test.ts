import { describe, expect, it } from "vitest";
import { resolveTime, resolutionToDate } from "../../../src/nlu/index.js";
import { NOW, SCHEDULED, TZ, p } from "./helpers.js";

const ctx = { now: NOW, scheduledAt: SCHEDULED, timeZone: TZ };
const r = (text: string, c: Parameters<typeof resolveTime>[1] = ctx) => resolveTime(text, c);

describe("weekdays (weeks start on Monday; now = Mon 2026-11-23)", () => {
  it.each([
    ["周四", p("2026-11-26", null, null)],
    ["礼拜四", p("2026-11-26", null, null)],
    ["星期四", p("2026-11-26", null, null)],
    ["本周四", p("2026-11-26", null, null)],
    ["这周四上午", p("2026-11-26", null, "morning")],
    ["下周二", p("2026-12-01", null, null)],
    ["下下周一", p("2026-12-07", null, null)],
    ["下周2上午十点", p("2026-12-01", "10:00", "morning")],
    ["周4下午", p("2026-11-26", null, "afternoon")],
    ["週五下午", p("2026-11-27", null, "afternoon")],
  ])("%s", (text, want) => expect(r(text)).toEqual(want));

  it("a bare weekday already past this week means the coming one", () => {
    expect(r("周一可以吗", { ...ctx, now: new Date("2026-11-27T16:00:00+08:00") })).toEqual(p("2026-11-30", null, null));
  });
});

describe("relative and absolute days", () => {
  it.each([
    ["明天", p("2026-11-24", null, null)],
    ["后天上午", p("2026-11-25", null, "morning")],
    ["大后天下午两点", p("2026-11-26", "14:00", "afternoon")],
    ["明早十点", p("2026-11-24", "10:00", "morning")],
    ["28号", p("2026-11-28", null, null)],
    ["28号下午三点", p("2026-11-28", "15:00", "afternoon")],
    ["1号下午两点", p("2026-12-01", "14:00", "afternoon")],
    ["11月28日", p("2026-11-28", null, null)],
    ["十一月二十八号上午", p("2026-11-28", null, "morning")],
    ["11.28", p("2026-11-28", null, null)],
    ["11/28 下午3点", p("2026-11-28", "15:00", "afternoon")],
    ["2026-11-30 10:00", p("2026-11-30", "10:00", "morning")],
    ["11月27日(周五)下午2点", p("2026-11-27", "14:00", "afternoon")],
  ])("%s", (text, want) => expect(r(text)).toEqual(want));
});

describe("clock times", () => {
  it.each([
    ["下午两点", p(null, "14:00", "afternoon")],
    ["晚上7点", p(null, "19:00", "evening")],
    ["十点半", p(null, "10:30", "morning")],
    ["三点半", p(null, "15:30", "afternoon")],
    ["两点一刻", p(null, "14:15", "afternoon")],
    ["3点", p(null, "15:00", "afternoon")],
    ["中午12点", p(null, "12:00", "afternoon")],
    ["14:30", p(null, "14:30", "afternoon")],
    ["下午", p(null, null, "afternoon")],
  ])("%s", (text, want) => expect(r(text)).toEqual(want));

  it("晚一点 is 'a bit later', not 1 o'clock", () => {
    expect(r("晚一点到")).toBeNull();
  });
});

describe("relative to the interview (Wed 2026-11-25 14:00)", () => {
  it.each([
    ["明天同一时间", p("2026-11-24", "14:00", "afternoon")],
    ["周四同一时间", p("2026-11-26", "14:00", "afternoon")],
    ["推迟一个小时", p("2026-11-25", "15:00", "afternoon")],
    ["推迟一小时可以吗", p("2026-11-25", "15:00", "afternoon")],
    ["晚半小时行吗", p("2026-11-25", "14:30", "afternoon")],
    ["提前半小时", p("2026-11-25", "13:30", "afternoon")],
    ["往后推两天", p("2026-11-27", "14:00", "afternoon")],
    ["下周同一时间", p("2026-12-02", "14:00", "afternoon")],
    ["推迟到4点", p("2026-11-25", "16:00", "afternoon")],
    ["同一天4点", p("2026-11-25", "16:00", "afternoon")],
    ["还是这个点，换到周五", p("2026-11-27", "14:00", "afternoon")],
  ])("%s", (text, want) => expect(r(text)).toEqual(want));
});

describe("English", () => {
  it.each([
    ["Thursday morning", p("2026-11-26", null, "morning")],
    ["next Monday 3pm", p("2026-11-30", "15:00", "afternoon")],
    ["Friday 3pm", p("2026-11-27", "15:00", "afternoon")],
    ["Nov 30, 2pm", p("2026-11-30", "14:00", "afternoon")],
    ["1 hour later", p("2026-11-25", "15:00", "afternoon")],
  ])("%s", (text, want) => expect(r(text)).toEqual(want));
});

describe("without scheduledAt (the recruiter's /invite command)", () => {
  const invite = { now: NOW, timeZone: TZ };
  it("resolves 周三下午2点 and turns it into an instant in Asia/Shanghai", () => {
    const res = resolveTime("周三下午2点", invite);
    expect(res).toEqual(p("2026-11-25", "14:00", "afternoon"));
    expect(resolutionToDate(res, TZ)?.toISOString()).toBe("2026-11-25T06:00:00.000Z");
  });
  it("uses a default clock time for a part of day, and null without a day", () => {
    expect(resolutionToDate(p("2026-11-26", null, "morning"), TZ)?.toISOString()).toBe("2026-11-26T02:00:00.000Z");
    expect(resolutionToDate(p(null, "15:00", "afternoon"), TZ)).toBeNull();
  });
  it("counts near midnight in the business zone, not the machine's", () => {
    // 2026-11-23T23:30 in Shanghai is still the 23rd there (15:30 UTC).
    const late = { now: new Date("2026-11-23T15:30:00Z"), timeZone: TZ };
    expect(resolveTime("明天上午", late)).toEqual(p("2026-11-24", null, "morning"));
    // 00:30 on the 24th in Shanghai is the 23rd in UTC: 明天 is the 25th.
    const after = { now: new Date("2026-11-23T16:30:00Z"), timeZone: TZ };
    expect(resolveTime("明天上午", after)).toEqual(p("2026-11-25", null, "morning"));
  });
});
