/**
 * Families behind the misses on the forty-seventh to forty-ninth writers' final sets, all scored
 * blind once on round 31 (blind47, a manufacturing group's representative inbox in central China:
 * intent 99.0%, 0 critical, proposed 99.0%; blind48, hospitality and care shift workers: 98.3%,
 * 2 critical, 99.0%; blind49, long polite replies, foreign candidates and returnees: 97.5%,
 * 3 critical, 97.3%), tuned on in round 32. Every case below is our own paraphrase or near miss;
 * the writers' lines are kept in test/fixtures/nlu/.
 */
import { describe, expect, it } from "vitest";
import { asksAbout, at, p, reschedulesTo, u, withdrawsFor } from "./helpers.js";

/** Minutes before a 14:00 slot, on its day. */
const JUST_BEFORE = at("2026-11-25T13:50:00+08:00", "2026-11-25T14:00:00+08:00");

describe("the critical misses", () => {
  it("an address found is no job found", () => {
    const r = u("面试的时间可以，我会去。地址我找到了，在地图上。谢谢！");
    expect(r.intent).toBe("confirm");
  });
  it("a job found still is", () => expect(u("我已经找到了，不去了").cancelReason).toBe("found_job"));
  withdrawsFor([
    ["抱歉 我决定留在现在的药房了，不换了", "not_interested"],
    ["我还是留在现在的门店吧，不换了", "not_interested"],
  ]);
  reschedulesTo([
    ["能推吃一小时吗？我下班交接完才能过来", p("2026-11-25", "15:00", "afternoon")],
    ["原定的时间我本来已经请好假，但今天公司突然通知那天开大会，不能缺席。能否改到大会之后，比如下周一下午三点？", p("2026-11-30", "15:00", "afternoon")],
    ["月底那几天都要加班，请问面试能否安排在下个月的第一周？具体时间听您安排。", null],
  ]);
});

describe("English words inside longer words are no assent", () => {
  it("took / look hold no ok", () => expect(u("my driver took a wrong turn, we're stuck on the expressway", ...JUST_BEFORE).intent).toBe("late"));
  it("before I confirm asks first", () => expect(u("Before I confirm, could you tell me more about the team?").intent).toBe("question"));
  it.each(["Confirmed, thanks!", "ok的", "Sure, see you then"])("%s → confirm", (text) => expect(u(text).intent).toBe("confirm"));
});

describe("ways to agree", () => {
  it.each([
    "我本来那天要上班，跟班长换了班，能去",
    "好的～那天我下了大夜班直接过来，能准时到",
    "可以，面试完能顺便看看员工宿舍吗",
    "OK呀，我这边可以。面试是 onsite 还是 remote？如果要 onsite 的话我就提前一天过去深圳。",
    "好地，周三见",
  ])("%s → confirm", (text) => expect(u(text).intent).toBe("confirm"));
  it("asking to move a day earlier is still a change", () => expect(u("能提前一天吗").intent).toBe("reschedule"));
});

describe("on the interview day", () => {
  it.each(["好的我到门口了", "ok 到了"])("a bare ok before an arrival notice: %s → other", (text) => expect(u(text, ...JUST_BEFORE).intent).toBe("other"));
  it("an arrival with a promise is still a confirmation", () => expect(u("好的，我到了，准时参加", ...JUST_BEFORE).intent).toBe("confirm"));
  it("taken to the wrong building by the map, heading back", () => {
    expect(u("导航把我带到了另一个同名的大厦，现在正往回赶，大概还要十分钟", ...JUST_BEFORE).intent).toBe("late");
  });
});

describe("replies that decide nothing", () => {
  it.each([
    "这个号是我妈的，我帮她回一下，她在车间上班不能看手机，下班了让她自己回你",
    "我这边最近 offer 比较多，需要 compare 一下再决定，这两天给你 feedback",
  ])("%s → other", (text) => expect(u(text).intent).toBe("other"));
  it("回一下 is no menu 1", () => expect(u("我帮她回一下").intent).not.toBe("confirm"));
  it("a greeting before 请问 still asks", () => expect(u("你好，请问到时候在厂门口等还是直接进去？").intent).toBe("question"));
});

describe("withdrawals", () => {
  withdrawsFor([
    ["不好意思啊我想了一下还是算了吧因为我家里小孩没人带上夜班的话根本照顾不过来所以这个工作我就不去面试了", "personal"],
    ["那天要上班，之后也一直上班，没空面试，不好意思", "time_conflict"],
    ["不想上夜班，放弃了", "not_interested"],
    ["不去了，听说你们厂加班太狠", "not_interested"],
    ["我不去了，我家那口子不同意", "personal"],
    ["我腿摔了，要躺一个月，这次就不参加了", "personal"],
    ["冇得兴趣了", "not_interested"],
    ["我去了另一家连锁药店，谢谢你们", "found_job"],
    ["已经答应了医院那边，不去了", "found_job"],
    ["時間夾唔到，唔去喇", "time_conflict"],
    ["However, the salary range is well below my expectations, so I'd rather not proceed.", "salary"],
    ["查出来要做个小手术，这段时间都没法入职，面试就先不参加了", "personal"],
  ]);
  it("a conditional that is the whole run-on still leaves nothing decided", () => expect(u("如果太远的话我可能就不去了").intent).not.toBe("cancel"));
  it("没空面试 with another day asked is a change", () => expect(u("那天没空面试，能改周五吗").intent).toBe("reschedule"));
});

describe("times", () => {
  reschedulesTo([
    ["那天晚上十点前都在上班，第二天行吗", p("2026-11-26", null, null)],
    ["那天有事，第二天同一时间可以吗", p("2026-11-26", "14:00", "afternoon")],
    ["能约在周末吗 周六上午最好", p("2026-11-28", null, "morning")],
    ["那天早班要到下午三点，能换到11月27号上午吗那天我休息一整天都有空", p("2026-11-27", null, "morning")],
    ["请问可以改到周三以外的任意一天吗", null],
    ["下周二或着周三都行", p("2026-12-01", null, null)],
    ["Sorry, Wednesday does not work for me. I am free on Tuesday next week after 2pm.", p("2026-12-01", null, "afternoon")],
    ["Could we reschedule to Friday next week, any time in the morning?", p("2026-12-04", null, "morning")],
    ["I work night shifts, any chance for an evening slot next Monday?", p("2026-11-30", null, "evening")],
    ["恁看下周一中不中", p("2026-11-30", null, null)],
  ]);
});

describe("questions", () => {
  asksAbout([["我到门口了 保安不让进 咋弄", ["other"]]]);
});

describe("leftovers from earlier sets, fixed in round 32", () => {
  it("a refusal taken back as a misreading", () => expect(u("刚才说周三不行是看错了，周三可以").intent).toBe("confirm"));
  it("…and the day it then offers", () => expect(u("之前说周三不行是我看错日历了，周四可以的").proposed).toEqual(p("2026-11-26", null, null)));
  it("谁说我不来了？我来的！", () => expect(u("谁说我不来了？我来的！").intent).toBe("confirm"));
  it("a boss to ask first, in traditional characters, hedges", () => expect(u("應該冇問題，等我問下老闆先").intent).toBe("other"));
});
