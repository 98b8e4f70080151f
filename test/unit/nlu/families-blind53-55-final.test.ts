/**
 * Families behind the misses on the fifty-third to fifty-fifth writers' final sets, all scored blind
 * once on round 33 (blind53, an education company's representative inbox: intent 97.8%, 1 critical,
 * proposed 98.8%; blind54, construction, security and factory workers on cheap phones: 97.8%, 0
 * critical, 98.8%; blind55, a fifth of the replies on the interview day: 99.0%, 0 critical, 98.8%),
 * tuned on in round 34. Every case below is our own paraphrase or near miss; the writers' lines are
 * kept in test/fixtures/nlu/.
 */
import { describe, expect, it } from "vitest";
import { asksAbout, at, p, reschedulesTo, u, withdrawsFor } from "./helpers.js";

const JUST_BEFORE = at("2026-11-25T13:50:00+08:00", "2026-11-25T14:00:00+08:00");

describe("the day after tomorrow in English (the critical miss)", () => {
  reschedulesTo([
    ["day after tomorrow 3pm?", p("2026-11-25", "15:00", "afternoon")],
  ]);
  it("…said when the day after tomorrow is not the slot's day", () => {
    const r = u("Can we do it the day after tomorrow? Same time works for me", ...at("2026-11-24T10:00:00+08:00", "2026-11-25T14:00:00+08:00"));
    expect(r.intent).toBe("reschedule");
    expect(r.proposed).toEqual(p("2026-11-26", "14:00", "afternoon"));
  });
});

describe("on the interview day", () => {
  it.each([
    "我已经在路上了，可能会晚个十来分钟，是在3楼吧？",
    "到附近了 门在哪边",
    "到楼下了 电梯等不上 马上",
  ])("%s → late", (text) => expect(u(text, ...JUST_BEFORE).intent).toBe("late"));
  it("at the third floor, said, is an arrival", () => expect(u("我在3楼了", ...JUST_BEFORE).intent).toBe("other"));
});

describe("words of the north, Henan and Cantonese", () => {
  it.each(["米问题", "号的", "好der", "中中 明儿个后儿个俺都在家 星期三肯定到"])("%s → confirm", (text) => {
    expect(u(text).intent).toBe("confirm");
  });
  it("busy the two days before, leave taken for the slot's day", () => {
    expect(u("好的👌明天后天都在厂里上班 周五请假过去", ...at("2026-11-23T10:00:00+08:00", "2026-11-27T14:00:00+08:00")).intent).toBe("confirm");
  });
  reschedulesTo([
    ["礼拜三不中 俺要上工", null],
    ["明个上午中不", p("2026-11-24", null, "morning")],
    ["那天两点不中 四点中不", p("2026-11-25", "16:00", "afternoon")],
    ["13号上午中不 12号要上工", p("2026-12-13", null, "morning")],
    ["今朝臨時要加班，去唔到，聽日同一個鐘數得唔得？", p("2026-11-24", "14:00", "afternoon")],
  ]);
  it("工钱日结不 asks about pay", () => expect(u("工钱日结不").questions).toEqual(["salary"]));
});

describe("deciding nothing", () => {
  it.each(["这个要看我那天排不排班", "喂喂喂 能听到吗 这个怎么发语音", "good morning"])("%s → other", (text) => expect(u(text).intent).toBe("other"));
  it("asking whether one can start the same day is a confirmation that asks", () => expect(u("好的 面试完当天能上班不").intent).toBe("confirm"));
  it("whether the time could change later asks", () => expect(u("请问这个面试时间后续还能调整吗").intent).toBe("question"));
});

describe("times", () => {
  reschedulesTo([
    ["明天这个点可以吗", p("2026-11-24", "14:00", "afternoon")],
    ["我在备考教资，能不能考完试再面？考试是15号", null],
    ["那天要带我妈去医院，能不能帮我改到周五下午就是同样两点", p("2026-11-27", "14:00", "afternoon")],
    ["不好意思，30号要回老家了，能提前到明天下午吗", p("2026-11-24", null, "afternoon")],
  ]);
  it("two days named as where one will be offer no day", () => expect(u("明天后天我都在家，周三可以").intent).toBe("confirm"));
  it("two days both fine still offers the first", () => expect(u("周三没空，周四周五都行").proposed).toEqual(p("2026-11-26", null, null)));
});

describe("withdrawals", () => {
  withdrawsFor([
    ["退出", "unknown"],
    ["谢谢邀请，但是我决定继续读书了", "personal"],
    ["hr你好 我决定继续读研了 所以不参加面试了", "personal"],
    ["我去了另一个厂 那边包吃住", "found_job"],
  ]);
  it("going home for good still withdraws", () => expect(u("要回老家了，面试不去了").intent).toBe("cancel"));
  it("studying in a far city is a distance", () => expect(u("在北京读书，深圳太远了，抱歉不去了").cancelReason).toBe("location"));
});

describe("questions", () => {
  asksAbout([["你们店在哪个支行旁边？", ["location"]]]);
});
