/**
 * Families behind the misses on the thirty-fifth, thirty-sixth and thirty-seventh writers' final
 * sets, scored once on round 26: blind35 intent 99.3% and blind37 98.5% (honest blind, 0 critical
 * errors); blind36 96.0% with 1 critical error (a targeted set: its brief named two phrasings from
 * blind34). Our own wordings plus near misses; the writers' lines are kept in test/fixtures/nlu/.
 */
import { describe, expect, it } from "vitest";
import { at, p, u, withdrawsFor } from "./helpers.js";

const DAY = at("2026-11-25T13:40:00+08:00", "2026-11-25T14:00:00+08:00");

describe("一定 / 一起 after a clock are words, not minutes", () => {
  it.each([
    ["这次周三下午两点一定到，不会再出状况了", "confirm", null],
    ["周四下午三点一起过去可以吗", "reschedule", p("2026-11-26", "15:00", "afternoon")],
    ["周四下午两点一刻可以吗", "reschedule", p("2026-11-26", "14:15", "afternoon")],
  ])("%s", (text, intent, proposed) => {
    const r = u(text);
    expect(r.intent).toBe(intent);
    expect(r.proposed).toEqual(proposed);
  });
});

describe("giving up, or not (the critical miss)", () => {
  it("算了 followed by the doubt resolved and a see-you confirms", () =>
    expect(u("不是不想去，是在想怎么跟领导请假……算了，请好了，周三两点见").intent).toBe("confirm"));
  it("算了 alone still withdraws", () => expect(u("算了，不去了").intent).toBe("cancel"));
  it.each(["上次约的面试我临时放了鸽子，真的很不好意思，这次一定到", "收到收到，确认参加，上次改期给你们添麻烦了"])("%s → confirm", (text) => expect(u(text).intent).toBe("confirm"));
});

describe("confirmations", () => {
  it.each([
    "确定参加，不过我现在在外地，周三早上的高铁回来，应该赶得上两点，放心",
    "刚才我朋友拿我手机回了个2，是误操作哈，我能去的，原时间不变",
    "收到提醒，会准实到",
  ])("%s → confirm", (text) => expect(u(text).intent).toBe("confirm"));
  it("我这边没变化 keeps the slot", () => expect(u("下午的面试还是两点吧？我这边没变化", ...DAY).intent).toBe("confirm"));
});

describe("undecided and small talk", () => {
  it.each(["应该能去，到时候再跟你说", "可能去，也可能去不了，看那天店里忙不忙", "哪位"])("%s → other", (text) => expect(u(text).intent).toBe("other"));
  it("arrived early is an arrival notice", () => expect(u("提前十分钟到了，不着急，你们忙完再叫我", ...DAY).intent).toBe("other"));
  it("arriving early days ahead still confirms", () => expect(u("好的，我会提前十分钟到").intent).toBe("confirm"));
});

describe("changes and lateness", () => {
  it("看看后天行不行 asks for that day", () => {
    const r = u("周三两点半恐怕不太方便，看看后天行不行呢");
    expect(r.intent).toBe("reschedule");
    expect(r.proposed).toEqual(p("2026-11-25", null, null));
  });
  it.each(["晚点到行不行，十五分钟内肯定到", "不好意思，晚了一点，还在找楼，是B座吗"])("%s → late", (text) => expect(u(text, ...DAY).intent).toBe("late"));
});

describe("withdrawals", () => {
  withdrawsFor([
    ["婉拒了哈", "unknown"],
    ["之前投的简历，现在不需要了", "unknown"],
    ["不好意思啊 我已经在另一个酒店做前台了 谢谢您", "found_job"],
  ]);
});
