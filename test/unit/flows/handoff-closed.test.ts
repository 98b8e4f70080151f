import { describe, expect, it } from "vitest";
import { candidateStep } from "../../../flows/index.js";
import type { ConversationState, FlowInput } from "../../../src/domain/flow.js";
import { Conversation, handled, makeCtx, messages, said, text } from "./helpers.js";

const session = (state: 0 | 1 | 2 | 3 | 4): FlowInput => ({ kind: "session", at: new Date(), state });

describe("handoff", () => {
  it("a human taking the session (3) silences the flow; returning it (1) resumes where it was", () => {
    const c = new Conversation();
    c.bind();
    const took = handled(c.step(session(3)));
    // Candidate-facing nudges stop while a human serves (re-planned when the session returns).
    expect(took.effects).toEqual([{ type: "replan_nudges" }]);
    expect(c.state).toMatchObject({ flow: "handoff", step: "human", slots: { resume: { flow: "invitation", step: "awaiting_reply" } } });
    expect(c.say("好的")).toEqual({ status: "ignored", reason: "human_has_session" });
    expect(c.tap("confirm")).toEqual({ status: "ignored", reason: "human_has_session" });
    c.step(session(1));
    expect(c.state.flow).toBe("invitation");
    expect(c.state.step).toBe("awaiting_reply");
    expect(c.state.slots.resume).toBeUndefined();
    expect(c.say("好的").status).toBe("handled");
  });

  it("our own handoff resumes on 0 as well", () => {
    const c = new Conversation();
    c.bind();
    c.say("啊这个");
    c.say("xyz");
    expect(c.state.flow).toBe("handoff");
    c.step(session(0));
    expect(c.state).toMatchObject({ flow: "invitation", step: "awaiting_reply", slots: { unclear: 0 } });
  });

  it("session changes without a handoff are ignored", () => {
    const c = new Conversation();
    c.bind();
    expect(c.step(session(1))).toEqual({ status: "ignored", reason: "not_handed_off" });
  });

  it("timers are not this flow's business", () => {
    const c = new Conversation();
    expect(c.step({ kind: "timer", at: new Date(), nudge: "reminder", nudgeId: "n1" }).status).toBe("ignored");
  });
});

describe("interview already over", () => {
  it.each([
    ["cancelled", "本次面试已取消。如需重新安排，请联系招聘团队"],
    ["completed", "本次面试已结束"],
    ["no_show", "本次面试已错过"],
  ] as const)("%s → a sensible answer, no state change", (status, expected) => {
    const ctx = makeCtx({ interview: { status } });
    const state: ConversationState = { flow: "closed", step: status, slots: { turn: 3 } };
    const r = handled(candidateStep(state, text("好的，我会准时到", ctx), ctx));
    expect(said(r)).toContain(expected);
    expect(r.effects.filter((e) => e.type !== "send")).toEqual([]);
    expect(r.state).toBe(state);
    expect(messages(r)[0]?.key).toBe(`iv1:closed:${ctx.now.getTime()}`);
  });
});
