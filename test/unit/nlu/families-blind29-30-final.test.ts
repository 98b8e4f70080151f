/**
 * Families behind the misses on the twenty-ninth and thirtieth writers' final sets (both scored
 * blind once on round 23: blind29 intent 98.5%, 0 critical errors, proposed 100%; blind30 intent
 * 96.3%, 1 critical error, proposed 98.0%). Our own wordings plus near misses; the writers' lines
 * are kept in test/fixtures/nlu/.
 */
import { describe, expect, it } from "vitest";
import { asksAbout, at, p, reschedulesTo, u, withdrawsFor } from "./helpers.js";

const DAY = at("2026-11-25T13:40:00+08:00", "2026-11-25T14:00:00+08:00");

describe("holidays as times", () => {
  it.each(["腊八我已经买票回家了，年后可以吗", "国庆后吧，现在太忙了", "端午后再说吧，节后那周哪天都可以", "中秋在外地，假期结束后第一天可以吗"])("%s → a vague change", (text) => {
    const r = u(text);
    expect(r.intent).toBe("reschedule");
    expect(r.proposed).toBeNull();
  });
  it("以后再说吧 alone still withdraws", () => expect(u("以后再说吧").intent).toBe("cancel"));
  it("元旦后第一天上班就面试 names no new time", () => expect(u("元旦后第一天上班就去面试哈哈，准时到").intent).toBe("confirm"));
});

describe("the slot named back and agreed to, with a remark beside it", () => {
  it.each([
    ["11月25号下午两点，可以，开学第一天哈哈"],
    ["年后第一天上班就面试，行，25号下午两点我到"],
    ["年前最后一周，25号下午两点可以，面完就回老家过年了"],
  ])("%s → confirm", (text) => expect(u(text).intent).toBe("confirm"));
  it("a slot named beside a refusal is still refused", () => expect(u("那个点不行，晚一点，5点以后都ok").intent).toBe("reschedule"));
  it("a slot named then another day preferred moves", () => expect(u("周三下午两点可以，但周四下午更好").intent).toBe("reschedule"));
});

describe("times", () => {
  reschedulesTo([
    ["周日晚八点可以吗", p("2026-11-29", "20:00", "evening")],
    ["早8点可以吗", p(null, "08:00", "morning")],
    ["今晚8点可以吗", p("2026-11-23", "20:00", "evening")],
    ["能不能往后推两填", p("2026-11-27", "14:00", "afternoon")],
  ]);
  it("明晚八点…推到九点 is later that evening", () =>
    expect(u("明晚八点我还在路上，能推到九点吗", ...at("2026-01-04T21:00:00+08:00", "2026-01-05T20:00:00+08:00")).proposed).toEqual(p("2026-01-05", "21:00", "evening")));
  it("能晚一点吗 is no clock", () => expect(u("能晚一点吗").proposed).toBeNull());
  it("joining a video call early keeps the slot", () =>
    expect(u("周三下午两点视频面试没问题，我会提前十分钟上线").intent).toBe("confirm"));
  it("the time it is now is no slot", () =>
    expect(u("都快十一点了还在工作啊hr小姐姐，明早九点见～", ...at("2026-11-24T22:50:00+08:00", "2026-11-25T09:00:00+08:00")).intent).toBe("confirm"));
});

describe("undecided, acknowledgements, small talk", () => {
  // Round 40 convention (six writers' lines against three): the digit tapped over and over is the choice.
  it.each(["11", "1111"])("a menu digit tapped over and over (%s) is that choice", (text) => {
    const r = u(text);
    expect(r.intent).toBe("confirm");
    expect(r.confidence).toBeGreaterThanOrEqual(0.6);
  });
  it("a repeated 3 withdraws only after the bot asks back", () => {
    const r = u("333");
    expect(r.intent).toBe("cancel");
    expect(r.confidence).toBeLessThan(0.6);
  });
  it("a self-introduction is small talk", () => {
    const r = u("我是前两天投简历的那个小刘");
    expect(r.intent).toBe("other");
    expect(r.confidence).toBeGreaterThan(0.6);
  });
  it("asking only to learn more asks", () => expect(u("时间可以调整吗？我先了解下").intent).toBe("question"));
  it("想先了解下 before a real question asks that question", () => expect(u("时间没问题。不过想先了解下，这个岗位是两班倒还是常白班？").questions).toEqual(["job"]));
});

describe("on the way", () => {
  it("news promised on arrival is no arrival", () => expect(u("车子半路抛锚了，正在换车，会晚点，到了跟您说", ...DAY).intent).toBe("late"));
  it("a travel time days ahead is no lateness", () =>
    expect(u("明晚七点半可以的我看了一下我下班是六点半打车过去应该半个小时左右就到了那就明晚见啦", ...at("2026-06-29T20:30:00+08:00", "2026-06-30T19:30:00+08:00")).intent).toBe("confirm"));
});

describe("questions", () => {
  asksAbout([
    ["揸車過去有冇停車位", ["transport"]],
    ["附近好停车马", ["transport"]],
  ]);
  it("停好马上上来 keeps 马上", () => expect(u("找车位找了半天，停好马上上来", ...DAY).intent).toBe("late"));
});

describe("withdrawals and reasons", () => {
  withdrawsFor([
    ["Sorry, I'm no longer available for this position.", "unknown"],
    ["offer已接，thx", "found_job"],
    ["这个要倒夜班，我身体吃不消，不去了", "not_interested"],
    ["医生让我卧床休息一个月，只能放弃这次机会了", "personal"],
    ["已经有其他公司先录用我了，感谢贵司的邀请，不去了", "found_job"],
    ["这周都在外地，赶不回去，就不约了吧", "time_conflict"],
    ["我又考虑了一下，物流这行太累了，还是不去了", "not_interested"],
    ["五一都要来面试，感觉你们加班文化挺重的，我还是不去了", "not_interested"],
    ["周六去不了，以后也不用约了，感觉不太合适", "not_interested"],
    ["不去了，通琴要一个半小时", "location"],
    ["刚谈好另一家，明天面试取消，sorry", "found_job"],
    ["过完年就不打算在深圳待了，面试取消吧", "location"],
  ]);
});
