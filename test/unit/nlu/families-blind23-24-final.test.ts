/**
 * Families behind the misses on the twenty-third and twenty-fourth writers' final sets (both
 * scored blind once on round 20: blind23 intent 96.8% with 1 disputed critical error, proposed
 * 98.5%; blind24 intent 97.3%, 0 critical errors, proposed 98.8%). Our own wordings plus near
 * misses; the writers' lines are kept in test/fixtures/nlu/.
 */
import { describe, expect, it } from "vitest";
import { at, p, reschedulesTo, u, withdrawsFor } from "./helpers.js";

describe("a part of a named day found hard, then another clock: the same day", () => {
  reschedulesTo([
    ["周四上午要去趟银行，下午四点行吗", p("2026-11-26", "16:00", "afternoon")],
    ["周五早上有点赶，十一点可以吗", p("2026-11-27", "11:00", "morning")],
    ["明天我白班，下午要补觉，晚上八点呢", p("2026-11-24", "20:00", "evening")],
    ["周四上午我有空，下午三点也行", p("2026-11-26", null, "morning")],
  ]);
  it("a whole day refused says nothing about the new one", () => expect(u("周四不行，下午三点可以吗").proposed).toEqual(p(null, "15:00", "afternoon")));
  it("一点 after an adjective is no clock", () => expect(u("好的，周三2点，我会穿正式一点").intent).toBe("confirm"));
});

describe("both halves of a day", () => {
  it.each(["明天可以吗？明天我刚好休息，早上下午都行", "周二行吗，上午和下午都可以"])("%s → the day alone", (text) => {
    const r = u(text);
    expect(r.proposed?.partOfDay).toBeNull();
    expect(r.proposed?.date).toBe("2026-11-24");
  });
  it("上午或者下午 offers the first", () => expect(u("改一下时间哈，周五上午或者下午都可以").proposed).toEqual(p("2026-11-27", null, "morning")));
});

describe("acknowledgements", () => {
  it.each(["ok收到", "OK，收到", "收到ok", "ok 知道了", "收到"])("%s → other, confidently (answered, not asked back)", (text) => {
    const r = u(text);
    expect(r.intent).toBe("other");
    expect(r.confidence).toBeGreaterThanOrEqual(0.8);
  });
  it.each(["ok收到，一会儿见", "👌 收到"])("%s → confirm", (text) => expect(u(text).intent).toBe("confirm"));
  it("acknowledging and repeating the slot back accepts it, with the question kept", () => {
    const r = u("收到，周三下午两点。我不会开车，从地铁站走过去远不远？");
    expect(r.intent).toBe("confirm");
    expect(r.questions).toEqual(["transport"]);
  });
  it("a slot repeated as a question still asks", () => expect(u("收到，周三下午两点？是线上吗").intent).toBe("question"));
  it("thanks after the interview is over attend nothing", () =>
    expect(u("谢谢今天的面试，期待结果", ...at("2026-11-25T16:10:00+08:00", "2026-11-25T14:00:00+08:00")).intent).toBe("other"));
});

describe("conflicts that turn out to be none", () => {
  it.each([
    "那天有个会，不过可以早点结束，面试能去",
    "这个时间我不会有冲突，确认",
    "之前说的冲突解决了，周三可以去面试",
    "可以的，本来那天要陪我妈去医院，已经跟我姐换好了，我能去",
  ])("%s → confirm", (text) => expect(u(text).intent).toBe("confirm"));
  it.each(["周三有个会，能早点结束吗", "周三我要加班，不能早点下班"])("%s still asks for a change", (text) => expect(u(text).intent).toBe("reschedule"));
  it("能早点吗 still asks for an earlier slot", () => expect(u("能早点吗").intent).toBe("reschedule"));
});

describe("hedges that decide nothing about attending", () => {
  it("unsure what to bring", () => expect(u("可以的，我就是不确定要不要带证书，带上总没错哈").intent).toBe("confirm"));
  it("unsure whether to come still hedges", () => expect(u("好的，不确定能不能去").intent).toBe("other"));
  it("a time put forward with only the details left for later", () => {
    expect(u("下周吧，具体哪天我再跟你说").intent).toBe("reschedule");
    expect(u("周四下午吧，具体几点回头再定").proposed).toEqual(p("2026-11-26", null, "afternoon"));
  });
  it("details for later with no time named stay undecided", () => expect(u("我再想想，具体时间再说").intent).toBe("other"));
});

describe("asking what would happen", () => {
  it.each(["如果那天临时有事，可以改期吗？想先问问", "要是周三有事，能改时间吗", "万一周三加班，可以改期吗"])("%s → question", (text) =>
    expect(u(text).intent).toBe("question"));
  it("the conflict said outright still asks for a change", () => expect(u("周三有事，改期怎么操作").intent).toBe("reschedule"));
  it("想先问问薪资 asks about pay", () => expect(u("我还在考虑，想先问问薪资大概多少").questions).toEqual(["salary"]));
});

describe("who is writing", () => {
  it.each(["你是哪位？", "这是谁啊", "谁啊这是"])("bare %s → other", (text) => expect(u(text).intent).toBe("other"));
  it("asked politely, it asks", () => expect(u("请问你是哪位？").intent).toBe("question"));
});

describe("on the day, after the start time", () => {
  const LATE = at("2026-11-25T14:08:00+08:00", "2026-11-25T14:00:00+08:00");
  const EARLY = at("2026-11-25T13:50:00+08:00", "2026-11-25T14:00:00+08:00");
  it.each(["到了园区门口在登记，马上上来", "面试官已经开始了吗？我还在电梯里"])("%s → late", (text) => expect(u(text, ...LATE).intent).toBe("late"));
  it("before the start, at the gate is an arrival", () => expect(u("到了园区门口在登记，马上上来", ...EARLY).intent).toBe("other"));
  it("a delay admitted without 到 stays late beside a firm promise", () =>
    expect(u("开会拖堂了，刚出来，会晚一会，不用改期，今天一定到", ...EARLY).intent).toBe("late"));
  it("a firm promise alone confirms", () => expect(u("出门了，一定准时到", ...EARLY).intent).toBe("confirm"));
});

describe("withdrawals and their reasons", () => {
  withdrawsFor([
    ["周四那天跑不开，以后也很难抽时间，就不麻烦你们了", "time_conflict"],
    ["你们要求的三年经验我没有，就不浪费大家时间了", "not_interested"],
    ["思考后觉得自己不太能胜任这个岗位，不参加了", "not_interested"],
    ["我报错岗位了，我想做的是行政，不去了", "not_interested"],
    ["还是想继续做本行，这个就算了吧", "not_interested"],
    ["做不了夜班，不去了", "not_interested"],
    ["刚接了一份送货的活，面试就不去了", "found_job"],
    ["搬家去杭州了，就不去面试了", "location"],
    ["我要去当兵了，谢谢你们", "personal"],
    ["晚上面试结束太晚，回家路上不安全，我就不去了", "personal"],
    ["站一天太累了，我腰不好，不面了", "personal"],
    ["我驾照被扣满分了，这个司机岗就不面了", "personal"],
    ["明天不去了 老家有事要回去一段时间 工作先不找了", "personal"],
  ]);
  it("a change asked beside 不麻烦你们了 is still a change", () => expect(u("周三走不开，改周五吧，不麻烦你们了").intent).toBe("reschedule"));
});
