/**
 * Families behind the misses on the fifth writer's final set (scored blind once on round 7:
 * intent 95.3%, 1 critical error, proposed 98.3%, cancelReason 81.3%, topic F1 0.818). Each
 * family is checked with our own wordings plus near misses that must keep their reading.
 */
import { describe, expect, it } from "vitest";
import { at, ON_THE_DAY, p, u } from "./helpers.js";

describe("算了 drops the change that was about to be asked for, not the interview (the critical miss)", () => {
  it.each([
    "本来想问能不能改时间的，算了不改了，周三我请半天假过去",
    "算了不麻烦你们了，就按原时间",
    "算了不改期了，到时候过去",
    "想了想还是不改了，我请个假过去",
    "之前想改时间，现在不用了",
    "上次说改时间那个不用了，周三我能去",
    "不改期了，到时候过去",
  ])("%s → confirm", (text) => expect(u(text).intent).toBe("confirm"));
  it.each(["算了，不去了", "算了吧，不面了", "算了不改了，直接放弃吧", "算了"])("算了 with nothing kept still withdraws: %s → cancel", (text) =>
    expect(u(text).intent).toBe("cancel"),
  );
  it("能不改期了吗 asks; it keeps nothing yet", () => expect(u("能不改期了吗").intent).not.toBe("confirm"));
});

describe("an acknowledgement that asks what to prepare presupposes going", () => {
  it.each(["收到啦，有什么需要提前准备的吗", "收到，需要带什么材料吗", "了解～要带简历吗"])("%s → confirm with materials", (text) => {
    const r = u(text);
    expect(r.intent).toBe("confirm");
    expect(r.questions).toEqual(["materials"]);
  });
  it.each([
    ["收到，请问地址具体在哪", "location"],
    ["收到～面试大概多久呀", "format"],
  ])("an acknowledgement with another question only asks: %s", (text, topic) => {
    const r = u(text);
    expect(r.intent).toBe("question");
    expect(r.questions).toEqual([topic]);
  });
  it("a bare question about materials stays a question", () => expect(u("需要带什么材料吗").intent).toBe("question"));
});

describe("assent followed by a promise to confirm later decides nothing yet", () => {
  it.each(["应该没问题，晚点跟您确认", "好的，晚点给您回个话", "应该可以，我晚点再确认一下", "大概率能去，明天给您准信"])("%s → other", (text) =>
    expect(u(text).intent).toBe("other"),
  );
  it("confirming a detail later is no deferral: 没问题，待会跟你确认下地址 → confirm", () => expect(u("没问题，待会跟你确认下地址").intent).toBe("confirm"));
});

describe("the interview day named as free agrees; another day named as free proposes it", () => {
  it.each(["周三全天没事", "周三没安排，可以去", "那天下午空着，可以过去"])("%s → confirm", (text) => expect(u(text).intent).toBe("confirm"));
  it("周四全天没事 → reschedule to Thursday", () => {
    const r = u("周四全天没事");
    expect(r.intent).toBe("reschedule");
    expect(r.proposed).toEqual(p("2026-11-26", null, null));
  });
  it("周三下午没安排 when the slot is Wednesday morning proposes the afternoon", () => {
    const r = u("周三下午没安排，可以去", ...at("2026-11-23T10:00:00+08:00", "2026-11-25T10:00:00+08:00"));
    expect(r.intent).toBe("reschedule");
    expect(r.proposed).toEqual(p("2026-11-25", null, "afternoon"));
  });
});

describe("withdrawals: committed elsewhere, staying put, decided, brushed off, leaving the field", () => {
  it.each(["已经签三方了，不去了", "答应另外一家了", "已经答应别的公司了，不好意思", "我已经口头答应另一家了", "三方都签了"])("%s → cancel (found_job)", (text) => {
    const r = u(text);
    expect(r.intent).toBe("cancel");
    expect(r.cancelReason).toBe("found_job");
    expect(r.confidence).toBeGreaterThan(0.9);
  });
  it.each(["升组长了不换了", "领导给我涨薪了，先不动了", "公司挽留，决定留下", "以后也不打算投这个方向", "这个方向我不打算做了"])(
    "%s → cancel (not_interested)",
    (text) => {
      const r = u(text);
      expect(r.intent).toBe("cancel");
      expect(r.cancelReason).toBe("not_interested");
      expect(r.confidence).toBeGreaterThan(0.9);
    },
  );
  it.each(["决定暂不参加", "以后有合适的机会再联系吧", "有合适的岗位再联系", "我伐来了", "勿要去了"])("%s → cancel, confidently", (text) => {
    const r = u(text);
    expect(r.intent).toBe("cancel");
    expect(r.confidence).toBeGreaterThan(0.9);
  });
  it.each(["时间不换了", "我想不改了"])("keeping the time is no refusal: %s → confirm", (text) => expect(u(text).intent).toBe("confirm"));
  it("暂不参加 asked as a question does not withdraw", () => expect(u("可以暂不参加吗？想先了解一下岗位").intent).not.toBe("cancel"));
  it("a raise asked about is a question, not staying put", () => expect(u("入职以后多久涨薪？").intent).toBe("question"));
});

describe("questions about the company's calendar and canteen", () => {
  it.each(["元旦放几天", "你们元旦放假吗", "公司有食堂吗"])("%s → question (other)", (text) => {
    const r = u(text);
    expect(r.intent).toBe("question");
    expect(r.questions).toEqual(["other"]);
  });
  it("31号下午你们还上班啊 asks about their day; it proposes nothing", () => {
    const r = u("31号下午你们还上班啊", ...at("2026-12-28T10:00:00+08:00", "2026-12-30T14:00:00+08:00"));
    expect(r.intent).toBe("question");
    expect(r.proposed).toBeNull();
  });
  it("the candidate's own company on a day still conflicts", () => {
    const r = u("抱歉，今天公司突然安排出差，周三去不了了，能延后吗");
    expect(r.intent).toBe("reschedule");
    expect(r.proposed).toBeNull();
  });
  it("pay and board stay pay: 工资多少一个月，包吃住吗", () => expect(u("工资多少一个月，包吃住吗").questions).toEqual(["salary"]));
});

describe("on the day, a small delay after getting ready is lateness", () => {
  it.each(["换个衣服就过来，可能稍微晚一点点", "我换个衣服就过去，稍微晚一点点", "稍微晚一点点", "会稍微晚一点"])("%s → late", (text) =>
    expect(u(text, ON_THE_DAY).intent).toBe("late"),
  );
  it("换个时间 still asks for another time", () => expect(u("能换个时间吗").intent).toBe("reschedule"));
  it("days ahead, lateness under 如果 is asked about", () => expect(u("想问一下周三如果稍微晚一点点到会不会有影响").intent).toBe("question"));
  it("days ahead, 周三的话我可能要晚半个小时到 still reports lateness", () => expect(u("周三的话我可能要晚半个小时到，可以吗").intent).not.toBe("question"));
});

describe("a message written to family and sent here by mistake", () => {
  it.each(["妈 我晚上不回家吃饭了", "老婆，我今晚加班不回去吃了", "妈，周三我去面试"])("%s → other, no time", (text) => {
    const r = u(text);
    expect(r.intent).toBe("other");
    expect(r.proposed).toBeNull();
  });
  it.each(["姐，周三能改到周四吗", "哥，周三能改到周四吗"])("addressing the recruiter as 姐/哥 is no mistake: %s", (text) => expect(u(text).intent).toBe("reschedule"));
  it("妈呀 is an exclamation", () => expect(u("妈呀，堵死了，晚十分钟", ON_THE_DAY).intent).toBe("late"));
});

describe("times: 同样时间, the day after Spring Festival", () => {
  it("下周一同样时间 keeps the slot's clock", () => expect(u("下周一同样时间可以吗").proposed).toEqual(p("2026-11-30", "14:00", "afternoon")));
  it("周五一样时间", () => expect(u("周五一样时间").proposed).toEqual(p("2026-11-27", "14:00", "afternoon")));
  it("年后24号 said in November is 24 February (Spring Festival 2027 is 6 February)", () =>
    expect(u("年后24号可以吗").proposed).toEqual(p("2027-02-24", null, null)));
  it("过完年3号 said in January is the first 3rd after the festival", () =>
    expect(u("过完年3号来面", ...at("2027-01-20T10:00:00+08:00", "2027-01-22T14:00:00+08:00")).proposed).toEqual(p("2027-03-03", null, null)));
  it("年后 said during the holiday counts from the festival just past", () =>
    expect(u("年后20号吧", ...at("2027-02-08T10:00:00+08:00", "2027-02-10T14:00:00+08:00")).proposed).toEqual(p("2027-02-20", null, null)));
});

// Found while probing round 8 with our own wordings (not from the blind set).
describe("another part of the slot's day being taken leaves the slot free", () => {
  it.each(["上午我有课，下午两点没问题", "周三上午有课，下午可以", "那天上午要上班，下午的面试可以", "周三上午有事，下午两点没问题"])("%s → confirm", (text) => {
    const r = u(text);
    expect(r.intent).toBe("confirm");
    expect(r.proposed).toBeNull();
  });
  it.each(["周三下午有事", "周三上午有事，下午可能赶不过来"])("the slot's own part taken still conflicts: %s → reschedule", (text) => expect(u(text).intent).toBe("reschedule"));
  it("for a morning slot a busy afternoon is free too", () => {
    expect(u("周三下午有课，上午十点没问题", ...at("2026-11-23T10:00:00+08:00", "2026-11-25T10:00:00+08:00")).intent).toBe("confirm");
  });
});

describe("asking when the interview ends, next to a later commitment, is a question", () => {
  it.each(["我下午三点有个会，两点的面试一个小时能结束吗", "面试几点能结束？我四点还有事"])("%s → question (format)", (text) => {
    const r = u(text);
    expect(r.intent).toBe("question");
    expect(r.questions).toEqual(["format"]);
  });
});

describe("busy on a day until a time, then a later clock: the same day", () => {
  it("周三要考试，考完就是下午四点以后了，五点可以吗 → Wednesday 17:00", () =>
    expect(u("我周三要考试，考完就是下午四点以后了，五点可以吗").proposed).toEqual(p("2026-11-25", "17:00", "afternoon")));
  it("周三上班到六点，下班以后七点可以吗 → Wednesday 19:00", () =>
    expect(u("周三上班到六点，下班以后七点可以吗").proposed).toEqual(p("2026-11-25", "19:00", "evening")));
  it("a refused whole day says nothing about the new one: 周三不行，下午三点可以吗", () => expect(u("周三不行，下午三点可以吗").proposed).toEqual(p(null, "15:00", "afternoon")));
});

describe("tone-marked pinyin and a raise at the current job", () => {
  it("nǐ hǎo, wǒ zhōu sān kě yǐ → confirm", () => expect(u("nǐ hǎo, wǒ zhōu sān kě yǐ").intent).toBe("confirm"));
  it("hǎo de, zhǔn shí dào → confirm", () => expect(u("hǎo de, zhǔn shí dào").intent).toBe("confirm"));
  it.each(["我现在的公司给我加薪了，不好意思", "公司给我升职了"])("%s → cancel (not_interested)", (text) => {
    const r = u(text);
    expect(r.intent).toBe("cancel");
    expect(r.cancelReason).toBe("not_interested");
  });
  it("asking whether we raise pay is a question", () => expect(u("贵公司会给我加薪吗").intent).toBe("question"));
});

describe("denials, only-times, either-or questions, mistaken days", () => {
  it.each(["谁说我不去了，我会准时到的", "没说不去啊，照常", "我可没说要放弃"])("a denied withdrawal is no withdrawal: %s", (text) => {
    const r = u(text);
    expect(r.intent).not.toBe("cancel");
    expect(r.questions).toEqual([]);
  });
  it("周三我能去，但只能下午三点以后 → reschedule to Wednesday 15:00", () => {
    const r = u("周三我能去，但只能下午三点以后");
    expect(r.intent).toBe("reschedule");
    expect(r.proposed).toEqual(p("2026-11-25", "15:00", "afternoon"));
  });
  it("只能周三 names the slot: 只能周三下午两点 → confirm", () => expect(u("我只能周三下午两点").intent).toBe("confirm"));
  it.each(["周三还是周四？我记得你们说的是周四", "周三还是周四啊？"])("which of two days, asked: %s → question", (text) => {
    const r = u(text);
    expect(r.intent).toBe("question");
    expect(r.proposed).toBeNull();
  });
  it("offering two days stays a proposal: 周四还是周五都可以", () => expect(u("周四还是周五都可以").intent).toBe("reschedule"));
  it("我看错了，以为是周四，那周三也行 → confirm", () => expect(u("我看错了，以为是周四，那周三也行").intent).toBe("confirm"));
  it("我是应届生可以吗 → question (job)", () => expect(u("我是应届生可以吗").questions).toEqual(["job"]));
  it("我想确认一下面试时间 → question (other)", () => {
    const r = u("我想确认一下面试时间");
    expect(r.intent).toBe("question");
    expect(r.questions).toEqual(["other"]);
  });
});
