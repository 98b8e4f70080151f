/**
 * Families behind the misses on the twenty-first and twenty-second writers' final sets (both
 * scored blind once on round 19: blind21 intent 98.0%, 0 critical errors, proposed 98.8%; blind22
 * intent 94.5%, 1 critical error, proposed 97.5%). Our own wordings plus near misses; the writers'
 * lines are kept in test/fixtures/nlu/.
 */
import { describe, expect, it } from "vitest";
import { u } from "./helpers.js";

describe("withdrawals", () => {
  it.each(["这次就先不麻烦你们了，祝你们工作顺利", "就这样吧，我不合适", "我去不了，时间冲突，也不能改，就这样吧", "那天跟另一家面试撞了，我选了那家，抱歉"])("%s → cancel", (text) =>
    expect(u(text).intent).toBe("cancel"));
  it("还是别麻烦你们了 before the slot still keeps it", () => expect(u("还是别麻烦你们了，周三我准时到").intent).toBe("confirm"));
  it("a withdrawal taken back at once", () => {
    const r = u("不去了…算了还是去吧，就是周三不行，能改周五吗");
    expect(r.intent).toBe("reschedule");
    expect(r.proposed?.date).toBe("2026-11-27");
  });
  it("asking whether the interview is cancelled asks", () => expect(u("今天的面试会不会因为下雨取消呀？").intent).toBe("question"));
});

describe("conflicts resolved, plans kept", () => {
  it.each([
    "本来周三要陪我妈去复查，刚跟我姐商量好了她去，所以面试我可以准时参加",
    "之前说周三可能有事，现在确定没事了，可以去",
    "我原本想问能不能改到周四，但想了想还是周三吧，就按原来的时间",
    "好的 下午两点 腾讯会议 我这边没问题",
    "收到，周三下午2点准时到，请问具体是哪栋楼？",
  ])("%s → confirm", (text) => expect(u(text).intent).toBe("confirm"));
  it("an online meeting of one's own is still a conflict", () => expect(u("周三下午两点我有个线上会议，四点之后可以吗").intent).toBe("reschedule"));
});

describe("deferrals", () => {
  it("a conflict, then 下周再说 → reschedule", () => expect(u("25号去不了 我在外地 下周再说吧").intent).toBe("reschedule"));
  it("leave to be asked, then confirmed → other", () => expect(u("我跟领导请一下假，请下来了再跟你确认").intent).toBe("other"));
  it("以后再说吧 alone still withdraws", () => expect(u("以后再说吧").intent).toBe("cancel"));
});
