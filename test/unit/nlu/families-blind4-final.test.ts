/**
 * Families behind the misses on the fourth writer's final set (scored blind once: intent
 * 97.0%, 0 critical errors, proposed 99.3%, cancelReason 85.0%, topic F1 0.942). Each family
 * is checked with our own wordings, written before the fix, plus near misses that must keep
 * their reading; the writer's lines themselves are kept in test/fixtures/nlu/blind4-final.jsonl.
 */
import { describe, expect, it } from "vitest";
import { at, ON_THE_DAY, p, u } from "./helpers.js";

describe("being off duty on the day frees it: assent with the reason it fits", () => {
  it.each(["可以，周三我正好轮休", "没问题 周三不用上班 刚好", "周三我休息，可以过去", "行啊，那天我调休了，正好过去"])("%s → confirm", (text) =>
    expect(u(text).intent).toBe("confirm"),
  );
  it("on a Saturday slot: 可以的，我周六不上班，正好 → confirm", () => {
    expect(u("好的，我周六不上班，刚好有空", ...at("2026-11-23T10:00:00+08:00", "2026-11-28T10:00:00+08:00")).intent).toBe("confirm");
  });
  it.each(["周三我要上班，去不了", "周三休息不了，换一天吧", "周三没休息，去不了", "好的，但周三我要上班"])("a duty that is on still conflicts: %s → reschedule", (text) =>
    expect(u(text).intent).toBe("reschedule"),
  );
});

describe("on the interview day, on the way with a delay still ahead", () => {
  it.each([
    "刚下夜班，正在赶过去，可能晚一点点[抱拳]",
    "到小区门口了，还得走一段，晚三四分钟",
    "已经到楼下了，在等电梯，稍微晚一两分钟",
    "刚下班，往你们那赶，估计要晚个几分钟",
    "可能晚一点点",
    "估计得晚一会儿",
    "在路上了，应该不会迟到的",
    "出门了，尽量不迟到",
  ])("%s → late", (text) => expect(u(text, ON_THE_DAY).intent).toBe("late"));
  it("lost at the gate reports, it does not ask", () => {
    const r = u("到园区门口了，找不到是哪栋，可能晚两分钟", ON_THE_DAY);
    expect(r.intent).toBe("late");
    expect(r.questions).toEqual([]);
  });
  it.each(["我到了", "我到了，晚了两分钟不好意思"])("an arrival already made stays an arrival notice: %s → other", (text) =>
    expect(u(text, ON_THE_DAY).intent).toBe("other"),
  );
  it.each(["在路上了，准时到", "刚出门，肯定不会迟到", "不会迟到的放心"])("a firm promise confirms: %s", (text) => expect(u(text, ON_THE_DAY).intent).toBe("confirm"));
  it("days ahead, 可能晚点再回复你 defers an answer", () => expect(u("可能晚点再回复你").intent).toBe("other"));
  it("a traffic complaint in dialect asks nothing", () => expect(u("嘎哈呢这车，堵半天了，估摸着得晚一会儿", ON_THE_DAY).questions).toEqual([]));
});

describe("withdrawals said as a career change, a formal refusal, or a refused new time", () => {
  it.each(["哈哈不用了，我已经转行不做这块了", "不用了，我改行了，不干这个了", "早就转行了，这个就不去了"])("%s → cancel (not_interested)", (text) => {
    const r = u(text);
    expect(r.intent).toBe("cancel");
    expect(r.cancelReason).toBe("not_interested");
  });
  it.each(["拒绝", "我拒绝", "婉拒了，谢谢", "谢绝贵司的邀请"])("%s → cancel", (text) => expect(u(text).intent).toBe("cancel"));
  it("被拒绝 of another company is no refusal of ours", () => expect(u("上家公司把我拒绝了，这次我会好好准备").intent).not.toBe("cancel"));
  it.each(["去不了了，也不打算改时间了，谢谢", "来不了，也不用改期了", "参加不了，不想再约了"])("%s → cancel, confidently", (text) => {
    const r = u(text);
    expect(r.intent).toBe("cancel");
    expect(r.confidence).toBeGreaterThan(0.9);
  });
});

describe("a pay condition the reply itself says is met", () => {
  it.each(["工资给不到1w的话就不考虑了，你们这个才6k", "底薪低于5千的话我不去了，你们只给4千"])("%s → cancel (salary)", (text) => {
    const r = u(text);
    expect(r.intent).toBe("cancel");
    expect(r.cancelReason).toBe("salary");
  });
  // (Round 22: without 如果, "工资给不到1w的话就不考虑了" is a verdict on the job, as the writers read it.)
  it("a pay condition left open decides nothing", () => expect(u("如果工资给不到1w的话就不考虑了").intent).not.toBe("cancel"));
});

describe("cancel reasons in everyday words", () => {
  it.each([
    ["不去了不去了，那个厂要两班倒，吃不消", "not_interested"],
    ["流水线三班倒，不考虑了", "not_interested"],
    ["跑外卖都比这个挣得多，不去了", "salary"],
    ["送快递都比这赚得多，算了", "salary"],
    ["不好意思，元旦后就要去新公司报到了，面试就不去了", "found_job"],
    ["下个月就要去新单位入职了，不去面了", "found_job"],
    ["查了一下你们那离我家40公里，开车都要一个多小时，还是算了吧", "location"],
    ["不去了，路上来回得三个多小时", "location"],
    ["我家在城东，你们在城西开发区，单程就要一个半小时，不去了", "location"],
    ["我现在公司工资虽然不高但离家近，不去了", "location"],
    ["国庆前后都排满了，近期实在挤不出时间，这次就放弃吧", "time_conflict"],
  ])("%s → %s", (text, reason) => {
    const r = u(text);
    expect(r.intent).toBe("cancel");
    expect(r.cancelReason).toBe(reason);
  });
  it("what is conceded is no reason, what follows 但 is", () => expect(u("虽然离得远，但是工资太低了，不去了").cancelReason).toBe("salary"));
});

describe("arranging with one's employer promises an answer; it asks for nothing", () => {
  it.each(["这个我得跟现在公司协调一下，协调好了告诉你", "我得跟领导协调下，弄好了再跟您说"])("%s → other", (text) => expect(u(text).intent).toBe("other"));
  it("asking to change the slot still is one", () => expect(u("能帮我调一下时间吗").intent).toBe("reschedule"));
});

describe("asking whether the slot is fixed is a question", () => {
  it.each(["面试时间可以调整吗？还是固定的", "这个时间能改吗？还是定死了"])("%s → question (other)", (text) => {
    const r = u(text);
    expect(r.intent).toBe("question");
    expect(r.questions).toEqual(["other"]);
  });
  it("时间可以 without a question keeps the slot", () => expect(u("这个时间可以的").intent).toBe("confirm"));
});

describe("question topics", () => {
  it.each([
    ["咋走啊 我不认识路", ["transport"]],
    ["怎么过去啊，路不熟", ["transport"]],
    ["请问还有其他人一起面吗？", ["format"]],
    ["是群面还是单独面？", ["format"]],
    ["简历要打印吗？打几份", ["materials"]],
    ["在几楼来着？12还是21？", ["location"]],
  ])("%s → %j", (text, topics) => {
    const r = u(text);
    expect(r.intent).toBe("question");
    expect(r.questions).toEqual(topics);
  });
  it.each(["我这周都在外地培训，能等下周吗，下周哪天都行", "下周二下午我们科室排了我白班，调不动，要不就定下周四上午十点？"])(
    "the duty behind a change request is its reason, not a job question: %s",
    (text) => expect(u(text).questions).toEqual([]),
  );
});

describe("times", () => {
  const MON = at("2026-10-29T19:00:00+08:00", "2026-11-02T09:30:00+08:00");
  it.each(["周一早上送娃上学来不及，能改到下午吗？同一天下午3点", "能推迟到下午吗？同一天下午3点"])("a later clock time sharpens the part of day: %s", (text) =>
    expect(u(text, ...MON).proposed).toEqual(p("2026-11-02", "15:00", "afternoon")),
  );
  it("two different days offered: the first one", () => expect(u("周二下午可以吗？或者周三下午3点", ...MON).proposed).toEqual(p("2026-11-03", null, "afternoon")));
  it.each([
    ["礼拜五阿拉要上班额，下礼拜一下半天来好伐", p("2026-11-30", null, "afternoon")],
    ["明天上半天可以吗", p("2026-11-24", null, "morning")],
  ] as const)("上半天 / 下半天 are morning and afternoon: %s", (text, want) => expect(u(text).proposed).toEqual(want));
  it("when work ends is no slot: 换到晚上可以吗？我下班六点", () => expect(u("换到晚上可以吗？我下班六点").proposed).toEqual(p(null, null, "evening")));
  it("a bare hour after work ends is in the evening", () => expect(u("我下班六点，七点以后可以吗").proposed).toEqual(p(null, "19:00", "evening")));
});
