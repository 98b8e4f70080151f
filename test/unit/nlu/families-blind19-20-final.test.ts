/**
 * Families behind the misses on the nineteenth and twentieth writers' final sets (both scored
 * blind once on round 18: blind19 intent 96.3%, 1 critical error, proposed 99.3%, cancelReason
 * 73.4%; blind20 intent 98.0%, 0 critical errors, proposed 97.5%, cancelReason 81.0%). Our own
 * wordings plus near misses; the writers' lines are kept in test/fixtures/nlu/.
 */
import { describe, expect, it } from "vitest";
import { at, p, u, withdrawsFor } from "./helpers.js";

const ON_THE_DAY = at("2026-11-25T13:20:00+08:00", "2026-11-25T14:00:00+08:00");

describe("critical: gone to another company", () => {
  it.each(["嗯嗯 我去了别的公司 不好意思", "我已经去了另一家公司了"])("%s → cancel (found_job)", (text) => {
    const r = u(text);
    expect(r.intent).toBe("cancel");
    expect(r.cancelReason).toBe("found_job");
  });
});

describe("confirmations that looked like something else", () => {
  it("有事随时联系 is no conflict", () => expect(u("好的，周三下午两点准时到，有事随时联系我").intent).toBe("confirm"));
  it("a worry checked and gone", () => expect(u("开始以为那天要值班，问了下不用，所以可以去").intent).toBe("confirm"));
  it("the slot said on the day is no estimate", () => expect(u("没问题，下午两点到", ...ON_THE_DAY).intent).toBe("confirm"));
  it("a leaving deadline is no slot", () => {
    const r = u("可以。不过我最晚只能待到五点，面试两个小时够吗？");
    expect(r.intent).toBe("confirm");
    expect(r.proposed).toBeNull();
  });
  it("a time inside a question asked of them offers nothing", () => expect(u("好的，周三两点，请问中午过去需要等很久吗").intent).toBe("confirm"));
});

describe("acknowledgements, hedges, deferrals", () => {
  it.each(["嗯嗯 我看到了", "OK收到，我先确认下那天的排班", "等下，我查下简历投的是哪个岗位"])("%s → other", (text) => expect(u(text).intent).toBe("other"));
  it("a long hedge beside a distance stays undecided (no second opinion)", () =>
    expect(u("收到，谢谢。不过这个岗位离家有点远，我得跟家里商量一下，明天之前给您答复").intent).toBe("other"));
  it("in hospital, to be arranged after → reschedule", () => expect(u("最近在住院，出院了再联系您可以吗").intent).toBe("reschedule"));
  it("asking whether the slot changed → question", () => expect(u("面试时间改了吗？我记得是周三").intent).toBe("question"));
  it("照常 asked → question", () => expect(u("要是那天下大雨，还照常面吗").intent).toBe("question"));
  it("asking about the crowd at the slot → question", () => expect(u("周三下午面试的人多吗，要排队吗").intent).toBe("question"));
});

describe("on the day", () => {
  it("late, leaving the choice to them → late", () => expect(u("堵在高架上，预计晚半小时，要不要改天？看你们", ...ON_THE_DAY).intent).toBe("late"));
  it("a deadline promised after a delay → late", () => expect(u("被领导留了一下，刚出门，两点前能到", ...ON_THE_DAY).intent).toBe("late"));
});

describe("withdrawals", () => {
  withdrawsFor([
    ["还要自己开车送货？我没车，做不了", "not_interested"],
    ["那个时间段我一直要上班，以后也调不开，就不麻烦你们了", "time_conflict"],
    ["我考上编了，不去了", "found_job"],
    ["兄弟，我已经进厂了，不去了", "found_job"],
    ["前面两家都谈好了，面试就不来了", "found_job"],
    ["刚面完的那家当场给了offer，这边就不去了", "found_job"],
    ["你们要求全职坐班，我只能做兼职，就不去了", "not_interested"],
    ["看了岗位要求，觉得自己能力还不够，就不浪费大家时间了", "not_interested"],
    ["听说要押身份证，那我不去了", "not_interested"],
    ["面试还要交培训费？那不去了", "not_interested"],
    ["我在外省，去不了，就算了吧", "location"],
    ["4500一个月还要倒班，算了", "salary"],
  ]);
  it("a night shift of one's own is the calendar", () => expect(u("周三晚上要上夜班，以后都是这个班，去不了，取消吧").cancelReason).toBe("time_conflict"));
});

describe("times", () => {
  it("差一刻十点 is 09:45", () => expect(u("周五差一刻十点可以吗").proposed).toEqual(p("2026-11-27", "09:45", "morning")));
  it("a day asked for, then refused, gives way to the next", () =>
    expect(u("改到周四吧……等下，周四也有事，还是下周一上午吧").proposed).toEqual(p("2026-11-30", null, "morning")));
  it("a conditional refusal only considers it", () => expect(u("周四方便吗？周四不行的话下周一也可以").proposed).toEqual(p("2026-11-26", null, null)));
  it("下周哪天都行，最好是下午 keeps the afternoon", () => expect(u("下周哪天都行，最好是下午").proposed).toEqual(p(null, null, "afternoon")));
  it("a correction after 吗 is taken back", () => expect(u("能改到周四上午吗，哦不好意思说错了，是周四下午").proposed).toEqual(p("2026-11-26", null, "afternoon")));
});

describe("the slot's day offered again at another time", () => {
  const [NOW_MON, SLOT_WED_EVENING] = at("2026-11-23T10:00:00+08:00", "2026-11-25T19:00:00+08:00");
  it("晚上不方便，周三白天或者周四上午 for a Wednesday-evening slot → Wednesday", () =>
    expect(u("晚上不太方便，周三白天或者周四上午可以吗", NOW_MON, SLOT_WED_EVENING).proposed).toEqual(p("2026-11-25", null, null)));
  it("周三晚上可以 for that slot still confirms", () => expect(u("周三晚上可以", NOW_MON, SLOT_WED_EVENING).intent).toBe("confirm"));
});
