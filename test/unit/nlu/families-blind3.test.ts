/**
 * Families behind the misses on the third writer's tune set (scored blind first: intent
 * 97.3%, cancelReason 78.3%, topic F1 0.872). Each family is checked with our own wordings,
 * not the writer's, so the rules are tested for the meaning rather than the phrase; the
 * writer's lines themselves are kept in test/fixtures/nlu/blind3-tune.jsonl.
 */
import { describe, expect, it } from "vitest";
import { p, u } from "./helpers.js";

const at = (now: string, scheduledAt: string) => ({ now: new Date(now), scheduledAt: new Date(scheduledAt) });
const TUE = at("2026-11-19T11:00:00+08:00", "2026-11-24T14:00:00+08:00");
const FRI_11 = at("2026-11-18T17:50:00+08:00", "2026-11-20T11:00:00+08:00");

describe("a change given up before it was asked keeps the slot", () => {
  it.each([
    "本来想找你改时间的，后来想想算了，就按周二下午两点吧",
    "原本打算跟你说改期，想了想还是按原来的来吧",
    "本来想问能不能换一天，算了，周二两点我过去",
  ])("%s → confirm", (text) => expect(u(text, TUE.now, TUE.scheduledAt).intent).toBe("confirm"));
});

describe("arriving by the slot's time is attending", () => {
  it.each([
    "好的，我那天坐高铁过去，下午两点前肯定到",
    "可以，两点之前一定赶到",
    "行，我周二下午两点前到",
  ])("%s → confirm", (text) => {
    const r = u(text, TUE.now, TUE.scheduledAt);
    expect(r.intent).toBe("confirm");
    expect(r.proposed).toBeNull();
  });
});

describe("free during the part of day that holds the slot", () => {
  it.each(["嗯呢，那天上午我都空着的，没问题", "周五上午我都有空，可以", "那天上午都行，没问题的"])("%s → confirm", (text) => {
    const r = u(text, FRI_11.now, FRI_11.scheduledAt);
    expect(r.intent).toBe("confirm");
    expect(r.proposed).toBeNull();
  });
  it("free only in another part of the day is a new time", () =>
    expect(u("那天下午我有空，上午不行", FRI_11.now, FRI_11.scheduledAt).intent).toBe("reschedule"));
});

describe("asking for another session", () => {
  it.each(["现场那场去不了，你们还有别的场次吗", "这一场赶不上了，有下一场吗", "上午那批去不了，还有其他批次吗"])(
    "%s → reschedule, no topic",
    (text) => {
      const r = u(text);
      expect(r.intent).toBe("reschedule");
      expect(r.questions).toEqual([]);
    },
  );
});

describe("not wasting each other's time", () => {
  it.each([
    ["期望是15k，JD上写的8-10k，就不浪费双方时间了", "salary"],
    ["我要的是20k以上，就不浪费大家时间了", "salary"],
    ["方向不太一样，不浪费你的时间了", "not_interested"],
  ])("%s → cancel (%s)", (text, reason) => {
    const r = u(text);
    expect(r.intent).toBe("cancel");
    expect(r.cancelReason).toBe(reason);
  });
});

describe("whether the time could change later is a question", () => {
  it.each(["面试时间定了以后还能改吗？我先问问，现在还不确定", "万一到时候临时有事，还可以改吗", "约好之后还能调整吗"])(
    "%s → question (other)",
    (text) => {
      const r = u(text);
      expect(r.intent).toBe("question");
      expect(r.questions).toEqual(["other"]);
    },
  );
});

describe("an open offer to talk asks nothing", () => {
  it.each(["我加了您微信，有什么事情您在这里跟我说就行", "有什么需要随时联系我", "有什么问题您直接发消息就好"])("%s → other", (text) => {
    const r = u(text);
    expect(r.intent).toBe("other");
    expect(r.questions).toEqual([]);
  });
  it.each(["想起来了，上周在BOSS上投的", "哦哦，是我前几天投的那个岗位", "记起来了，之前在网上投过简历"])("recalling the application: %s → other", (text) =>
    expect(u(text).intent).toBe("other"),
  );
});

describe("times", () => {
  const JAN = at("2027-01-15T20:45:00+08:00", "2027-01-19T15:30:00+08:00");
  it.each([
    ["我那天白班到六点，当天晚上七点半可以吗", p("2027-01-19", "19:30", "evening")],
    ["那天上班到五点，晚上八点行吗", p("2027-01-19", "20:00", "evening")],
  ])("a duty's end is not the slot: %s", (text, proposed) => expect(u(text, JAN.now, JAN.scheduledAt).proposed).toEqual(proposed));
  it.each(["周五行不行，上下午都可以", "周五吧，全天都可以", "周五一整天都有空"])("both halves of a day name no part: %s", (text) =>
    expect(u(text).proposed).toEqual(p("2026-11-27", null, null)),
  );
  const MON_9 = at("2026-11-13T13:10:00+08:00", "2026-11-16T09:00:00+08:00");
  it.each([
    ["周一早上9点太早了，还是周一，改10点半行吗？", p("2026-11-16", "10:30", "morning")],
    ["还是那天，改到11点可以吗", p("2026-11-16", "11:00", "morning")],
  ])("a day kept in the clause before: %s", (text, proposed) => expect(u(text, MON_9.now, MON_9.scheduledAt).proposed).toEqual(proposed));
});

describe("cancel reasons", () => {
  it.each([
    ["单休啊，那算了", "not_interested"],
    ["外包岗啊，那我就不去了", "not_interested"],
    ["原来是跑业务的，那不去了", "not_interested"],
    ["说好的坐办公室，结果要做销售，算了", "not_interested"],
    // Round 22: a bare 的话 verdict on the job withdraws (writers' majority).
    ["大小周的话就算了", "not_interested"],
    ["如果是大小周就算了", null],
    ["要回老家了，离你们公司太远，不去了", "location"],
    ["女朋友在杭州，我打算去杭州找工作，这边不面了", "location"],
    ["我要回老家了，不去了", "personal"],
    ["算了算了 不折腾了", "not_interested"],
    ["从龙岗过去太折腾了，不去了", "location"],
    ["那天要去另一家公司复试，时间冲突，这边我就先放弃了", "time_conflict"],
    ["那天我有别的安排，这个职位我就不面了", "time_conflict"],
    ["上次把我面挂了，这次又来约我，不去了", "not_interested"],
    ["之前面过你们家没过，不想再面了", "not_interested"],
    ["bu xiang qu le", "not_interested"],
    ["不好意思，已经有着落了", "found_job"],
    ["已经有去处了，谢谢", "found_job"],
    ["我已经入值了", "found_job"],
  ])("%s → %s", (text, reason) => {
    const r = u(text);
    if (reason === null) {
      expect(r.intent).not.toBe("cancel");
      return;
    }
    expect(r.intent).toBe("cancel");
    expect(r.cancelReason).toBe(reason);
  });
});

describe("question topics", () => {
  it.each([
    ["好的，我是直接去公司面对吧？", ["format"]],
    ["到时候是去你们公司面吗", ["format"]],
    ["这个职位是哪个部门的，做什么方向", ["job"]],
    ["是哪个部门招人", ["job"]],
    ["我是应届生，没有工作经验也可以去面试吗", ["other"]],
    ["面试是全英文的吗", ["format"]],
    ["要用英语交流吗", ["format"]],
    ["这份工作需要会开叉车吗", ["job"]],
    ["要会用CAD吗", ["job"]],
    ["到了直接上12楼吗", ["location"]],
  ])("%s → %j", (text, topics) => expect(u(text).questions).toEqual(topics));
  it.each(["医院排班改了，周二变成白班，能否约下周三晚上？", "这周要上夜班，可以约到下周吗"])("the duty behind a change request is no topic: %s", (text) =>
    expect(u(text).questions).toEqual([]),
  );
});

describe("guards found while tuning", () => {
  it("没啥问题 is assent (a negated 什么 asks nothing)", () => expect(u("没啥问题").intent).toBe("confirm"));
  it("the interviewer's department is about the format", () =>
    expect(u("准时参加，另外面试官是哪个部门的？").questions).toEqual(["format"]));
  it("那天 after another day named points at that day", () =>
    expect(u("我12月1号才到深圳，那天下午可以面吗").proposed).toEqual(p("2026-12-01", null, "afternoon")));
  it("全天 in a later fallback clause does not erase the chosen part of day", () =>
    expect(u("能否改到周四的下午？不行的话下周一全天都可以").proposed).toEqual(p("2026-11-26", null, "afternoon")));
  it("a past event's time is not offered", () =>
    expect(u("我是今天早上接到电话的那个，有什么事您在这里说就行").intent).toBe("other"));
  it.each(["老婆快生了，这段时间都走不开，面试取消吧", "媳妇马上生孩子了，面试就算了"])("a birth is personal: %s", (text) =>
    expect(u(text).cancelReason).toBe("personal"),
  );
  it("arriving by a time is no conflict with riding there", () =>
    expect(u("好的，我坐火车过去，那天一点前肯定到").intent).toBe("confirm"));
});
