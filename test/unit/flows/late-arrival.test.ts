import { describe, expect, it } from "vitest";
import { Conversation, effectTypes, find, makeCtx, said } from "./helpers.js";

/** Interview day: Wednesday 13:40, interview at 14:00. */
function interviewDay(): Conversation {
  const c = new Conversation(makeCtx({ interview: { status: "confirmed" }, now: new Date("2026-11-25T13:40:00+08:00") }));
  c.state = { flow: "attending", step: "confirmed", slots: { turn: 2 } };
  return c;
}

describe("late and arrived", () => {
  it("running late → acknowledged, candidate.late for the alerts, no state change", () => {
    const c = interviewDay();
    const r = c.say("堵车了，晚十分钟到");
    expect(effectTypes(r)).toEqual(["event:candidate.late"]);
    expect(find(r, "event").payload).toMatchObject({ text: "堵车了，晚十分钟到" });
    expect(said(r)).toContain("路上注意安全，我已告知面试官");
    expect(said(r)).toContain("【前端工程师】");
    expect(c.state).toMatchObject({ flow: "attending", step: "confirmed" });
  });

  it("arrived → acknowledged, candidate.arrived", () => {
    const c = interviewDay();
    const r = c.say("我到了");
    expect(effectTypes(r)).toEqual(["event:candidate.arrived"]);
    expect(said(r)).toContain("已通知面试官");
  });

  it("我到了 on another day is just chat", () => {
    const c = new Conversation();
    c.bind();
    const r = c.say("我到了");
    expect(effectTypes(r)).toEqual([]);
  });
});
