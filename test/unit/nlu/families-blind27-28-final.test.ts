/**
 * Families behind the misses on the twenty-seventh and twenty-eighth writers' final sets (both
 * scored blind once on round 22: blind27 intent 96.5%, proposed 95.3%; blind28 intent 95.3%,
 * proposed 98.5%; no critical errors). Our own wordings plus near misses; the writers' lines are
 * kept in test/fixtures/nlu/.
 */
import { describe, expect, it } from "vitest";
import { at, p, reschedulesTo, u, withdrawsFor } from "./helpers.js";

const DAY = at("2026-11-25T13:40:00+08:00", "2026-11-25T14:00:00+08:00");

describe("refusals said twice, and pinyin initials", () => {
  it.each(["不去不去", "不了不了 谢谢"])("%s → cancel", (text) => expect(u(text).intent).toBe("cancel"));
  it("去不去 still asks", () => expect(u("你到底去不去").intent).not.toBe("cancel"));
  // (Round 24: a repeated menu digit is asked back; see families-blind29-30-final.)
  it("hd hd is 好的", () => expect(u("hd hd").intent).toBe("confirm"));
});

describe("conflicts solved by someone else, or none at all", () => {
  it.each([
    "好的，我周四本来要带学生的，但是跟组长说好了让别的老师替我，所以能去的",
    "我本来那天要值班的，护士长同意我调到晚上，所以下午面试能来",
    "可以的呀，周三下午我没课，正好",
    "我是他姐姐 他在上班不方便看手机 我替他确认一下 周三下午两点会去的",
    "好的好的我周三下午两点会准时过去的然后我就是想问一下地铁几号线出来比较近我不太熟那边",
    "得，就按你们定的时间来，我调休",
    "刚刚手滑点错了 我是要确认 不是改期",
  ])("%s → confirm", (text) => expect(u(text).intent).toBe("confirm"));
  it("a shift of one's own that cannot be swapped still asks for a change", () => expect(u("周三我要值班，没人能替我，能改吗").intent).toBe("reschedule"));
});

describe("undecided", () => {
  it.each(["如果能调到班的话应该没问题，不过现在还不确定，明天给您准信", "不知道那天学校会不会安排监考，安排表还没出来，出来了第一时间告诉您", "不是不想答复，是排班还没定，没法给准话，等定了再说", "应该能去吧 我看看排班"])(
    "%s → other",
    (text) => expect(u(text).intent).toBe("other"),
  );
});

describe("changes", () => {
  reschedulesTo([
    ["能改到明天吗？算了明天也不行，明天要陪考，后天吧", p("2026-11-25", null, null)],
    ["能否安排到元旦之后？期末走不开", null],
    ["能不能放到节后，下周二？", p("2026-12-01", null, null)],
    ["能不能改到28号以后？28号下午可以", p("2026-11-28", null, "afternoon")],
    ["周三我白班，能不能改到周五上午？周五我夜班下来可以直接过去", p("2026-11-27", null, "morning")],
    ["我想周四下午去，或者周五，都行", p("2026-11-26", null, "afternoon")],
    ["要不您看能不能安排在我休息的时候，我下周一和周二都是休息", p("2026-11-30", null, null)],
    ["改到第二天上午可以吗", p("2026-11-26", null, "morning")],
    ["那天走不开，第二天下午三点可以吗", p("2026-11-26", "15:00", "afternoon")],
    ["能不能往后挪到4点", p("2026-11-25", "16:00", "afternoon")],
    ["Could we push it back by two days? Same time works for me.", p("2026-11-27", "14:00", "afternoon")],
    ["能不能调到下周，这周走不开。下周我都可以，最好是下午", p(null, null, "afternoon")],
    ["改到28号…等等28号是周六，那就30号吧", p("2026-11-30", null, null)],
    ["周四可以吗？啊不对周四我有课，周五吧，周五上午", p("2026-11-27", null, "morning")],
    ["下周二下午三点吧，哦不，三点我有教研会，四点", p("2026-12-01", "16:00", "afternoon")],
    ["那天以后我能在家，要不等过了28号再面", null],
    ["ummm 那天好像不太行 能改的话最好", null],
  ]);
  it("元旦后第一天上班就面试 names no new time", () => expect(u("元旦后第一天上班就去面试哈哈，准时到").intent).toBe("confirm"));
});

describe("on the day", () => {
  it.each(["出发了，不过可能赶不上两点整，两点十分左右吧", "在高架上堵着呢，估计要晚半小时，我到了能直接进去面吗？", "在等电梯 人好多 马上", "公交一直不来 可能要迟一点"])("%s → late", (text) =>
    expect(u(text, ...DAY).intent).toBe("late"));
  it("waiting for the lift with no crowd is an arrival", () => expect(u("正在等电梯，马上上来", ...DAY).intent).toBe("other"));
});

describe("withdrawals and reasons", () => {
  withdrawsFor([
    ["孩子他爸回复：孩子还小，我们商量了不让他去，谢谢", "personal"],
    ["那个时间不行 其他时间我也没空 就不麻烦了", "time_conflict"],
    ["已经在别家做咖啡师了 谢谢你们", "found_job"],
    ["那天以后我都要回老家照顾奶奶，面试去不了了", "personal"],
    ["经过慎重考虑，我决定继续留在现在的医院", "not_interested"],
    ["我已经考上老家的特岗教师了，这边面试就不去了", "found_job"],
    ["问了下后面一个月排班都满了，干脆就不去了吧", "time_conflict"],
    ["招聘简章写着要派驻到县里，那就不参加了", "location"],
    ["刚问了朋友说你们是编外合同制，那我就不去了", "not_interested"],
    ["单位领导不批我辞职，面试就不去了", "personal"],
    ["其实不用想了，不去了，最近状态不好", "personal"],
    ["我看了下是民办学校，我还是想考公办的编制，不参加了", "not_interested"],
    ["跟男朋友去杭州了 不在深圳了 不去了", "personal"],
    ["不面啦 决定去读研了", "personal"],
    ["决定回学校复读了 这个工作先不做了", "personal"],
    ["我到楼下了 看了一眼环境 算了不上去了", "not_interested"],
    ["提成制不保底的话我就不考虑了", "salary"],
    ["我再看看别的机会吧 这个就先不去了", "not_interested"],
  ]);
});

describe("questions", () => {
  it.each([
    ["家人们谁懂 投了50份简历就你们回我了", "other", []],
    ["多大年纪可以做啊 我18岁刚满", "question", ["other"]],
    ["面试的地方是在万达那边吗", "question", ["location"]],
    ["面试是全英文吗？我口语一般", "question", ["format"]],
    ["这次是无领导小组讨论还是结构化面试？", "question", ["format"]],
    ["周末要上班吗", "question", ["job"]],
    ["到咗，喺邊個門入？", "question", ["location"]],
  ])("%s → %s %j", (text, intent, topics) => {
    const r = u(text);
    expect(r.intent).toBe(intent);
    expect(r.questions).toEqual(topics);
  });
  it.each(["3月28号上午可以吗？这周要准备技能大赛", "十点半行不行？下午我要带班"])("%s asks for nothing to bring", (text) => expect(u(text).questions).not.toContain("materials"));
  it("要带什么 still asks what to bring", () => expect(u("面试要带什么").questions).toEqual(["materials"]));
});
