import { describe, expect, it } from "vitest";
import { candidateStep } from "../../../flows/index.js";
import type { FlowInput } from "../../../src/domain/flow.js";
import { Conversation, effectTypes, find, handled, makeCtx, menuIds, messages, said } from "./helpers.js";

const THU_15 = "2026-11-26T07:00:00.000Z"; // 11月26日（周四）15:00 in Shanghai
const TUE_14 = "2026-11-24T06:00:00.000Z";
const THU_14 = "2026-11-26T06:00:00.000Z";
const FRI_14 = "2026-11-27T06:00:00.000Z";

function started(): Conversation {
  const c = new Conversation();
  c.bind();
  return c;
}

function recruiter(c: Conversation, action: Extract<FlowInput, { kind: "recruiter" }>["action"]) {
  return c.step((ctx) => ({ kind: "recruiter", at: ctx.now, userId: "zhangwei", action }));
}

describe("reschedule: candidate side", () => {
  it("a named allowed time is read back for confirmation", () => {
    const c = started();
    const r = c.say("能改到周四下午三点吗");
    expect(effectTypes(r)).toEqual([]);
    expect(said(r)).toContain("您希望把面试改到 11月26日（周四）15:00");
    expect(menuIds(r)).toEqual(["accept_proposed", "other_time"]);
    expect(said(r)).toContain("确认改到11月26日（周四）15:00");
    expect(c.state).toMatchObject({ flow: "reschedule", step: "awaiting_confirm_time", slots: { proposedAt: THU_15 } });
  });

  it("confirming the read-back asks the recruiter and tells the candidate", () => {
    const c = started();
    c.say("能改到周四下午三点吗");
    const r = c.tap("accept_proposed");
    expect(effectTypes(r)).toEqual(["transition:reschedule_requested", "event:candidate.reschedule_requested", "ask_recruiter"]);
    expect(find(r, "transition").details).toEqual({ proposedAt: THU_15, from: "2026-11-25T06:00:00.000Z" });
    const card = find(r, "ask_recruiter").card;
    expect(card.key).toBe("iv1:reschedule_card:3");
    expect(card.title).toBe("改期申请：张三（前端工程师）");
    expect(card.description).toContain("原时间：11月25日（周三）14:00");
    expect(card.description).toContain("申请改到：11月26日（周四）15:00");
    expect(card.buttons.map((b) => b.key)).toEqual(["approve_reschedule", "decline_reschedule"]);
    expect(said(r)).toContain("已转给招聘负责人确认");
    expect(c.state).toMatchObject({ flow: "reschedule", step: "awaiting_recruiter", slots: { proposedAt: THU_15 } });
    expect(c.ctx.interview.status).toBe("reschedule_requested");
  });

  it("typing 1 or 好的 to the read-back settles it too", () => {
    for (const reply of ["1", "好的"]) {
      const c = started();
      c.say("能改到周四下午三点吗");
      expect(effectTypes(c.say(reply))).toContain("ask_recruiter");
    }
  });

  it("without a time → three concrete allowed slots as a menu", () => {
    const c = started();
    const r = c.say("那天有事，能换个时间吗");
    expect(menuIds(r)).toEqual([`slot:${TUE_14}`, `slot:${THU_14}`, `slot:${FRI_14}`]);
    expect(said(r)).toContain("11月24日（周二）14:00\n11月26日（周四）14:00\n11月27日（周五）14:00");
    expect(c.state).toMatchObject({ flow: "reschedule", step: "awaiting_choice", slots: { offered: [TUE_14, THU_14, FRI_14] } });
  });

  it("the menu tap 申请改期 offers slots; picking one by typing 2 requests it", () => {
    const c = started();
    c.tap("reschedule");
    const r = c.say("2");
    expect(find(r, "transition").details).toMatchObject({ proposedAt: THU_14 });
    expect(said(r)).toContain("11月26日（周四）14:00");
  });

  it.each([
    ["周六上午可以吗", "是周六，面试只安排在工作日"],
    ["改到晚上8点", "不在面试时段（09:00–18:00）内"],
    ["今天下午4点可以吗", "太近了，改期需要至少提前24小时安排"],
  ])("%s → says why and offers three slots", (reply, why) => {
    const c = started();
    const r = c.say(reply);
    expect(said(r)).toContain(why);
    expect(menuIds(r)).toHaveLength(3);
    expect(menuIds(r).every((id) => id.startsWith("slot:"))).toBe(true);
    expect(effectTypes(r)).toEqual([]);
    expect(c.state.step).toBe("awaiting_choice");
  });

  it("a time with no day means the scheduled day; a date alone keeps the clock time", () => {
    const a = started().say("能改到上午吗");
    expect(said(a)).toContain("11月25日（周三）10:00");
    const b = started().say("能改到26号吗");
    expect(said(b)).toContain("11月26日（周四）14:00");
  });

  it("换个时间 during the read-back offers slots", () => {
    const c = started();
    c.say("能改到周四下午三点吗");
    const r = c.tap("other_time");
    expect(menuIds(r)).toHaveLength(3);
    expect(c.state.step).toBe("awaiting_choice");
  });

  it("好的 while choosing among slots is ambiguous → one clarifying question, 原时间可以 confirms", () => {
    const c = started();
    c.say("那天有事，能换个时间吗");
    const r = c.say("好的");
    expect(effectTypes(r)).toEqual(["event:candidate.unclear"]);
    const keep = c.say("不用改了，原时间可以");
    expect(find(keep, "transition").to).toBe("confirmed");
  });
});

describe("reschedule: recruiter decision", () => {
  function requested(): Conversation {
    const c = started();
    c.say("能改到周四下午三点吗");
    c.tap("accept_proposed");
    return c;
  }

  it("approve → rescheduled with the new time, candidate told, nudges replanned", () => {
    const c = requested();
    const r = recruiter(c, { type: "approve_reschedule" });
    expect(effectTypes(r)).toEqual(["transition:rescheduled", "event:interview.rescheduled", "replan_nudges"]);
    expect(find(r, "transition").changes).toEqual({ scheduledAt: new Date(THU_15) });
    expect(said(r)).toContain("面试已改到 11月26日（周四）15:00");
    expect(messages(r)[0]?.key).toBe("iv1:rescheduled:4");
    expect(c.state).toMatchObject({ flow: "attending", step: "rescheduled" });
    expect(c.ctx.interview.rescheduleCount).toBe(1);
  });

  it("decline with a suggestion → the candidate can take it without a second approval", () => {
    const c = requested();
    const suggestedAt = new Date("2026-11-27T02:00:00.000Z"); // 周五 10:00
    const r = recruiter(c, { type: "decline_reschedule", suggestedAt });
    expect(effectTypes(r)).toEqual(["event:interview.reschedule_declined"]);
    expect(said(r)).toContain("暂时无法安排在 11月26日（周四）15:00");
    expect(said(r)).toContain("建议改到 11月27日（周五）10:00");
    expect(menuIds(r)).toEqual(["accept_suggested", "keep_original", "other_time"]);
    const ok = c.say("1");
    expect(effectTypes(ok)).toEqual(["transition:rescheduled", "event:interview.rescheduled", "replan_nudges"]);
    expect(find(ok, "transition").changes).toEqual({ scheduledAt: suggestedAt });
  });

  it("decline without a suggestion → back to the old time; keeping it confirms", () => {
    const c = requested();
    const r = recruiter(c, { type: "decline_reschedule" });
    expect(said(r)).toContain("原定时间 11月25日（周三）14:00 仍为您保留");
    expect(menuIds(r)).toEqual(["keep_original", "other_time", "cancel"]);
    const keep = c.tap("keep_original");
    expect(effectTypes(keep)).toEqual(["transition:confirmed", "event:candidate.confirmed", "replan_nudges"]);
  });

  it("while waiting for the recruiter, small talk is answered with the status", () => {
    const c = requested();
    const r = c.say("收到");
    expect(said(r)).toContain("招聘负责人确认后我会第一时间通知您");
    expect(effectTypes(r)).toEqual([]);
    expect(c.state.step).toBe("awaiting_recruiter");
  });

  it("a decision with nothing pending is ignored", () => {
    const c = started();
    expect(recruiter(c, { type: "approve_reschedule" })).toEqual({ status: "ignored", reason: "no_pending_reschedule" });
  });
});

describe("reschedule cap", () => {
  it("at settings.maxReschedules the recruiter takes over", () => {
    const ctx = makeCtx({ interview: { status: "rescheduled", rescheduleCount: 2 } });
    const r = handled(candidateStep({ flow: "attending", step: "rescheduled", slots: {} }, { kind: "menu", at: ctx.now, menuId: "reschedule", text: "申请改期" }, ctx));
    expect(effectTypes(r)).toEqual(["handoff", "event:conversation.handed_off", "replan_nudges"]);
    expect(find(r, "handoff").servicerUserId).toBe("zhangwei");
    expect(said(r)).toContain("已请招聘负责人直接与您沟通");
    expect(r.state).toMatchObject({ flow: "handoff", step: "requested", slots: { resume: { flow: "attending", step: "rescheduled" } } });
  });

  it("declined requests count too, so ask/decline cannot loop", () => {
    const c = started();
    c.ctx = { ...c.ctx, settings: { ...c.ctx.settings, maxReschedules: 1 } };
    c.say("能改到周四下午三点吗");
    c.tap("accept_proposed");
    recruiter(c, { type: "decline_reschedule" });
    const r = c.tap("other_time");
    expect(effectTypes(r)).toContain("handoff");
  });
});
