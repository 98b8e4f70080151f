/**
 * Families behind the misses on the seventh writer's final set (scored blind once on round 9:
 * intent 98.5%, 0 critical errors, proposed 99.5%, cancelReason 89.1%, topic F1 0.963). Our
 * own wordings plus near misses; the writer's lines are kept in test/fixtures/nlu/blind7-final.jsonl.
 */
import { describe, expect, it } from "vitest";
import { at, p, u } from "./helpers.js";
/** Monday 10:30, asked on Saturday. */
const MONDAY_MORNING = at("2026-08-22T13:00:00+08:00", "2026-08-24T10:30:00+08:00");

describe("the slot's day named as free, then its part of day", () => {
  it.each(["周一我没别的事，上午能去", "周一没安排，上午可以过去"])("%s → confirm", (text) => {
    const r = u(text, ...MONDAY_MORNING);
    expect(r.intent).toBe("confirm");
    expect(r.proposed).toBeNull();
  });
  it("another day's morning still proposes: 周二上午可以去", () => expect(u("周二上午可以去", ...MONDAY_MORNING).proposed).toEqual(p("2026-08-25", null, "morning")));
});

describe("withdrawals and their reasons", () => {
  it.each([
    ["已签约别的公司，谢谢", "found_job"],
    ["接了另外一家的offer，不过去了", "found_job"],
    ["家里老人过世了，要回去奔丧，去不了了", "personal"],
    ["唔去喇，屋企有事要返乡下", "personal"],
    ["时间上协调不过来，只能放弃了", "time_conflict"],
    ["这么晚还面试，估计天天加班，不去了", "not_interested"],
  ])("%s → cancel (%s)", (text, reason) => {
    const r = u(text);
    expect(r.intent).toBe("cancel");
    expect(r.cancelReason).toBe(reason);
  });
  it("不是不想去 denies disinterest: the reason stays unknown", () => expect(u("我不是不想去，是真的去不了，这次就算了吧").cancelReason).toBe("unknown"));
});

describe("a worry already solved confirms", () => {
  it.each(["我能去，之前怕时间冲突，现在没事了", "可以参加，原来那个会已经协调好了"])("%s → confirm", (text) => expect(u(text).intent).toBe("confirm"));
});

describe("how to change, asked in principle, is a question", () => {
  it.each(["要是想改期的话，要提前多久说？", "如果要改时间的话怎么操作"])("%s → question", (text) => expect(u(text).intent).toBe("question"));
  it("a real request under 的话 still moves: 周三不行，改期的话周四可以吗", () => expect(u("周三不行，改期的话周四可以吗").intent).toBe("reschedule"));
});

describe("acknowledgements and unpunctuated assent with a question", () => {
  it.each(["Got it, thanks", "got it, thank you!"])("%s → other", (text) => expect(u(text).intent).toBe("other"));
  it("Got it, see you Wednesday → confirm", () => expect(u("Got it, see you Wednesday").intent).toBe("confirm"));
  it("ok 准时到 公司在几楼 → confirm with location", () => {
    const r = u("ok 准时到 公司在几楼");
    expect(r.intent).toBe("confirm");
    expect(r.questions).toEqual(["location"]);
  });
});

describe("northern 儿 days", () => {
  it("明儿不得空，后儿个行吗 → the day after tomorrow", () => {
    const r = u("明儿不得空，后儿个行吗", ...at("2026-10-13T10:20:00+08:00", "2026-10-14T16:30:00+08:00"));
    expect(r.intent).toBe("reschedule");
    expect(r.proposed).toEqual(p("2026-10-15", null, null));
  });
  it("今儿个下午能面吗 → today afternoon", () => expect(u("今儿个下午能面吗").proposed).toEqual(p("2026-11-23", null, "afternoon")));
});

describe("question topics", () => {
  it.each([
    ["还没想好去不去，先问问工资多少", ["salary"]],
    ["我在前台了，要登记吗", ["other"]],
    ["前台在几楼", ["location"]],
    ["是正式岗吗", ["job"]],
    ["加班有加班费吗", ["salary"]],
    ["加班多吗", ["job"]],
  ])("%s → %j", (text, topics) => expect(u(text).questions).toEqual(topics));
  it("asking them to wait on the day is other: 晚到五分钟，面试官能等一下吗", () => {
    const r = u("晚到五分钟，面试官能等一下吗", ...at("2026-10-14T16:25:00+08:00", "2026-10-14T16:30:00+08:00"));
    expect(r.intent).toBe("late");
    expect(r.questions).toEqual(["other"]);
  });
});

// Found while probing round 10 with our own unpunctuated, voice-input style wordings.
describe("unpunctuated replies: the next day or part of day starts what is said about it", () => {
  it("周三那天上午要送孩子上学下午两点可以过去 (a 14:00 slot) → confirm", () => {
    const r = u("你好我是张三我周三那天上午要送孩子上学下午两点可以过去");
    expect(r.intent).toBe("confirm");
    expect(r.proposed).toBeNull();
  });
  it("今天有点事明天再去可以不 → tomorrow, not today", () => {
    const r = u("老板我今天有点事明天再去可以不", ...at("2026-11-23T09:00:00+08:00", "2026-11-23T14:00:00+08:00"));
    expect(r.intent).toBe("reschedule");
    expect(r.proposed).toEqual(p("2026-11-24", null, null));
  });
  it("能不能晚上面试白天要上班 → the evening", () => {
    const r = u("能不能晚上面试白天要上班");
    expect(r.intent).toBe("reschedule");
    expect(r.proposed).toEqual(p(null, null, "evening"));
  });
  it("周三那天上午要送孩子 for a morning slot still conflicts", () =>
    expect(u("周三那天上午要送孩子上学", ...at("2026-11-23T10:00:00+08:00", "2026-11-25T10:00:00+08:00")).intent).toBe("reschedule"));
});

describe("more job topics", () => {
  it.each(["你们那个工作是几班倒的", "这个岗位招女的吗"])("%s → job", (text) => expect(u(text).questions).toEqual(["job"]));
  it("可以 不过我想先了解下工资待遇 → confirm, asking about pay", () => {
    const r = u("可以 不过我想先了解下工资待遇");
    expect(r.intent).toBe("confirm");
    expect(r.questions).toEqual(["salary"]);
  });
});
