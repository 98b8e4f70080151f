/**
 * Families behind the misses on the thirteenth and fourteenth writers' final sets (both scored
 * blind once on round 15: blind13 intent 96.8%, 3 critical errors, proposed 98.3%; blind14
 * intent 96.5%, 0 critical errors, proposed 98.0%). Our own wordings plus near misses; the
 * writers' lines are kept in test/fixtures/nlu/blind13-final.jsonl and blind14-final.jsonl.
 */
import { describe, expect, it } from "vitest";
import { at, p, u, withdrawsFor } from "./helpers.js";

const ON_THE_DAY = at("2026-11-25T12:40:00+08:00", "2026-11-25T14:00:00+08:00");

describe("critical: what looked like a withdrawal or a kept slot", () => {
  it("a distance in 公里 is no menu choice 3", () => {
    const r = u("好的，周三下午我下班直接过去，离你们也就3公里，打车十分钟");
    expect(r.intent).toBe("confirm");
  });
  it.each(["3个人一起面吗", "我住3号线旁边，过去很方便吗"])("%s: a counted 3 is no choice", (text) => expect(u(text).intent).not.toBe("cancel"));
  it("a bare 3 still cancels", () => expect(u("3").intent).toBe("cancel"));
  it.each(["原本周三要出差，后来出差取消了，可以参加", "周三的培训取消了，我能去", "那天的考试取消了，可以面试"])("%s → confirm (the event was cancelled)", (text) =>
    expect(u(text).intent).toBe("confirm"));
  it("面试取消吧 still cancels", () => expect(u("面试取消吧").intent).toBe("cancel"));
  it("unable, and no new time wanted → cancel", () => {
    const r = u("公司派我去外地驻场两个月，面试参加不了，也不用帮我改期了");
    expect(r.intent).toBe("cancel");
    expect(r.cancelReason).toBe("time_conflict");
  });
  it("不用改了，原时间可以 still confirms", () => expect(u("不用改了，原时间可以").intent).toBe("confirm"));
});

describe("conflicts that are no conflicts", () => {
  it.each([
    "可以可以，周三下午没问题，我夜班下了直接过去",
    "本来那天要值班的，跟组长调好了，可以去面试",
    "好的，周三下午两点没问题，我从广州过来，高铁一个多小时，来得及",
    "行吧那就周三，我跟领班说一声换个班",
  ])("%s → confirm", (text) => expect(u(text).intent).toBe("confirm"));
  it("会议室 asked about is a question, not a meeting", () => {
    const r = u("请问面试在几号会议室？");
    expect(r.intent).toBe("question");
    expect(r.questions).toEqual(["location"]);
  });
});

describe("hedges and undecided replies", () => {
  it.each(["好的谢谢，我跟家里人商量一下", "我和老婆商量商量再说"])("%s → other", (text) => expect(u(text).intent).toBe("other"));
  it("a change only as a fallback decides nothing", () => expect(u("那天可能去不了，我争取请假，请不下来的话再跟您改时间").intent).toBe("other"));
  it("到了跟您说 promises a message on arrival; it is no hedge", () => expect(u("好的，周三下午两点没问题，到了跟您说").intent).toBe("confirm"));
  it("on the way and expecting to be on time → confirm", () => expect(u("已经出门了，应该能准时到", ...ON_THE_DAY).intent).toBe("confirm"));
  it("on the way, a hopeful 不会迟到 stays late", () => expect(u("在路上了，应该不会迟到的", ...ON_THE_DAY).intent).toBe("late"));
  it("late and asking, with a fallback new date → late", () => {
    const r = u("车坏在半路了，可能要晚一个小时，今天还能面吗，不行的话我再约", ...ON_THE_DAY);
    expect(r.intent).toBe("late");
  });
});

describe("questions about the slot, not requests", () => {
  it("asking what the options are → question (other)", () => {
    const r = u("为什么定在周三呀，有其他时间可以选吗？");
    expect(r.intent).toBe("question");
    expect(r.questions).toEqual(["other"]);
    expect(r.proposed).toBeNull();
  });
  it("a conflict, then asking for the options → reschedule without a topic", () => {
    const r = u("周三我上班走不开，有没有别的时间可以选");
    expect(r.intent).toBe("reschedule");
    expect(r.questions).toEqual([]);
  });
  it("which of two dates → question", () => {
    const r = u("不好意思，是25号还是26号？");
    expect(r.intent).toBe("question");
    expect(r.proposed).toBeNull();
  });
  it("需要提前到吗 beside a confirmation asks 'other'", () => expect(u("好的，周三下午两点到，需要提前到吗？").questions).toEqual(["other"]));
  it("leaving the choice to the interviewer asks nothing", () => expect(u("周三上午有培训走不开，周四下午或者周五上午都行，看面试官那边哪个方便").questions).toEqual([]));
});

describe("withdrawals and their reasons", () => {
  withdrawsFor([
    ["我想了想，还是不换工作了", "not_interested"],
    ["不好意思，我投错职位了，我是做会计的", "not_interested"],
    ["经过考虑，这个岗位和我的职业规划不太匹配，就不占用面试名额了", "not_interested"],
    ["要去老家陪读了，没时间上班了", "personal"],
    ["我都56了，估计你们也不要，就不去了", "personal"],
    ["一天要上12个小时，受不了，算了", "not_interested"],
    ["看了下是夜班岗，不考虑了", "not_interested"],
    ["我表哥介绍我去他们厂了，这边就不去了", "found_job"],
    ["昨天面的那家让我明天就去上班，所以这边不去了", "found_job"],
    ["我原以为是线上面试，要跑去上海的话就算了", "location"],
    ["看到地址在昆山，我人在上海也不打算搬过去，不参加了", "location"],
    ["下个月都要在外地驻场，面试就不参加了", "time_conflict"],
    ["晚上的时间我都得带孩子，没法参加，抱歉", "time_conflict"],
    ["人工太低，唔考虑了", "salary"],
  ]);
  // Round 22: a bare 的话 verdict on the job withdraws (writers' majority); under 如果 it stays undecided.
  it("a conditional withdrawal under 如果 without a mistaken belief stays undecided", () => expect(u("如果要跑去上海的话就算了").intent).toBe("other"));
  it("signing with a client is no new job", () => {
    const r = u("周三下午我和一个客户的签约撞了，能调到周四下午吗");
    expect(r.intent).toBe("reschedule");
    expect(r.proposed).toEqual(p("2026-11-26", null, "afternoon"));
  });
  it("a menu 2 sent by mistake is taken back", () => expect(u("刚才按错了回了个2，不用改期，原时间可以参加").intent).toBe("confirm"));
});

describe("times", () => {
  it("the daytime of a day is taken; its evening is offered", () => {
    expect(u("明天我白天上班，晚上可以").proposed).toEqual(p("2026-11-24", null, "evening"));
    expect(u("周四白天要上班，晚上七点可以吗").proposed).toEqual(p("2026-11-26", "19:00", "evening"));
  });
  it("a whole day refused says nothing about the new day", () => expect(u("周三不行，晚上七点可以吗").proposed).toEqual(p(null, "19:00", "evening")));
  it("a day agreed to, one clock refused, another offered", () => expect(u("周三可以，但两点不行，四点呢").proposed).toEqual(p("2026-11-25", "16:00", "afternoon")));
  it("换到下五 is an IME slip for 下午", () => expect(u("能不能换到下五").proposed).toEqual(p(null, null, "afternoon")));
  it("提前一点到 is a bit early, not one o'clock", () => {
    const r = u("我能去，就是可能会提前一点到，没关系吧");
    expect(r.intent).toBe("confirm");
    expect(r.proposed).toBeNull();
  });
  it("提前到一点 is one o'clock", () => expect(u("能提前到一点吗").proposed).toEqual(p("2026-11-25", "13:00", "afternoon")));
  it("a day of the week just asked for narrows 下周", () => expect(u("那天要回老家 改到下周行不行 下周四最好").proposed).toEqual(p("2026-12-03", null, null)));
  it("an approximate clock refines the evening offered", () => expect(u("我想改到周五晚上 下了班过来 大概七点左右").proposed).toEqual(p("2026-11-27", "19:00", "evening")));
  it("the time a duty ends is busy; the clock after it is that day", () =>
    expect(u("那天我上白班 要到晚上六点才下班 那天晚上七点可以不").proposed).toEqual(p("2026-11-25", "19:00", "evening")));
  it("a free day the candidate then offers is proposed", () => {
    const r = u("这周请假要扣全勤，能不能等我下周六休息的时候再过去面");
    expect(r.intent).toBe("reschedule");
    expect(r.proposed).toEqual(p("2026-12-05", null, null));
  });
  it("今天 as the day news arrived is no slot", () => {
    const r = u("今天临时通知我明天出差，能不能改天");
    expect(r.intent).toBe("reschedule");
    expect(r.proposed).toBeNull();
  });
  it.each([
    ["can we do next monday 2pm", p("2026-11-30", "14:00", "afternoon")],
    ["how about thursday morning?", p("2026-11-26", null, "morning")],
  ])("English offer: %s", (text, want) => {
    const r = u(text);
    expect(r.intent).toBe("reschedule");
    expect(r.proposed).toEqual(want);
  });
});

describe("topics", () => {
  it.each([
    ["需要准备PPT吗？讲几分钟？", ["materials", "format"]],
    ["你们公司是做外贸的吗？", ["job"]],
    ["这个岗位base上海还是杭州？", ["job"]],
    ["base多少？", ["salary"]],
    ["一天上几个小时？要上夜班吗", ["job"]],
  ])("%s → %j", (text, topics) => expect(u(text).questions).toEqual(topics));
});
