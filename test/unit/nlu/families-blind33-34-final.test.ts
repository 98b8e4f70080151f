/**
 * Families behind the misses on the thirty-third and thirty-fourth writers' final sets (both
 * scored blind once on round 25: blind33 intent 98.8%, 0 critical errors, proposed 99.8%; blind34,
 * written to be hard for rules, intent 94.0%, 2 critical errors, proposed 98.3%). Our own
 * wordings plus near misses; the writers' lines are kept in test/fixtures/nlu/.
 */
import { describe, expect, it } from "vitest";
import { at, p, u, withdrawsFor } from "./helpers.js";

const DAY = at("2026-11-25T13:40:00+08:00", "2026-11-25T14:00:00+08:00");

describe("a no-show in the past, an inability denied (the critical misses)", () => {
  it.each(["这次一定！上次放鸽子真的不好意思", "上次放了你们鸽子，这次肯定准时到", "不存在来不了的情况，放心", "放心，不存在去不了的"])("%s → confirm", (text) =>
    expect(u(text).intent).toBe("confirm"));
  it("a no-show announced now still withdraws", () => expect(u("不好意思，这次要放你们鸽子了，不去了").intent).toBe("cancel"));
});

describe("agreement in other words", () => {
  it.each([
    "定了定了",
    "这不巧了吗，那天正好请了年假，去！",
    "咩时间都得，就呢个啦",
    "I can make it. Is there parking nearby?",
    "没有不方便，这个时间挺好的",
    "上次说的那个时间确实不行，这次这个可以，我去",
    "好的好的 那我周三下午两点过去 到时候到了再联系您",
    "可以，麻烦再确认下是哪栋楼几层",
  ])("%s → confirm", (text) => expect(u(text).intent).toBe("confirm"));
  it("待会儿见 on the day", () => expect(u("待会儿见", ...DAY).intent).toBe("confirm"));
  it("这个时间挺好的吗 asks", () => expect(u("这个时间挺好的吗？").intent).not.toBe("confirm"));
});

describe("not decided yet", () => {
  it("我会考虑的 decides nothing", () => expect(u("好的，谢谢你的通知，我会考虑的").intent).toBe("other"));
  it("a voice-call mix-up is small talk", () => expect(u("喂喂 能听到吗 这个怎么是文字啊").intent).toBe("other"));
  it("only the new day is open while the slot is refused", () => expect(u("还没想好哪天，反正这个时间不行").intent).toBe("reschedule"));
  it("undecided about both stays undecided", () => expect(u("还没想好哪天，我再看看").intent).toBe("other"));
});

describe("changes and questions", () => {
  it.each(["这个时间我可能比较难安排出来，您看还有没有别的时段？", "嗯…这个时间嘛，说实话有点为难，要不您再看看？"])("%s → reschedule", (text) =>
    expect(u(text).intent).toBe("reschedule"));
  it.each([
    ["请问是可以改时间的吗", []],
    ["这个不会是外包吧", ["job"]],
    ["我能先知道一下薪资再决定去不去吗", ["salary"]],
    ["使唔使带简历啊", ["materials"]],
  ])("%s → question", (text, topics) => {
    const r = u(text);
    expect(r.intent).toBe("question");
    if (topics.length) expect(r.questions).toEqual(topics);
  });
  it("a notice period is no new slot", () =>
    expect(u("这个时间我在上班走不开，请假要提前一周申请，能不能帮我换一下时间").proposed).toBeNull());
  it.each([
    ["sorry 2pm I have a meeting, 4pm same day?", p("2026-11-25", "16:00", "afternoon")],
    ["周4下五可以吗", p("2026-11-26", null, "afternoon")],
  ])("%s", (text, proposed) => expect(u(text).proposed).toEqual(proposed));
});

describe("on the day", () => {
  it.each(["🏃‍♂️💨", "我到附近了但找不到楼，绕了两圈了😭 是哪个门？"])("%s → late", (text) => expect(u(text, ...DAY).intent).toBe("late"));
});

describe("withdrawals and reasons", () => {
  withdrawsFor([
    ["salary too low, not going, sorry", "salary"],
    ["这都第三次改时间了，我看还是别面了吧", "unknown"],
    ["HR你好，你们这岗位JD写的跟电话里聊的完全两码事啊，那就不用见了", "unknown"],
  ]);
  it("not going to be late is no withdrawal", () => expect(u("I'm not going to be late, see you at 2", ...DAY).intent).not.toBe("cancel"));
});
