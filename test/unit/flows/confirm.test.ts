import { describe, expect, it } from "vitest";
import { Conversation, effectTypes, find, makeCtx, messages, said } from "./helpers.js";

describe("confirm", () => {
  it.each(["好的，准时到", "1", "可以", "👌"])("%s → confirmed, time and place restated, reminders announced", (reply) => {
    const c = new Conversation();
    c.bind();
    const r = c.say(reply);
    expect(effectTypes(r)).toEqual(["transition:confirmed", "event:candidate.confirmed", "replan_nudges"]);
    expect(said(r)).toContain("感谢确认");
    expect(said(r)).toContain("11月25日（周三）14:00");
    expect(said(r)).toContain("深圳南山区科技园XX大厦12楼");
    expect(said(r)).toContain("面试前一天和面试当天我会再提醒您");
    expect(messages(r)[0]?.key).toBe("iv1:confirm:2");
    expect(c.state).toMatchObject({ flow: "attending", step: "confirmed" });
    expect(c.ctx.interview.status).toBe("confirmed");
  });

  it("the menu tap is exact", () => {
    const c = new Conversation();
    c.bind();
    const r = c.tap("confirm");
    expect(find(r, "transition").to).toBe("confirmed");
  });

  it("a second confirmation does not transition again", () => {
    const c = new Conversation();
    c.bind();
    c.say("好的");
    const r = c.say("确认参加");
    expect(effectTypes(r)).toEqual([]);
    expect(said(r)).toContain("您已确认参加 11月25日（周三）14:00 的面试");
  });

  it("confirm with a question = confirm + answer", () => {
    const c = new Conversation();
    c.bind();
    const r = c.say("好的，要带什么材料？");
    expect(effectTypes(r)).toEqual(["transition:confirmed", "event:candidate.confirmed", "replan_nudges", "event:candidate.question"]);
    expect(said(r)).toContain("感谢确认");
    expect(said(r)).toContain("请携带：身份证、纸质简历");
    expect(messages(r).map((m) => m.key)).toEqual(["iv1:confirm:2", "iv1:answer:2"]);
    expect(c.state).toMatchObject({ flow: "attending", step: "confirmed" });
  });

  it("a retried step produces the same keys (the outbox sends once)", () => {
    const c = new Conversation(makeCtx());
    c.bind();
    const before = c.state;
    const a = c.say("好的");
    c.state = before;
    const b = c.say("好的");
    expect(messages(b).map((m) => m.key)).toEqual(messages(a).map((m) => m.key));
  });
});
