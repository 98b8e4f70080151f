/**
 * Families behind the misses on the tenth writer's final set (scored blind once on round 12:
 * intent 97.8%, 2 critical errors, proposed 100%, cancelReason 90.6%, topic F1 0.946). Our own
 * wordings plus near misses; the writer's lines are kept in test/fixtures/nlu/blind10-final.jsonl.
 */
import { describe, expect, it } from "vitest";
import { at, u } from "./helpers.js";
const ON_THE_DAY = at("2026-12-03T15:05:00+08:00", "2026-12-03T15:30:00+08:00");

describe("a change asked for, then dropped, keeps the slot (both critical misses)", () => {
  it.each([
    "之前说可能来不了，现在没问题了，按原计划来",
    "刚才说去不了，现在可以了，照常",
    "可以改期吗？算了不用了，原来的时间我能去",
    "想改时间来着，算了，按原计划吧",
  ])("%s → confirm", (text) => expect(u(text).intent).toBe("confirm"));
  it.each(["算了，不用了", "算了，不去了"])("算了 with nothing kept still withdraws: %s", (text) => expect(u(text).intent).toBe("cancel"));
  it("之前说能来，现在去不了了 still cancels", () => expect(u("之前说能来，现在去不了了，抱歉").intent).toBe("cancel"));
});

describe("withdrawals said as a state or a process", () => {
  it.each([
    ["身体原因，最近没办法面试了", "personal"],
    ["想了想，还是觉得不太适合我", "not_interested"],
    ["我这边暂时先不推进了，谢谢", null],
    ["改期不用了，我已经定下别的工作了", "found_job"],
    ["公司派我去外地出差两个月，只能放弃了", "time_conflict"],
    ["那段时间我人在国外，回不来，放弃吧", "time_conflict"],
  ])("%s → cancel (%s)", (text, reason) => {
    const r = u(text);
    expect(r.intent).toBe("cancel");
    if (reason) expect(r.cancelReason).toBe(reason);
  });
  it("那个时间不太适合我 asks for another time", () => expect(u("周三那个时间不太适合我，能换一天吗").intent).toBe("reschedule"));
});

describe("a solved conflict and admitted lateness", () => {
  it("本来要加班，跟领导说好了，可以来 → confirm", () => expect(u("本来周三要加班，跟领导说好了，可以来").intent).toBe("confirm"));
  it("我会晚到，不过肯定会到 → late", () => expect(u("我会晚到一点，不过肯定会到", ...ON_THE_DAY).intent).toBe("late"));
  it("肯定准时到 → confirm", () => expect(u("放心，肯定准时到", ...ON_THE_DAY).intent).toBe("confirm"));
});

describe("questions", () => {
  it("时间能调吗？还是说只能这个时间 → question (other)", () => {
    const r = u("时间能调吗？还是说只能这个时间");
    expect(r.intent).toBe("question");
    expect(r.questions).toEqual(["other"]);
  });
  it.each([
    ["base在哪个城市", ["location"]],
    ["base多少", ["salary"]],
    ["要准备PPT做项目介绍吗", ["materials"]],
  ])("%s → %j", (text, topics) => expect(u(text).questions).toEqual(topics));
  it("asking them to see someone else first is other", () => expect(u("堵车晚十分钟，可以先面别人吗", ...ON_THE_DAY).questions).toEqual(["other"]));
  it("几个月 after 之后 asks nothing", () => expect(u("之后几个月都在外地项目上，就不面了").questions).toEqual([]));
  it("又是骗子吧 → other, said confidently", () => {
    const r = u("又是骗子吧");
    expect(r.intent).toBe("other");
    expect(r.confidence).toBeGreaterThan(0.8);
  });
});
