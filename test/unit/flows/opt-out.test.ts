import { describe, expect, it } from "vitest";
import { Conversation, effectTypes, find, said } from "./helpers.js";

function started(): Conversation {
  const c = new Conversation();
  c.bind();
  return c;
}

describe("opt-out", () => {
  it.each(["退订", "别再发了", "不要再联系我"])("%s → nudges cancelled, confirmed once, event", (reply) => {
    const c = started();
    const r = c.say(reply);
    expect(effectTypes(r)).toEqual(["cancel_nudges", "replan_nudges", "event:candidate.opted_out"]);
    expect(find(r, "cancel_nudges").reason).toBe("opted_out");
    expect(said(r)).toContain("之后不会再主动给您发送消息");
    expect(c.state.slots.optedOut).toBe(true);
  });

  it("afterwards: silent, except for a direct question", () => {
    const c = started();
    c.say("退订");
    expect(c.say("退订")).toEqual({ status: "ignored", reason: "already_opted_out" });
    expect(c.say("收到")).toEqual({ status: "ignored", reason: "opted_out" });
    expect(c.say("好的")).toEqual({ status: "ignored", reason: "opted_out" });
    const q = c.say("地址在哪");
    expect(said(q)).toContain("深圳南山区科技园XX大厦12楼");
  });
});
