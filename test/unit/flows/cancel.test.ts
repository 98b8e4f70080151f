import { describe, expect, it } from "vitest";
import { Conversation, effectTypes, find, menuIds, said } from "./helpers.js";

function started(): Conversation {
  const c = new Conversation();
  c.bind();
  return c;
}

describe("cancel", () => {
  it("a reason in the reply → cancelled at once with that reason", () => {
    const c = started();
    const r = c.say("不去了，已经找到工作了");
    expect(effectTypes(r)).toEqual(["transition:cancelled", "event:candidate.cancelled", "cancel_nudges", "replan_nudges"]);
    expect(find(r, "transition").reason).toBe("found_job");
    expect(find(r, "event").payload).toMatchObject({ reason: "found_job" });
    expect(said(r)).toContain("已为您取消本次面试");
    expect(said(r)).toContain("祝您一切顺利");
    expect(c.state).toMatchObject({ flow: "closed", step: "cancelled" });
  });

  it("no reason → asks once with a reason menu; the tapped reason is recorded", () => {
    const c = started();
    const ask = c.tap("cancel");
    expect(effectTypes(ask)).toEqual([]);
    expect(said(ask)).toContain("方便告诉我们无法参加的原因吗");
    expect(menuIds(ask)).toEqual(["reason:found_job", "reason:not_interested", "reason:time_conflict", "reason:location", "reason:salary", "reason:personal"]);
    expect(c.state).toMatchObject({ flow: "cancel", step: "awaiting_reason" });
    const r = c.tap("reason:salary");
    expect(find(r, "transition")).toMatchObject({ to: "cancelled", reason: "salary" });
  });

  it("a free-text reason (nlu calls it other) is classified; typing 3 counts as no reason", () => {
    const c = started();
    c.say("3");
    const r = c.say("个人原因，家里有事");
    expect(find(r, "transition")).toMatchObject({ to: "cancelled", reason: "personal", details: { reasonText: "个人原因，家里有事" } });
  });

  it("an unclassifiable reason is recorded as unknown — never asked twice", () => {
    const c = started();
    c.tap("cancel");
    const r = c.say("嗯嗯就这样吧");
    expect(find(r, "transition").reason).toBe("unknown");
  });

  it("time conflict → offers to reschedule instead; 改个时间 goes to the slots", () => {
    const c = started();
    c.tap("cancel");
    const offer = c.say("时间冲突");
    expect(effectTypes(offer)).toEqual([]);
    expect(said(offer)).toContain("可以为您改个时间，不必取消");
    expect(menuIds(offer)).toEqual(["reschedule_instead", "cancel_anyway"]);
    const r = c.tap("reschedule_instead");
    expect(menuIds(r)).toHaveLength(3);
    expect(c.state).toMatchObject({ flow: "reschedule", step: "awaiting_choice" });
  });

  it("time conflict → 还是取消 cancels with reason time_conflict", () => {
    const c = started();
    c.tap("cancel");
    c.tap("reason:time_conflict");
    const r = c.say("2");
    expect(find(r, "transition")).toMatchObject({ to: "cancelled", reason: "time_conflict" });
    expect(effectTypes(r)).toContain("cancel_nudges");
  });

  it("changing one's mind while asked why: 算了还是改期吧 → reschedule", () => {
    const c = started();
    c.tap("cancel");
    const r = c.say("算了还是改期吧");
    expect(menuIds(r).every((id) => id.startsWith("slot:"))).toBe(true);
    expect(effectTypes(r)).toEqual([]);
  });

  it("a mobile number in the reason is masked", () => {
    const c = started();
    c.tap("cancel");
    const r = c.say("个人原因，有事打我13812345678");
    expect(JSON.stringify(find(r, "transition").details)).toContain("138****5678");
    expect(JSON.stringify(find(r, "transition").details)).not.toContain("13812345678");
  });
});
