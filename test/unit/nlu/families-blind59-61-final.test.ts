/**
 * The critical misses of the fifty-ninth to sixty-first writers' final sets, all scored blind once
 * on round 35 with the fourth performance pass merged (blind59, a restaurant and hotel group's
 * representative inbox: intent 98.5%, 1 critical, proposed 99.5%; blind60, an agency in Shanghai,
 * Jiangsu and Zhejiang: 99.3%, 0 critical, 98.5%; blind61, hard for keyword systems on purpose:
 * 94.3%, 2 critical, 98.3%), fixed in the session's last hour (round 36, partial). The other misses
 * are left for the next round; the writers' lines are kept in test/fixtures/nlu/.
 */
import { describe, expect, it } from "vitest";
import { at, p, reschedulesTo, u } from "./helpers.js";

/** A 14:30 slot three days ahead. */
const SLOT_1430 = at("2026-11-22T20:00:00+08:00", "2026-11-25T14:30:00+08:00");

describe("open-ended hours after the slot are a change", () => {
  it("3点以后都行 for a 14:30 slot asks for later", () => {
    const r = u("3点以后都行", ...SLOT_1430);
    expect(r.intent).toBe("reschedule");
    expect(r.proposed).toBeNull();
  });
  it("两点以后都行 for a 14:30 slot includes it", () => expect(u("两点以后都行", ...SLOT_1430).intent).toBe("confirm"));
  it("with a day named, the day and part of day hold", () => {
    expect(u("周四上午有课，周四下午1点以后随时可以").proposed).toEqual(p("2026-11-26", null, "afternoon"));
  });
});

describe("worries dismissed and changes taken back confirm", () => {
  it.each(["已经请好假了，不用担心我来不了", "改到周五吧……算了算了不改了，周三能去，刚才那句当我没说"])("%s → confirm", (text) => {
    expect(u(text).intent).toBe("confirm");
  });
  it("算了 then 不去了 still withdraws", () => expect(u("算了，不去了").intent).toBe("cancel"));
});

describe("blind59/60 families, round 36", () => {
  it.each([
    "后天两点是吧，没问题，我后天一早从大庆坐车过去",
    "周三的面试我能去的，我现在在老家，后天坐车回来到时候直接过去哈",
    "本来那天要带孩子，跟我妈说好了她帮我看，我能去",
    "我可以的，正好那天在苏州出差，顺路",
    "can can",
  ])("%s → confirm", (text) => expect(u(text).intent).toBe("confirm"));
  reschedulesTo([
    ["能改到下周吗？周二周三都行", p("2026-12-01", null, null)],
    ["那天白天走不开，晚上7点可以吗", p("2026-11-25", "19:00", "evening")],
    ["大后天可以吗，时间同一个", p("2026-11-26", "14:00", "afternoon")],
    ["这个月底之前随便哪天", null],
  ] as const);
});

describe("blind61 families, round 36", () => {
  it.each([
    "周四？哦我看错了，你们写的是周三，周三没问题",
    "那天就算下刀子我也来",
    "还以为你们要改期呢吓我一跳，没问题，周三见",
    "如果没有特殊情况我肯定到",
  ])("%s → confirm", (text) => expect(u(text).intent).toBe("confirm"));
  it("NO, thanks withdraws", () => expect(u("NO, thanks").intent).toBe("cancel"));
  it("a real condition still decides nothing", () => expect(u("如果太远的话就不去了").intent).toBe("other"));
});
