/**
 * Families behind the misses on the twenty-fifth and twenty-sixth writers' final sets (both
 * scored blind once on round 21: blind25 intent 98.8%, 0 critical errors, proposed 99.0%; blind26
 * intent 95.8%, 1 critical error, proposed 98.3%). Our own wordings plus near misses; the writers'
 * lines are kept in test/fixtures/nlu/.
 */
import { describe, expect, it } from "vitest";
import { asksAbout, at, p, reschedulesTo, u, withdrawsFor } from "./helpers.js";

describe("a verdict on the job hanging on 的话", () => {
  it.each([
    ["单休的话就算了", "not_interested"],
    ["要坐班996的话就算了", "not_interested"],
    ["base在北京的话我就不考虑了，只看上海的机会", "location"],
    ["年薪要求至少80w，你们范围到不了的话就不浪费双方时间了", "salary"],
  ])("%s → cancel (%s), below full confidence", (text, reason) => {
    const r = u(text);
    expect(r.intent).toBe("cancel");
    expect(r.cancelReason).toBe(reason);
    expect(r.confidence).toBeLessThan(0.9);
  });
  it("asked about, it still asks", () => expect(u("不是外包吧？是的话就不面了").intent).toBe("question"));
  it("an explicit if decides nothing yet", () => expect(u("如果太远的话我就不去了").intent).toBe("other"));
  it.each(["周二去不了，周四可以吗？不行的话就算了", "改不了的话就算了"])("a calendar fallback is no verdict: %s", (text) => expect(u(text).intent).not.toBe("cancel"));
});

describe("English withdrawals", () => {
  withdrawsFor([
    ["Thanks but I'm no longer looking. Just accepted an internal transfer.", "found_job"],
    ["Not looking anymore, sorry", "not_interested"],
  ]);
  it("looking for the address is no withdrawal", () => expect(u("Yes I'll come, I was looking for the address").intent).toBe("confirm"));
  it("delay asked in English moves the slot", () => expect(u("那天有个签约要去，能delay一下吗").intent).toBe("reschedule"));
});

describe("on the way, or not", () => {
  const DAY = at("2026-11-25T13:40:00+08:00", "2026-11-25T14:00:00+08:00");
  it.each(["sorry 电梯排队排了很久 马上上来", "我到南山了 还在找具体是哪栋楼 快了", "在路上了，应该能准时到，如果晚了也就几分钟"])("%s → late", (text) =>
    expect(u(text, ...DAY).intent).toBe("late"));
  it("off a plane days ahead is back from a trip", () => expect(u("刚下飞机，晚点细聊").intent).toBe("other"));
  it("off a train on the day is on the way", () => expect(u("刚下高铁，可能晚十分钟", ...DAY).intent).toBe("late"));
});

describe("a new job mentioned, still coming", () => {
  it("an offer elsewhere but still wanting to talk, a week later", () => {
    const r = u("我已经在另一家拿到口头offer了，不过还是想和你们聊聊，能晚一周吗");
    expect(r.intent).toBe("reschedule");
    expect(r.proposed).toEqual(p("2026-12-02", "14:00", "afternoon"));
  });
});

describe("times", () => {
  reschedulesTo([
    ["能改到下下周吗，周二周三都行", p("2026-12-08", null, null)],
    ["改到the week after next吧，周二", p("2026-12-08", null, null)],
    ["下周吧，周四可以", p("2026-12-03", null, null)],
    ["这周不方便 能顺延一周吗", p("2026-12-02", "14:00", "afternoon")],
    ["周四还在老家没回来 下下周一可以吗", p("2026-12-07", null, null)],
    ["明天下午我赶不回来 晚上行不行", p("2026-11-24", null, "evening")],
    ["Would next Thu work? Anytime after 2pm.", p("2026-12-03", null, "afternoon")],
  ]);
  it("the part of 那天 taken by one's own appointment, then another part (a morning slot)", () =>
    expect(u("visa interview约在那天上午，下午能面吗？", ...at("2026-11-23T10:00:00+08:00", "2026-11-25T10:00:00+08:00")).proposed).toEqual(p("2026-11-25", null, "afternoon")));
  it("年前没空, 初八以后 → a vague change", () => {
    const r = u("年前没空了，初八以后都可以");
    expect(r.intent).toBe("reschedule");
    expect(r.proposed).toBeNull();
  });
});

describe("the second opinion leaves explicit requests alone", () => {
  it.each(["Hi，正在negotiate现公司的counter offer，能不能给我一点时间，面试推到下周？", "hi，我visa interview约在那天上午，下午能面吗？"])("%s → reschedule", (text) =>
    expect(u(text).intent).toBe("reschedule"));
  it("only asking whether the time could move asks", () => expect(u("时间有没有可能调整？我先问问，还没确定").intent).toBe("question"));
  it("别的时间没有吗 asks", () => expect(u("为啥是周三？别的时间没有吗").intent).toBe("question"));
});

describe("questions", () => {
  asksAbout([
    ["包吃住不", ["salary"]],
    ["宿舍几个人一间 有空调没", ["other"]],
    ["你好 请问是谁推荐的我？", ["other"]],
    ["早上八点是几号门", ["location"]],
    ["一个月休几天", ["job"]],
    ["司机这个岗是开货车还是开小车", ["job"]],
    ["啥子岗位哦 我投了好几个搞忘了", ["job"]],
    ["Is it a panel interview or 1-on-1?", ["format"]],
    ["面试是你本人面吗 还是车间主任", ["format"]],
  ]);
  it("scorn about tiring messages asks nothing of the job", () => expect(u("你们HR每天发这么多消息不累吗").questions).not.toContain("job"));
  it("过几天 is no question", () => expect(u("好的，过几天见").intent).toBe("confirm"));
  it("checking the rota hedges", () => expect(u("应该能去吧 我看看排班").intent).toBe("other"));
});

describe("reasons", () => {
  withdrawsFor([
    ["我是误投的，不好意思", "not_interested"],
    ["别的厂已经给我安排宿舍了 谢谢你们", "found_job"],
    ["我闺女给我在她那边找了个活 不去了", "found_job"],
    ["不去了 那边厂子开工了 我回去上班", "found_job"],
    ["要上夜班就算了 我白天还得接娃", "not_interested"],
    ["算了吧 上夜班我身体吃不消", "not_interested"],
    ["司机这个要B照 我只有C照 去了也白去 不去了", "not_interested"],
    ["JD看了下主要是做toB，我更想做C端，不去了哈", "not_interested"],
    ["我还是决定留在咨询行业，不转in-house了", "not_interested"],
    ["问了一圈朋友，感觉你们团队不太稳定，就不去了", "not_interested"],
    ["不去 别再发了", "not_interested"],
    ["国庆要回家 回来再说吧 这个不面了", "personal"],
    ["因为签证问题暂时回不了国，这次面试只能取消了", "personal"],
    ["已经决定去读MBA了，面试就取消吧", "personal"],
    ["公司要调我去新加坡office，之后都不在国内了，面试取消吧", "location"],
    ["家里决定让我回成都发展了，深圳的机会就先不考虑了", "location"],
    ["要回老家了，离你们公司太远，不去了", "location"],
    ["今天身体不舒服，而且想了想这个岗位也不太适合我，就不去了", "not_interested"],
  ]);
  it("面试不去了，以后也别联系了 names no reason", () => expect(u("面试不去了，以后也别联系了").cancelReason).toBe("unknown"));
});
