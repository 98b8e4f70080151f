/**
 * Families behind the misses on the third writer's final set (scored blind once: intent
 * 95.8%, 2 critical errors, proposed 97.5%, cancelReason 81.3%, topic F1 0.842). Every
 * family is checked with our own wordings, written before the fix, so the rules are tested
 * for the meaning rather than the phrase; the writer's lines themselves are kept in
 * test/fixtures/nlu/blind3-final.jsonl.
 */
import { describe, expect, it } from "vitest";
import { ON_THE_DAY, p, u } from "./helpers.js";

const at = (now: string, scheduledAt: string) => ({ now: new Date(now), scheduledAt: new Date(scheduledAt) });

describe("lukewarm withdrawal: applied on a whim, not keen to go", () => {
  it.each([
    "说实话我就是随手投了一下，不太想去，不好意思",
    "嗯……想了想，对这个岗位没什么兴趣，抱歉",
    "其实不太想来面，当时海投的",
    "额…我也就随便投投，不大想参加",
  ])("%s → cancel (not_interested)", (text) => {
    const r = u(text);
    expect(r.intent).toBe("cancel");
    expect(r.cancelReason).toBe("not_interested");
  });
  it.each(["嗯……", "嗯……我再想想吧", "嗯...那个...我问下家里"])("a hesitant 嗯 is no assent: %s", (text) =>
    expect(u(text).intent).not.toBe("confirm"),
  );
});

describe("a range of other days offered is a change without a slot", () => {
  it.each(["下周二到周四都可以，全天都行", "下周一至周五随便哪天都可以", "下周一到下周三都有空，上下午都行"])("%s → reschedule, null", (text) => {
    const r = u(text);
    expect(r.intent).toBe("reschedule");
    expect(r.proposed).toBeNull();
  });
});

describe("a number with a unit is never a date or a clock time", () => {
  it.each(["还有2.5公里就到", "离你们那还有3.2km了", "导航说还剩1.2公里"])("on the day: %s → late, no time", (text) => {
    const r = u(text, ON_THE_DAY);
    expect(r.intent).toBe("late");
    expect(r.proposed).toBeNull();
  });
  it.each(["我住的地方离公司1.5公里", "期望薪资12.5k", "地铁4号线出来要走300米吗", "面试大概要1.5小时吗", "我在5号楼下面吗"])("%s → no time", (text) =>
    expect(u(text).proposed).toBeNull(),
  );
});

describe("a question about finishing on a day names no slot", () => {
  const FRI = at("2026-11-20T21:30:00+08:00", "2026-11-23T14:00:00+08:00");
  it.each(["一共要面几轮？当天能结束吗", "今天能出结果吗", "几轮面试，一天能面完吗", "面试流程多长？今天能走完吗"])("%s → question, null", (text) => {
    const r = u(text, FRI.now, FRI.scheduledAt);
    expect(r.intent).toBe("question");
    expect(r.proposed).toBeNull();
  });
});

describe("on the way, in words of distance, parking or a wrong bus", () => {
  it.each([
    "还有800米，马上",
    "just around the corner, 3 mins",
    "地库排队进不去，稍等我一下",
    "停车场满了，在找车位",
    "唔好意思，坐错车，而家赶紧过嚟",
    "不好意思，坐错方向了，正在往回走",
  ])("%s → late", (text) => expect(u(text, ON_THE_DAY).intent).toBe("late"));
});

describe("giving up over a conflict is a withdrawal", () => {
  it.each([
    ["那天家里有急事，去不了了，你们另外找人吧", "personal"],
    ["和另外一家的终面撞了，这边只能放弃了", "time_conflict"],
    ["时间冲突了，你们这边先不面了，抱歉", "time_conflict"],
    ["名额留给别人吧，谢谢", "unknown"],
    ["不用给我保留名额了", "unknown"],
  ])("%s → cancel (%s)", (text, reason) => {
    const r = u(text);
    expect(r.intent).toBe("cancel");
    expect(r.cancelReason).toBe(reason);
  });
});

describe("assent said loosely, or after a conflict already solved", () => {
  it.each([
    "好的，到时候过去",
    "知道了，到时候过来",
    "你们安排的时间我都行，就这样吧",
    "行，那天正好下白班，下了班就过去",
    "好的，周三本来有个会，已经推了，准时参加",
    "收到，那天原本要去医院复查，已经改约了，会准时到",
  ])("%s → confirm", (text) => {
    const r = u(text);
    expect(r.intent).toBe("confirm");
    expect(r.proposed).toBeNull();
  });
});

describe("a promise to answer later decides nothing", () => {
  it.each([
    "在开会，晚点回你",
    "正忙着，一会儿回复哈",
    "这边信号差，晚点再联系",
    "我先看看那几天的行程，明天之前给您准信",
    "我查一下下周的安排，晚上给你回复",
  ])("%s → other", (text) => {
    const r = u(text);
    expect(r.intent).toBe("other");
    expect(r.proposed).toBeNull();
  });
});

describe("proposed times", () => {
  it("上五 after a day is a typo for 上午", () =>
    expect(u("周三上午有事，能不能改周四上五").proposed).toEqual(p("2026-11-26", null, "morning")));
  it.each([
    ["能改26号吗", p("2026-11-26", null, null)],
    ["那天有事，换27号可以吗", p("2026-11-27", null, null)],
  ])("a day of the month after 改 / 换: %s", (text, proposed) => expect(u(text).proposed).toEqual(proposed));
  it.each(["我下周三回来，回来以后都可以", "出差12月1号才回，之后哪天都行", "要到30号才回得来，回来后随时"])(
    "the day of return opens availability, names no slot: %s",
    (text) => {
      const r = u(text);
      expect(r.intent).toBe("reschedule");
      expect(r.proposed).toBeNull();
    },
  );
  const EVE = at("2026-11-23T10:00:00+08:00", "2026-11-25T19:00:00+08:00");
  it.each([
    ["周三晚上七点有课，能推迟到九点吗", p("2026-11-25", "21:00", "evening")],
    ["晚上7点赶不到，推迟到八点半行吗", p("2026-11-25", "20:30", "evening")],
  ])("a push from an evening slot stays in the evening: %s", (text, proposed) => expect(u(text, EVE.now, EVE.scheduledAt).proposed).toEqual(proposed));
  it.each([
    ["能换成周四下午吗，周三全天都要开会", p("2026-11-26", null, "afternoon")],
    ["下周一下午或者下周二全天都行", p("2026-11-30", null, "afternoon")],
    ["周五上午可以吗？周四一整天有课", p("2026-11-27", null, "morning")],
  ])("another day's whole day does not erase the part of day: %s", (text, proposed) => expect(u(text).proposed).toEqual(proposed));
});

describe("cancel reasons", () => {
  it.each([
    ["最近得了流感，在家养病，这次参加不了了", "personal"],
    ["跟另一家的笔试撞期了，只好放弃", "time_conflict"],
    ["人已经回湖南上班了，不去了", "found_job"],
    ["那个岗位要求常年出差，不考虑了", "not_interested"],
    ["听说你们那加班很严重，算了", "not_interested"],
    ["那边太偏了，公交都不通，不去了", "location"],
    ["家里出了些状况，面试不参加了", "personal"],
    ["我对这行不太看好，不去了", "not_interested"],
    ["已经找到离家近的了，不好意思", "found_job"],
    ["要坐两个多小时车，算了不去了", "location"],
    ["领导画大饼那一套我吃不消，不去了", "not_interested"],
  ])("%s → %s", (text, reason) => {
    const r = u(text);
    expect(r.intent).toBe("cancel");
    expect(r.cancelReason).toBe(reason);
  });
});


describe("question topics", () => {
  it.each([
    ["请问要交证件照吗", ["materials"]],
    ["需要准备几张照片", ["materials"]],
    ["整个面试要花多少时间？", ["format"]],
    ["面试要多少时间，我好请假", ["format"]],
    ["这个岗位偏前端还是后端？", ["job"]],
    ["这是新开的岗位还是替补的？", ["job"]],
    ["你们排班怎么排？", ["job"]],
    ["底薪是固定的吗", ["salary"]],
    ["面试在本部还是分公司？", ["location"]],
    ["从火车站打车过去要多久", ["transport"]],
  ])("%s → %j", (text, topics) => expect(u(text).questions).toEqual(topics));
  it.each(["行吧，谁让我缺钱呢，周三见", "好的，到时候有什么情况我会及时跟您说"])("no question asked: %s", (text) =>
    expect(u(text).questions).toEqual([]),
  );
});
