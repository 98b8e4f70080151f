/**
 * Families behind the misses on the forty-second to forty-fourth writers' final sets, all scored
 * blind once on round 29 (blind42, a representative inbox: intent 98.3%, 0 critical, proposed
 * 99.5%; blind43, southern cities with Cantonese and Southern Min: 97.5%, 1 critical, 98.3%;
 * blind44, campus recruiting: 98.3%, 0 critical, 98.8%), tuned on in round 30. Every case below is
 * our own paraphrase or near miss; the writers' lines are kept in test/fixtures/nlu/.
 */
import { describe, expect, it } from "vitest";
import { asksAbout, at, p, u, withdrawsFor } from "./helpers.js";

/** Minutes before a 14:00 slot, on its day. */
const JUST_BEFORE = at("2026-11-25T13:50:00+08:00", "2026-11-25T14:00:00+08:00");

describe("Taiwanese and Southern Min Mandarin (the critical miss: 我有去啦)", () => {
  it.each(["我有去啦", "有要去喔"])("%s → confirm", (text) => expect(u(text).intent).toBe("confirm"));
  it("a past visit is no answer", () => expect(u("我有去过").intent).not.toBe("confirm"));
  it.each([
    ["歹势 我拜四要载我妈去医院 可以改拜五吗", p("2026-11-27", null, null)],
    ["拜四我袂使 拜五下晡可以吗", p("2026-11-27", null, "afternoon")],
    ["拜五下晡我要去厦门 拜四下晡三点敢会使", p("2026-11-26", "15:00", "afternoon")],
  ] as const)("%s", (text, proposed) => {
    const r = u(text);
    expect(r.intent).toBe("reschedule");
    expect(r.proposed).toEqual(proposed);
  });
  it("拜拜 stays a goodbye", () => expect(u("拜拜").intent).toBe("other"));
});

describe("on the way, not there yet", () => {
  it.each(["在电梯里了", "我在电梯里，马上到", "到楼下了但是停车场满了，在找车位，稍等一下", "已经出发了，预计准点或者晚五分钟"])("%s → late", (text) => {
    expect(u(text, ...JUST_BEFORE).intent).toBe("late");
  });
  it("waiting for the lift before the start is an arrival notice", () => expect(u("到了，在楼下等电梯", ...JUST_BEFORE).intent).toBe("other"));
  it("with no question in it, the model's second opinion cannot turn lateness into a question", () => {
    expect(u("停车场满了，在找车位，稍等", ...JUST_BEFORE).intent).toBe("late");
  });
});

describe("greetings and hedges decide nothing", () => {
  it.each(["吃了吗😄", "Hello?", "您好，在吗", "稍等，我问下我们老板能不能请到假", "我明天再跟你讲好吗", "晚点给你回复", "这两天在考试 看完时间表再联系你"])("%s → other", (text) => {
    expect(u(text).intent).toBe("other");
  });
  it("an exam, then news once it is over, still asks for a change", () => expect(u("这两天在考试，考完再联系你").intent).toBe("reschedule"));
  it("whether the time can move, with the conflict not known yet, asks", () => expect(u("请问时间能调吗？我还没确定那天有没有课").intent).toBe("question"));
});

describe("ways to agree", () => {
  it.each([
    "好的好的我周三下午会过去的到时候到了门口打这个电话吗还是直接进去",
    "ok的 那天刚好答辩完 正好可以过去",
    "周三上午有实验课，下午两点肯定能赶到",
    "我这边可以",
  ])("%s → confirm", (text) => expect(u(text).intent).toBe("confirm"));
  it("the slot checked and the candidate's side fine", () => {
    expect(u("今天下午两点照常吗 我这边可以", ...at("2026-11-25T10:00:00+08:00", "2026-11-25T14:00:00+08:00")).intent).toBe("confirm");
  });
});

describe("asking for a change", () => {
  it("看看周四有没有空位 after refusing the day offers Thursday", () => {
    const r = u("那天不行，要不你们看看周四有没有空位");
    expect(r.intent).toBe("reschedule");
    expect(r.proposed).toEqual(p("2026-11-26", null, null));
  });
  it.each([
    ["九点赶不到 那天可以十点吗", p("2026-11-25", "10:00", "morning")],
    ["可以改成下礼拜吗 随便哪天下午都可以", p(null, null, "afternoon")],
    ["周三下午我在考试，考到五点，晚上七点线上可以吗", p("2026-11-25", "19:00", "evening")],
    ["周三下午两点太早了 我要赶一点半的校车 能改晚点吗 比如下午四点", p("2026-11-25", "16:00", "afternoon")],
    ["周三下午两点有点赶，我课三点才下，能晚一点吗，比如四点", p("2026-11-25", "16:00", "afternoon")],
    ["周三下午有活动 改周五下午可以吗 三点", p("2026-11-27", "15:00", "afternoon")],
  ] as const)("%s", (text, proposed) => {
    const r = u(text);
    expect(r.intent).toBe("reschedule");
    expect(r.proposed).toEqual(proposed);
  });
});

describe("distance with a nearer post asked for is a question", () => {
  it.each(["坪山太远了 有没有宝安的岗位", "太远了，附近有门店吗"])("%s → question", (text) => expect(u(text).intent).toBe("question"));
  it("distance alone still withdraws", () => expect(u("太远了，不去了").intent).toBe("cancel"));
});

describe("withdrawals", () => {
  withdrawsFor([
    ["我不跑了 还是进厂稳定点", "not_interested"],
    ["我唔做档口喇 太辛苦", "not_interested"],
    ["实习工资太低了，我再看看别的吧", "salary"],
    ["已有offer，不去了哈", "found_job"],
    ["听说试用期只发80%，不考虑了", "salary"],
    ["前两天面的那家已经通知我下周一去报到了，你们这边我就不去了", "found_job"],
    ["我人已经回老家了，不在武汉了，面试就不参加了", "location"],
    ["唔去喇 揾到工喇", "found_job"],
    ["3 已找到实习", "found_job"],
    ["我考上研了 不去面试了 谢谢", "personal"],
    ["学校不让大四下学期出去实习，只能放弃了", "personal"],
    ["实习要求一周到岗五天 我课太多做不到 放弃吧", "time_conflict"],
    ["Thanks but I'll pass on this one. Not really a fit for me.", "not_interested"],
  ]);
  it("looking at other times is no withdrawal", () => expect(u("那天不行，我再看看其他时间").intent).toBe("reschedule"));
});

describe("questions", () => {
  asksAbout([
    ["你们店在朝阳广场那边麻", ["location"]],
    ["你们那里离白云机场远不远", ["location"]],
    ["公司是在地铁11号线旁边吗", ["transport"]],
    ["请问是在天河哪里？", ["location"]],
    ["南山哪里的？", ["location"]],
    ["是临时工还是长期的", ["job"]],
    ["收银要有经验吗", ["job"]],
    ["这个岗位要英语几级", ["job"]],
    ["是做售后还是销售", ["job"]],
    ["日结吗 一天多少", ["salary"]],
  ]);
  it("an exam named and corrected is no question about the post", () => {
    expect(u("24号那天学校考英语六级？不对是期末考试 能不能延后到下周").questions).toEqual([]);
  });
});
