/**
 * Families behind the misses on the seventeenth and eighteenth writers' final sets (both scored
 * blind once on round 17 with the learned second opinion: blind17 intent 96.5%, 0 critical
 * errors, proposed 98.0%; blind18 intent 97.5%, 1 critical error, proposed 98.0%). Our own
 * wordings plus near misses; the writers' lines are kept in test/fixtures/nlu/.
 */
import { describe, expect, it } from "vitest";
import { at, p, u, withdrawsFor } from "./helpers.js";

const ON_THE_DAY = at("2026-11-25T13:20:00+08:00", "2026-11-25T14:00:00+08:00");

describe("critical: a new day named, then 当天", () => {
  it("当天 right after a day named is that day", () => {
    const r = u("原定的面试恐怕赶不回来了，我28号回来，当天下午就可以过去，您看方便安排吗");
    expect(r.intent).toBe("reschedule");
    expect(r.proposed).toEqual(p("2026-11-28", null, "afternoon"));
  });
  it("按原定时间 still keeps the slot", () => expect(u("好的，按原定时间").intent).toBe("confirm"));
  it("a lone 当天 is still the interview's day", () => expect(u("当天下午可以").intent).toBe("confirm"));
});

describe("hedges, acknowledgements and deferrals", () => {
  it.each(["嗯嗯 谢谢", "好的我看看", "可能来不了……我再想想", "这是我老公的手机，他在开会，晚点让他回你"])("%s → other", (text) => expect(u(text).intent).toBe("other"));
  it.each(["好的谢谢", "可以，谢谢"])("%s still confirms", (text) => expect(u(text).intent).toBe("confirm"));
  it("a hospital stay, then arranging a time afterwards → reschedule", () => {
    const r = u("这几天在住院，出院了再联系您约时间");
    expect(r.intent).toBe("reschedule");
    expect(r.proposed).toBeNull();
  });
  it("how a change would work if something came up → question", () => expect(u("万一那天临时有事的话，可以改时间吗？先问问").intent).toBe("question"));
  it.each(["我再考虑考虑，先不约了", "怀孕了，这段时间不方便找工作了"])("%s → cancel", (text) => expect(u(text).intent).toBe("cancel"));
  it("a leaving date elsewhere is no slot", () => {
    const r = u("可以，我下个月5号才离职，面试请半天假没问题");
    expect(r.intent).toBe("confirm");
    expect(r.proposed).toBeNull();
  });
  it("the change asked for, given up for the slot → confirm", () => expect(u("那就周三吧，本来想约周四的，算了就周三").intent).toBe("confirm"));
});

describe("on the day", () => {
  it("a late train and a small push asked → late", () => {
    const r = u("高铁晚点了，到站大概两点一刻，面试能稍微往后挪一点吗", ...ON_THE_DAY);
    expect(r.intent).toBe("late");
    expect(r.proposed).toBeNull();
  });
  it("asking for another day on the way is still a change", () => expect(u("车坏了，今天赶不上了，能改到明天吗", ...ON_THE_DAY).intent).toBe("reschedule"));
  it("on time expected, but lateness possible → late", () => expect(u("在地铁上了，预计准时到，万一晚两分钟请见谅", ...ON_THE_DAY).intent).toBe("late"));
  it("来了来了 → late", () => expect(u("来了来了", ...ON_THE_DAY).intent).toBe("late"));
});

describe("surface forms", () => {
  it.each([
    ["壹", "confirm"],
    ["叁", "cancel"],
    ["確認參加，謝謝", "confirm"],
  ])("%s → %s", (text, intent) => expect(u(text).intent).toBe(intent));
  it("能该个时间吗 is 改", () => expect(u("抱歉，能该个时间吗").intent).toBe("reschedule"));
  it("有笔试没 asks", () => {
    const r = u("有笔试没");
    expect(r.intent).toBe("question");
    expect(r.questions).toEqual(["format"]);
  });
  it("几号线…最近 is the nearest line, not 'recently'", () => {
    const r = u("好，几号线地铁过去最近？");
    expect(r.intent).toBe("confirm");
    expect(r.questions).toEqual(["transport"]);
  });
});

describe("times", () => {
  it("迟一个钟 (Cantonese 遲一個鐘) is an hour later", () => expect(u("可唔可以遲一個鐘？").proposed).toEqual(p("2026-11-25", "15:00", "afternoon")));
  it("礼拜一早上 keeps its morning", () => expect(u("下个礼拜一朝早得唔得？").proposed).toEqual(p("2026-11-30", null, "morning")));
  it("11/27 2pm: the English clock joins the day", () => expect(u("11/27 2pm ok?").proposed).toEqual(p("2026-11-27", "14:00", "afternoon")));
  it("明后天 offers tomorrow first", () => expect(u("今天在医院输液，明后天可以吗", ...at("2026-11-23T09:00:00+08:00", "2026-11-23T15:00:00+08:00")).proposed).toEqual(p("2026-11-24", null, null)));
  it("27或者28号 offers the 27th first", () => expect(u("那天要考试，27或者28号可以吗").proposed).toEqual(p("2026-11-27", null, null)));
  it("the slot's clock, then a new clock: the slot's day", () => expect(u("2点那个能不能改成4点").proposed).toEqual(p("2026-11-25", "16:00", "afternoon")));
  it("a time corrected at once", () => expect(u("改到周四，哦不对，周五，周四我要去体检").proposed).toEqual(p("2026-11-27", null, null)));
});

describe("withdrawal reasons", () => {
  withdrawsFor([
    ["我想做的是行政，不是销售，就不去了", "not_interested"],
    ["岗位要求会PS，我不会，就不浪费大家时间了", "not_interested"],
    ["周三去不了，而且这个岗位也不太适合我，就不约了", "not_interested"],
    ["还要笔试加三轮面试，太折腾了，算了", "not_interested"],
    ["不去了，骗子公司吧，面试还要交钱？", "not_interested"],
    ["试用期打八折，还不交社保，不去了", "salary"],
    ["已经在饿了么跑单了，不去了", "found_job"],
    ["sorry，别家的offer已经accept了", "found_job"],
    ["人已经回老家了，不在深圳干了", "location"],
    ["人回四川了，不打算去深圳那边上班了", "location"],
    ["堵在高速上，估计赶不上了，算了不去了", "time_conflict"],
    ["这个点我在厂里上班，去不了，不用约了", "time_conflict"],
  ]);
});
