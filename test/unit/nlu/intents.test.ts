import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIDENCE_THRESHOLD } from "../../../src/nlu/index.js";
import { ON_THE_DAY, p, u } from "./helpers.js";

describe("menu numbers", () => {
  it.each([
    ["1", "confirm"], ["１", "confirm"], ["①", "confirm"], ["选1", "confirm"], ["回复1", "confirm"], ["1。", "confirm"],
    ["2", "reschedule"], ["选2", "reschedule"], ["②", "reschedule"],
    ["3", "cancel"], ["3️⃣", "cancel"], ["回3", "cancel"],
    ["不是2，是1，手滑了", "confirm"], ["1…算了还是3吧", "cancel"], ["之前回了2，改选1", "confirm"], ["1不了，2吧", "reschedule"],
  ])("%s → %s", (text, intent) => expect(u(text).intent).toBe(intent));

  it("asking what a number means is a question", () => {
    expect(u("2是改期吗？")).toMatchObject({ intent: "question", questions: ["other"] });
  });
  it("digits inside times and floors are not menu choices", () => {
    expect(u("12楼前台见").intent).not.toBe("cancel");
    expect(u("1 hour later ok?").intent).toBe("reschedule");
  });
});

describe("assent, emoji and slang", () => {
  it.each(["好的", "好滴", "好哒～", "妥", "妥妥的", "ok的", "OK", "👌", "👍", "[OK]", "得行", "要得", "中", "嗯嗯，可以", "没问题", "准时到", "周三见", "收到，会准时参加", "Sure, I'll be there."])(
    "%s → confirm",
    (text) => expect(u(text).intent).toBe("confirm"),
  );
  it.each(["收到", "知道了", "noted", "谢谢", "哦", "[微笑]", "😂", "。", "你好", "在吗"])("%s → other", (text) =>
    expect(u(text).intent).toBe("other"),
  );
  // LABELS.md lists a bare 嗯 as an acknowledgement; below the threshold, so the bot asks once more.
  it.each(["嗯", "嗯嗯", "嗯呢", "嗯呐", "嗯。"])("bare %s → other, low confidence", (text) => {
    const r = u(text);
    expect(r.intent).toBe("other");
    expect(r.confidence).toBeLessThan(0.6);
  });
});

describe("negation", () => {
  it.each([
    ["不用改了，原时间可以", "confirm"],
    ["不是不来，是刚看到消息，周三下午可以的", "confirm"],
    ["时间不冲突，可以参加", "confirm"],
    ["不会迟到的，放心", "confirm"],
    ["不是取消哈，只是想改个时间", "reschedule"],
    ["并不是不感兴趣，只是那周出差，下周再约可以吗", "reschedule"],
    ["不感兴趣", "cancel"],
    ["周三不行", "reschedule"],
  ])("%s → %s", (text, intent) => expect(u(text).intent).toBe(intent));
});

describe("cancel and its reasons", () => {
  it.each([
    ["已经入职别家了，不去了", "found_job"],
    ["拿到offer了，面试取消吧", "found_job"],
    ["薪资和预期差太多，就不去了", "salary"],
    ["太远了，不去了", "location"],
    ["家里有事要回老家，不参加了", "personal"],
    ["最近太忙，抽不出时间，算了", "time_conflict"],
    ["不太想做这个方向，不考虑了", "not_interested"],
    ["放弃", "unknown"],
    ["3", "unknown"],
    ["I've accepted another offer, sorry.", "found_job"],
  ])("%s → %s", (text, reason) => expect(u(text)).toMatchObject({ intent: "cancel", cancelReason: reason }));
});

describe("questions", () => {
  it.each([
    ["地址在哪", ["location"]],
    ["要带什么", ["materials"]],
    ["线上还是线下", ["format"]],
    ["工资多少", ["salary"]],
    ["是外包吗", ["job"]],
    ["附近有停车位吗", ["transport"]],
    ["需要穿正装吗", ["other"]],
    ["线上还是线下？大概多久？要带什么吗", ["materials", "format"]],
  ])("%s → %j", (text, topics) => expect(u(text)).toMatchObject({ intent: "question", questions: topics }));

  it("a confirmation that also asks is confirm with the topic", () => {
    expect(u("好的，需要带简历吗")).toMatchObject({ intent: "confirm", questions: ["materials"] });
  });
  it("a topic mentioned without asking is not a question", () => {
    expect(u("薪资太低了，不考虑了").questions).toEqual([]);
  });
});

describe("late and arrived (on the interview day)", () => {
  it.each(["堵车晚十分钟", "在路上了", "快到了", "马上到", "I'm on my way", "遲到10分鐘，抱歉"])("%s → late", (text) =>
    expect(u(text, ON_THE_DAY).intent).toBe("late"),
  );
  it.each(["我到了", "已到達", "到楼下了", "I'm here"])("%s → other (arrival)", (text) => expect(u(text, ON_THE_DAY).intent).toBe("other"));
  it("running late while asking 还能面吗 stays late with questions [other]", () => {
    expect(u("坐反了，要晚二十分钟，还能面吗", ON_THE_DAY)).toMatchObject({ intent: "late", questions: ["other"] });
  });
  it("an arrival with a question is a question", () => {
    expect(u("到12楼了，找哪位？", ON_THE_DAY)).toMatchObject({ intent: "question", questions: ["other"] });
  });
});

describe("LABELS.md edge cases", () => {
  it("应该可以吧，我确认一下再回您 is other", () => expect(u("应该可以吧，我确认一下再回您").intent).toBe("other"));
  it("这个时间是固定的吗，能调吗？ is question/other", () =>
    expect(u("这个时间是固定的吗，能调吗？")).toMatchObject({ intent: "question", questions: ["other"] }));
  it("two options: the first one", () => expect(u("周四下午3点，或者周五上午都行").proposed).toEqual(p("2026-11-26", "15:00", "afternoon")));
  it("ranges are vague → null", () => {
    expect(u("月底前都可以")).toMatchObject({ intent: "reschedule", proposed: null });
    expect(u("下周都行")).toMatchObject({ intent: "reschedule", proposed: null });
    expect(u("周末可以吗")).toMatchObject({ intent: "reschedule", proposed: null });
  });
  it("下周任意一天下午都行 keeps only the part of day", () =>
    expect(u("下周任意一天下午都行").proposed).toEqual(p(null, null, "afternoon")));
  it("asking for another time without naming one", () => expect(u("能换个时间吗")).toMatchObject({ intent: "reschedule", proposed: null }));
  it("a clock time with no day gives date null", () => expect(u("3点可以吗").proposed).toEqual(p(null, "15:00", "afternoon")));
  it("naming the scheduled slot itself is confirm", () => expect(u("周三下午我可以").intent).toBe("confirm"));
  it("proposed is null for non-reschedule intents", () => expect(u("好的，25号下午两点准时到").proposed).toBeNull());
});

describe("priority", () => {
  it.each([
    ["好的，不过周三来不了，周四同一时间行吗", "reschedule"],
    ["本来想改期的，想想还是算了，不参加了", "cancel"],
    ["我确认参加，但是时间能不能改到周四？", "reschedule"],
    ["在路上了，两点前肯定能到", "confirm"],
  ])("%s → %s", (text, intent) => expect(u(text, ON_THE_DAY).intent).toBe(intent));
});

describe("traditional, Cantonese, pinyin, English", () => {
  it.each([
    ["確認參加，謝謝", "confirm"],
    ["對這個職位沒興趣了，不去了", "cancel"],
    ["嗰日我唔得闲，可唔可以改下星期一", "reschedule"],
    ["搵到工喇，唔去啦", "cancel"],
    ["冇问题，到时见", "confirm"],
    ["hao de, zhun shi dao", "confirm"],
    ["bu qu le", "cancel"],
    ["mingtian xiawu keyima", "reschedule"],
    ["dizhi zai nali", "question"],
    ["Wed doesn't work for me, any other slots?", "reschedule"],
    ["Not interested anymore, thanks.", "cancel"],
    ["Is it onsite or remote?", "question"],
  ])("%s → %s", (text, intent) => expect(u(text).intent).toBe(intent));
  it("Cantonese time words resolve", () => expect(u("听日下昼得唔得？").proposed).toEqual(p("2026-11-24", null, "afternoon")));
});

describe("confidence", () => {
  it("is high on clear replies and low on unclear ones", () => {
    expect(u("1").confidence).toBeGreaterThanOrEqual(DEFAULT_CONFIDENCE_THRESHOLD);
    expect(u("好的，准时到").confidence).toBeGreaterThanOrEqual(DEFAULT_CONFIDENCE_THRESHOLD);
    expect(u("asdfghjkl").confidence).toBeLessThan(DEFAULT_CONFIDENCE_THRESHOLD);
    expect(u("1，不过那天可能有事").confidence).toBeLessThan(u("1").confidence);
  });
  it("stays within 0..1 and the output has exactly the documented keys", () => {
    const r = u("周四下午可以吗");
    expect(Object.keys(r).sort()).toEqual(["cancelReason", "confidence", "intent", "proposed", "questions"]);
    expect(r.confidence).toBeGreaterThan(0);
    expect(r.confidence).toBeLessThanOrEqual(1);
  });
});
