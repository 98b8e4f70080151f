import { describe, expect, it } from "vitest";
import { candidateStep } from "../../../flows/index.js";
import type { FlowInput } from "../../../src/domain/flow.js";
import { Conversation, effectTypes, find, handled, makeCtx, menuIds, said } from "./helpers.js";

function started(): Conversation {
  const c = new Conversation();
  c.bind();
  return c;
}

describe("unclear replies", () => {
  it("an unclear reply gets ONE clarifying question with the menu again", () => {
    const c = started();
    const r = c.say("啊这个");
    expect(effectTypes(r)).toEqual(["event:candidate.unclear"]);
    expect(said(r)).toContain("抱歉，我没太明白您的意思。关于 11月25日（周三）14:00 的面试");
    expect(menuIds(r)).toEqual(["confirm", "reschedule", "cancel"]);
    expect(c.state).toMatchObject({ flow: "invitation", step: "awaiting_reply", slots: { unclear: 1 } });
  });

  it("a second unclear reply in a row hands off — never a loop", () => {
    const c = started();
    c.say("啊这个");
    const r = c.say("xyz");
    expect(effectTypes(r)).toEqual(["handoff", "event:conversation.handed_off", "replan_nudges"]);
    expect(said(r)).toContain("已请招聘负责人直接与您沟通");
    expect(c.state).toMatchObject({ flow: "handoff", step: "requested" });
  });

  it("a clear reply in between resets the count", () => {
    const c = started();
    c.say("啊这个");
    c.say("地址在哪");
    const r = c.say("xyz");
    expect(effectTypes(r)).toEqual(["event:candidate.unclear"]);
  });

  it("a low-confidence time proposal is asked back: 回复1确认 settles it", () => {
    const ctx = makeCtx();
    const input: FlowInput = {
      kind: "text",
      at: ctx.now,
      text: "26号上午吧可能",
      understanding: { intent: "reschedule", proposed: { date: "2026-11-26", time: null, partOfDay: "morning" }, cancelReason: null, questions: [], confidence: 0.5 },
    };
    const r = handled(candidateStep({ flow: "invitation", step: "awaiting_reply", slots: { turn: 1 } }, input, ctx));
    expect(said(r)).toContain("您是想改到 11月26日（周四）10:00 吗？回复1确认，或直接告诉我新的时间");
    expect(menuIds(r)).toEqual(["accept_proposed", "keep_original"]);
    const c = new Conversation(ctx);
    c.state = r.state;
    const ok = c.say("1");
    expect(find(ok, "transition")).toMatchObject({ to: "reschedule_requested", details: { proposedAt: "2026-11-26T02:00:00.000Z" } });
  });

  it("confidence just at the threshold is not unclear", () => {
    const ctx = makeCtx();
    const input: FlowInput = {
      kind: "text",
      at: ctx.now,
      text: "嗯",
      understanding: { intent: "confirm", proposed: null, cancelReason: null, questions: [], confidence: ctx.settings.confidenceThreshold },
    };
    const r = candidateStep({ flow: "invitation", step: "awaiting_reply", slots: {} }, input, ctx);
    expect(effectTypes(r)).toContain("transition:confirmed");
  });

  it("thanks and acknowledgements get a short friendly answer, no clarification", () => {
    const thanks = started().say("谢谢");
    expect(effectTypes(thanks)).toEqual([]);
    expect(said(thanks)).toContain("不客气");
    const ack = started().say("收到");
    expect(said(ack)).toContain("好的😊");
    expect(effectTypes(ack)).toEqual([]);
  });
});
