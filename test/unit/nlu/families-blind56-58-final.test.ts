/**
 * Families behind the misses on the fifty-sixth to fifty-eighth writers' final sets, all scored
 * blind once on round 34 (blind56, an e-commerce company's representative inbox: intent 97.3%,
 * 1 critical, proposed 99.5%; blind57, parents returning to work and career changers: 98.0%,
 * 1 critical, 99.8%; blind58, quick phone replies: 97.0%, 0 critical, 99.8%), tuned on in round 35.
 * Every case below is our own paraphrase or near miss; the writers' lines are kept in
 * test/fixtures/nlu/.
 */
import { describe, expect, it } from "vitest";
import { at, reschedulesTo, u, withdrawsFor } from "./helpers.js";

const JUST_BEFORE = at("2026-11-25T13:50:00+08:00", "2026-11-25T14:00:00+08:00");

describe("the critical misses", () => {
  withdrawsFor([
    ["那个时间去不了，我也不改了，就这样吧", "time_conflict"],
    ["那天刚好有另一家的终面，只能二选一，我选了那边，抱歉", "time_conflict"],
  ]);
  it("N选一 is no menu choice", () => expect(u("两个里面二选一吧").intent).not.toBe("confirm"));
  it("选一 still is", () => expect(u("选一").intent).toBe("confirm"));
  it("a numbered list with an A-not-A question is no menu 3", () => {
    const r = u("想先问几个问题：1.仓库离地铁站远不远 2.一个月能拿多少 3.要倒夜班吗");
    expect(r.intent).toBe("question");
  });
});

describe("short ways to agree", () => {
  it.each(["同意", "可一", "接受面试邀请", "恩恩可以", "得"])("%s → confirm", (text) => expect(u(text).intent).toBe("confirm"));
  it("a hesitation that is over agrees", () => expect(u("好的，谢谢您的耐心。我之前犹豫了好几天，现在想清楚了，会去的").intent).toBe("confirm"));
});

describe("withdrawals", () => {
  withdrawsFor([
    ["别再发了，我没投过你们", "not_interested"],
    ["搞错了 我不是找工作的", "not_interested"],
    ["点错了，没想投这个", "not_interested"],
    ["已找到", "found_job"],
    ["这个是要自己垫钱的吗？那不做了", "salary"],
  ]);
});

describe("asking for a change", () => {
  reschedulesTo([
    ["时间上有点冲突，看看能不能协调一下", null],
    ["人还在老家没回来 能不能等我回去再面", null],
    ["我那天需要去社保局办手续，能不能挪一挪", null],
  ]);
  it("news once things are settled is a change", () => expect(u("家里老人突然住院，明天没法过去了。等我安顿好了再联系您可以吗？").intent).toBe("reschedule"));
});

describe("questions and hedges", () => {
  it.each(["时间还能调整吗？", "如果工作日白天面不方便，一般最晚能约到几点？", "附近好停车不"])("%s → question", (text) => expect(u(text).intent).toBe("question"));
  it("the video meeting's number is format", () => expect(u("今天面试的会议号是多少").questions).toEqual(["format"]));
  it("asking a relative first hedges", () => expect(u("应该没问题，不过我得先问问孩子奶奶那天能不能帮忙带，确认了再回您").intent).toBe("other"));
  it("asking us whether it can be online still asks", () => expect(u("你好，想问一下这个面试能不能线上进行").questions).toEqual(["format"]));
});

describe("on the interview day", () => {
  it.each(["在门口停车 马上上来", "正在过来"])("%s → late", (text) => expect(u(text, ...JUST_BEFORE).intent).toBe("late"));
});
