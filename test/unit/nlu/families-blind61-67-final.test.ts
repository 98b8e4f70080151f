/**
 * Round 37: the rest of blind61's families (hard for keyword systems on purpose) and the misses of
 * the sixty-second to sixty-seventh writers' final sets, each scored blind once before any tuning on
 * it (blind62 logistics 98.8%, blind63 hospital and pharmacy 99.3%, blind64 replies to reminders
 * 98.5%, blind65 real estate 99.0%, blind66 car dealerships 98.3%, blind67 call centre 99.3%; all
 * with 0 critical errors). Every family is checked with wordings written for this file, and with a
 * near miss that must keep its old reading.
 */
import { describe, expect, it } from "vitest";
import { at, ON_THE_DAY, p, reschedulesTo, u, withdrawsFor } from "./helpers.js";

describe("other days refused, the slot's day left as the one that works", () => {
  it.each(["周四周五都不行，周三刚好有空，就周三吧", "周一周二都排满了，周三可以", "其他日子我都没空，就周三最合适，别改哈"])("%s → confirm", (text) => {
    const r = u(text);
    expect(r.intent).toBe("confirm");
    expect(r.proposed).toBeNull();
  });
  it("the slot's day refused too stays a change", () => expect(u("周四周五都不行，周三也悬").intent).toBe("reschedule"));
  it("other times fine beside a refused slot asks for one", () => expect(u("周三不行，其他时间都可以").intent).toBe("reschedule"));
  it("a change asked for, then the slot's day offered, names it", () => {
    const r = u("能改到明天吗？算了明天也不行，后天吧");
    expect(r.intent).toBe("reschedule");
    expect(r.proposed).toEqual(p("2026-11-25", null, null));
  });
});

describe("conditions that decide nothing", () => {
  it.each(["1（除非临时被派去外地，不过这周应该不会）", "除非家里有急事，否则肯定准时到"])("除非 names only a possibility: %s → confirm", (text) => {
    expect(u(text).intent).toBe("confirm");
  });
  it("能改就改，改不了就算了 asks for a change", () => {
    const r = u("周三实在去不了，能改就改，改不了就算了");
    expect(r.intent).toBe("reschedule");
  });
  it("a change refused outright still withdraws", () => expect(u("周三去不了了，也改不了").intent).toBe("cancel"));
  it("a fallback 改天 on the way is lateness", () => {
    expect(u("可能要晚四十分钟，还能面的话我就过来，不能的话改天？", ON_THE_DAY).intent).toBe("late");
  });
  it("what a change would cost, asked, is a question", () => {
    const r = u("要是推迟到下周的话会不会有影响？");
    expect(r.intent).toBe("question");
    expect(r.proposed).toBeNull();
  });
});

describe("the menu quoted back or weighed", () => {
  it("the invitation's menu quoted back is not a choice", () => {
    expect(u("「回复1确认参加，2申请改期，3无法参加」……我再想想").intent).toBe("other");
  });
  it("a quoted menu then a choice takes the choice", () => expect(u("\"回复1确认\" 好的那我回1").intent).toBe("confirm"));
  it.each(["2还是3我还没想好", "选1或者2呢，我晚点告诉你"])("torn between two entries: %s → other", (text) => {
    expect(u(text).intent).toBe("other");
  });
  it("a puzzled sound asks back", () => {
    const r = u("啊？");
    expect(r.intent).toBe("other");
    expect(r.confidence).toBeLessThan(0.6);
  });
  it("现在说 stays now, not 再说", () => expect(u("我现在说不准能不能去").intent).toBe("other"));
});

describe("kept slot and checked slot", () => {
  it("the interview said to be unaffected confirms", () => expect(u("周二还在外地，不过周二晚上就回来了，周三面试不受影响").intent).toBe("confirm"));
  it("the slot checked, then agreed to if right", () => expect(u("我确认下，是周三下午两点对吧？对的话我就确认参加").intent).toBe("confirm"));
  it("a relative covering a duty frees the day", () => expect(u("好吧，那天要接孩子，我让我婆婆帮我接一下，能去").intent).toBe("confirm"));
  it("free all this week includes the slot", () => expect(u("行啊 我这周都有空").intent).toBe("confirm"));
  it("free all next week asks for a change", () => expect(u("下周都有空").intent).toBe("reschedule"));
  it("English: no need to reschedule keeps it", () => expect(u("no need to reschedule, see you on wednesday").intent).toBe("confirm"));
  it("English: not coming, no need to reschedule withdraws", () => {
    const r = u("sorry, won't make it, and no need to reschedule");
    expect(r.intent).toBe("cancel");
    expect(r.cancelReason).toBe("unknown");
  });
});

describe("new times on the slot's own day", () => {
  reschedulesTo([
    ["那天可以但那个点不行，四点行吗", p("2026-11-25", "16:00", "afternoon")],
    ["那天我白天都在上班，中午12点行不行", p("2026-11-25", "12:00", "afternoon")],
  ] as const);
  it("a clock alone, no day named, stays open", () => expect(u("下午四点可以吗").proposed).toEqual(p(null, "16:00", "afternoon")));
});

describe("loose days ahead", () => {
  it.each(["過兩日得唔得", "过几天再面可以吗", "年后吧，过完年再说", "过完元旦再约吧", "12月头几天都可以"])("%s → reschedule, no day named", (text) => {
    const r = u(text, ...at("2026-11-20T10:00:00+08:00", "2026-11-25T14:00:00+08:00"));
    expect(r.intent).toBe("reschedule");
    expect(r.proposed).toBeNull();
  });
  it("改第二天 names the next day", () => expect(u("那天不行，改第二天吧").proposed).toEqual(p("2026-11-26", null, null)));
  it("两号 on its own is still a day of the month", () => expect(u("能改到12月2号吗").proposed).toEqual(p("2026-12-02", null, null)));
  it("a time that is awkward, change asked: reschedule", () => expect(u("嗯…这个时间有点尴尬，能换一个吗").intent).toBe("reschedule"));
});

describe("arrivals and lateness", () => {
  it.each(["我早就到了，在大厅坐着呢", "早早就到啦，在楼下便利店等会", "我已经到停车场了"])("%s → other (arrived)", (text) => {
    expect(u(text, ON_THE_DAY).intent).toBe("other");
  });
  it.each(["马上就到了", "在公交站了，再走五分钟", "出发了，准时到不了，要晚十分钟"])("%s → late", (text) => {
    expect(u(text, ON_THE_DAY).intent).toBe("late");
  });
});

describe("reading traditional and dialect spellings", () => {
  it.each([
    ["選擇放棄", "cancel"],
    ["我諗過之後都係決定放棄", "cancel"],
    ["么得问题", "confirm"],
  ])("%s → %s", (text, intent) => expect(u(text).intent).toBe(intent));
});

describe("withdrawal reasons", () => {
  withdrawsFor([
    ["被别的公司截胡了，抱歉", "found_job"],
    ["不面了，已经在干了", "found_job"],
    ["另一家店那边要我了，这边就不去了", "found_job"],
    ["我找了一份仓管的工作，不去了", "found_job"],
    ["试用期才2500，算了", "salary"],
    ["提成太低了，不考虑", "salary"],
    ["腿伤复发了要休养，去不了了", "personal"],
    ["不找工作了，准备回学校读研", "personal"],
    ["人在国外读书，取消吧", "personal"],
    ["那么远啊，不去了", "location"],
    ["那边公交不通，算了", "location"],
    ["我还是想在成都找，这边就不去了", "location"],
    ["那天要参加考研复试，只能放弃了", "time_conflict"],
    ["这种活太累了，不去了", "not_interested"],
    ["不是编制的话……不是编制那我不去了", "not_interested"],
    ["听说要倒夜班，我不能接受，不去了", "not_interested"],
    ["周三去不了，以后也不考虑了", "not_interested"],
    ["我没投过你们这个岗位，不面", "not_interested"],
    ["面试还要自己出路费，不奉陪了", "not_interested"],
    ["我以为是做行政的，不去了", "not_interested"],
  ]);
  it("a considered decline with no reason stays unknown (writers split 19:12)", () => {
    expect(u("考虑了一下还是不去了").cancelReason).toBe("unknown");
  });
  it("a mistaken belief beside a distance keeps the distance", () => {
    expect(u("我以为在市区，这么远就算了").cancelReason).toBe("location");
  });
});
