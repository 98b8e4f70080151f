import { describe, expect, it } from "vitest";
import { candidateStep, initialState } from "../../../flows/index.js";
import type { RecruiterAction } from "../../../src/domain/flow.js";
import { effectTypes, find, handled, makeCtx, NOW, said } from "./helpers.js";

const act = (action: RecruiterAction, status: Parameters<typeof makeCtx>[0] = {}) => {
  const ctx = makeCtx(status);
  return candidateStep({ flow: "attending", step: "confirmed", slots: {} }, { kind: "recruiter", at: NOW, userId: "lihua", action }, ctx);
};

describe("recruiter actions on the candidate's conversation", () => {
  it("reschedule moves the interview, tells the candidate and re-plans nudges", () => {
    const to = new Date("2026-11-26T15:00:00+08:00");
    const result = handled(act({ type: "reschedule", to }));
    expect(find(result, "transition")).toMatchObject({ to: "rescheduled", changes: { scheduledAt: to }, details: { by: "recruiter:lihua" } });
    expect(effectTypes(result)).toContain("replan_nudges");
    expect(said(result)).toContain("改到 11月26日（周四）15:00");
  });

  it("cancel closes the conversation, stops nudges and tells the candidate", () => {
    const result = handled(act({ type: "cancel", reason: "岗位已满" }));
    expect(find(result, "transition")).toMatchObject({ to: "cancelled", reason: "recruiter", details: { reasonText: "岗位已满" } });
    expect(find(result, "cancel_nudges").reason).toBe("recruiter_cancelled");
    expect(result.state.flow).toBe("closed");
    expect(said(result)).toContain("面试已取消");
  });

  it("check-in, no-show and complete send the candidate nothing", () => {
    expect(said(handled(act({ type: "check_in" })))).toBe("");
    expect(find(handled(act({ type: "no_show" })), "transition").to).toBe("no_show");
    expect(find(handled(act({ type: "complete" }, { interview: { status: "checked_in" } })), "transition").to).toBe("completed");
  });

  it("explains instead of acting: closed interviews, repeats, complete before check-in, same time", () => {
    expect(act({ type: "check_in" }, { interview: { status: "cancelled" } })).toEqual({ status: "ignored", reason: "interview_closed" });
    expect(act({ type: "cancel" }, { interview: { status: "cancelled" } })).toEqual({ status: "ignored", reason: "same_status" });
    expect(act({ type: "check_in" }, { interview: { status: "checked_in" } })).toEqual({ status: "ignored", reason: "same_status" });
    expect(act({ type: "complete" })).toEqual({ status: "ignored", reason: "not_checked_in" });
    expect(act({ type: "no_show" }, { interview: { status: "checked_in" } })).toEqual({ status: "ignored", reason: "not_allowed" });
    const same = makeCtx().interview.scheduledAt;
    expect(act({ type: "reschedule", to: same })).toEqual({ status: "ignored", reason: "same_time" });
  });

  it("handoff goes to the recruiter who asked; remind restates time and place", () => {
    const h = handled(act({ type: "handoff" }));
    expect(find(h, "handoff").servicerUserId).toBe("lihua");
    expect(h.state.flow).toBe("handoff");
    const r = handled(act({ type: "remind" }));
    expect(said(r)).toContain("面试在 11月25日（周三）14:00");
    expect(find(r, "event").event).toBe("interview.reminded");
    // Unbound interviews run the same step from the initial state.
    expect(candidateStep(initialState(), { kind: "recruiter", at: NOW, userId: "lihua", action: { type: "no_show" } }, makeCtx()).status).toBe("handled");
  });
});
