/**
 * Rule families added while generalising to replies written by an independent writer
 * (blind tune set). Each case is worded afresh — not copied from that set — so the
 * test checks the family, not one phrase.
 */
import { describe, expect, it } from "vitest";
import { splitSyllables } from "../../../src/nlu/normalize/pinyin.js";
import { normalize } from "../../../src/nlu/index.js";
import { ON_THE_DAY, p, u } from "./helpers.js";

describe("conflicts stated as life events (reschedule, never confirm)", () => {
  it.each([
    "那天我有个面试",
    "我老婆那天生孩子",
    "周三我有个婚礼要参加",
    "周三我哥结婚，走不开",
    "那天我要考驾照",
    "下周三我有个答辩",
    "周三上午要陪我妈去医院复查",
    "不好意思，那天我约了别的公司的复试",
    "那天轮到我值班",
    "周三够呛能赶上",
  ])("%s → reschedule", (text) => expect(u(text).intent).toBe("reschedule"));

  it("a life event after a time occupies it; the other part of the day is proposed", () => {
    expect(u("周五上午我要送孩子上学，下午可以吗").proposed).toEqual(p("2026-11-27", null, "afternoon"));
    // 那天 with no day named before is the interview's day (as both independent writers read it).
    expect(u("那天下午得去银行办手续，上午行吗").proposed).toEqual(p("2026-11-25", null, "morning"));
  });

  it("a conflict about now is not one about the slot", () => {
    expect(u("我在开会不方便接电话，周三下午可以过去").intent).toBe("confirm");
  });

  it("mentioning attendance plans is not a conflict", () => {
    expect(u("周三我要准时到").intent).toBe("confirm");
    expect(u("好的，周三我正好有空").intent).toBe("confirm");
  });
});

describe("a bare conflict answers the invitation", () => {
  it.each(["没空", "没时间", "抱歉哈，有事", "sorry 最近太忙了", "估计悬", "抽不出空来", "不得空"])("%s → reschedule", (text) => expect(u(text).intent).toBe("reschedule"));
  it("a conflict sentence about something else is not bare", () => expect(u("我现在有点忙，晚点看").intent).not.toBe("reschedule"));
});

describe("double negation and idioms mean yes", () => {
  it.each(["不去白不去", "不来白不来", "哪能不去呢", "没有不去的道理"])("%s → confirm", (text) => expect(u(text).intent).toBe("confirm"));
  it("不是不行 is a softened yes: confirm below the threshold", () => {
    const r = u("不是不行");
    expect(r.intent).toBe("confirm");
    expect(r.confidence).toBeLessThan(0.6);
  });
  it("不是不想去，是… still carries the real reason", () => expect(u("不是不想去，是那天真的抽不出空").intent).toBe("reschedule"));
});

describe("negation around assent words (never a confirm)", () => {
  it.each(["那天不太ok", "周三不是很方便", "那个时段我不大方便"])("%s → reschedule", (text) => expect(u(text).intent).toBe("reschedule"));
  it("a negated potential after the word (确认不了) is no assent", () => expect(u("确认不了那天的时间").intent).not.toBe("confirm"));
  it("moving the start is a new slot, not lateness", () =>
    expect(u("可以，就是得晚一个小时开始")).toMatchObject({ intent: "reschedule", proposed: p("2026-11-25", "15:00", "afternoon") }));
  it("a bare 改 asks for a change", () => expect(u("改").intent).toBe("reschedule"));
});

describe("withdrawal forms", () => {
  it.each([
    ["不了，谢谢", "unknown"],
    ["下次吧", "unknown"],
    ["这个薪资没必要过去了", "salary"],
    ["就这待遇？告辞", "salary"],
    ["我已经有新的工作了", "found_job"],
    ["已接受另外一家公司的offer，抱歉", "found_job"],
    ["已经在别的公司入职了，不去了", "found_job"],
    ["跟我专业不对口，不去了", "not_interested"],
    ["最近事情太多顾不上，先不去了", "time_conflict"],
    ["地方太偏了，不去了", "location"],
  ])("%s → cancel (%s)", (text, reason) => expect(u(text)).toMatchObject({ intent: "cancel", cancelReason: reason }));

  it("accepting *this* invitation is not a new job", () => expect(u("好的，接受贵公司的邀请").intent).toBe("confirm"));
  it("不了解 is not 不了", () => expect(u("不了解").intent).not.toBe("cancel"));
});

describe("change requests and kept slots", () => {
  it.each(["能不能改", "可以改一下吗", "能不能排晚一点", "可不可以约早点"])("%s → reschedule", (text) => expect(u(text).intent).toBe("reschedule"));
  it("an intention given up (本来想改…) does not hold", () => expect(u("本来打算改期的，后来会议取消了，周三能来").intent).toBe("confirm"));
  it.each(["我会来的，不用帮我换时间", "不需要再调了，我能去"])("%s → confirm", (text) => expect(u(text).intent).toBe("confirm"));
  it("the earliest possible time (下周才能…) is a firm new slot even when the rest is undecided", () => {
    expect(u("要等出差回来，下周才能面，具体哪天我再告诉你").intent).toBe("reschedule");
  });
});

describe("on the way, on the interview day", () => {
  it.each(["刚下车，走过去还要十分钟", "路上，10分钟", "停车场找不到车位，稍等我一会", "在高架上堵着，两点可能赶不到", "出门了，路上堵，尽量准时"])(
    "%s → late",
    (text) => expect(u(text, ON_THE_DAY).intent).toBe("late"),
  );
  it("an arrival estimate is not a new slot", () => expect(u("太堵了，估计两点一刻才能到", ON_THE_DAY)).toMatchObject({ intent: "late", proposed: null }));
  it("a firm promise while on the way stays confirm", () => expect(u("已经出门了，一定准时到", ON_THE_DAY).intent).toBe("confirm"));
  it("an open range said that day is about that day", () => {
    const morning = new Date("2026-11-25T09:00:00+08:00");
    expect(u("三点以后都可以吗", morning).proposed).toEqual(p("2026-11-25", "15:00", "afternoon"));
  });
});

describe("English conflicts and withdrawals", () => {
  it.each(["Sorry, something came up on Wednesday", "I'm travelling that week"])("%s → reschedule", (text) => expect(u(text).intent).toBe("reschedule"));
  it.each([
    ["I won't make it, sorry", "unknown"],
    ["I'd rather not", "unknown"],
    ["Thanks, but I've decided to go with another company", "found_job"],
  ])("%s → cancel (%s)", (text, reason) => expect(u(text)).toMatchObject({ intent: "cancel", cancelReason: reason }));
});

describe("arrivals and checks on the day", () => {
  it("an arrival named by place is an arrival", () => expect(u("已经到大厦门口了", ON_THE_DAY)).toMatchObject({ intent: "other", confidence: 0.88 }));
  it("an early arrival with a question is a question", () => expect(u("我提前到了，能先上去等吗", ON_THE_DAY).intent).toBe("question"));
  it("checking the interview still happens is a question", () => expect(u("今天面试是正常进行吗", ON_THE_DAY).intent).toBe("question"));
});

describe("question topics", () => {
  it.each([
    ["底薪和提成怎么算", ["salary"]],
    ["转正后到手大概多少", ["salary"]],
    ["试用期打几折", ["salary"]],
    ["主要做什么产品", ["job"]],
    ["需要经常出差吗", ["job"]],
    ["在几层", ["location"]],
    ["面试要准备笔试吗", ["format"]],
  ])("%s → %j", (text, topics) => expect(u(text).questions).toEqual(topics));

  it("rhetorical and reported questions ask nothing", () => {
    expect(u("这待遇还想招到人？不考虑了").questions).toEqual([]);
    expect(u("我问下领导能不能请假").intent).toBe("other");
  });
  it.each([
    ["公司有宿舍不", ["other"]],
    ["公司包住不", ["salary"]],
    ["要带身份证不", ["materials"]],
    ["面试问些啥", ["format"]],
  ])("colloquial question forms: %s → %j", (text, topics) => expect(u(text)).toMatchObject({ intent: "question", questions: topics }));
  it("seeking reassurance (不影响吧) is an other-topic question", () => expect(u("好的，我口音有点重，没关系吧").questions).toEqual(["other"]));
  it("asking to be late is about lateness, not the words before it", () => {
    expect(u("地铁还有三站，晚五分钟可以吗", ON_THE_DAY).questions).toEqual(["other"]);
  });
});

describe("time words that are not times", () => {
  it("最近 as 'nearest' is no vague date", () => expect(u("好的，请问离哪个地铁站最近？")).toMatchObject({ intent: "confirm", proposed: null }));
  it.each(["早上好", "下午好呀"])("greeting %s is other", (text) => expect(u(text)).toMatchObject({ intent: "other", proposed: null }));
  it("a bare 今天 is context, not a slot", () => expect(u("今天刚看到消息").intent).toBe("other"));
  it("那天 refers back to the day just named", () => expect(u("我30号才出差回来，那天上午可以吗").proposed).toEqual(p("2026-11-30", null, "morning")));
});

describe("normalisation", () => {
  it("A不A folds to a question at the clause end, keeping the words", () => {
    expect(normalize("能不能改到周四").text).toBe("能改到周四吗");
    expect(normalize("我现在不在深圳").text).toBe("我现在不在深圳");
  });
  it("splits a 2,000-letter token in one pass", () => {
    expect(splitSyllables("a".repeat(2000))).toHaveLength(2000);
    expect(splitSyllables("xian")).toEqual(["xian"]);
    expect(splitSyllables("qxz")).toBeNull();
  });
});
