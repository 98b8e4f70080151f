import { describe, expect, it } from "vitest";
import { loadReminderSchedule } from "../../../config/reminders.js";
import { candidateStep } from "../../../flows/index.js";
import type { ConversationState, FlowContext, FlowInput, KfWindowInput } from "../../../src/domain/flow.js";
import { Conversation, effectTypes, find, handled, makeCtx, menuIds, messages, NOW, said, SCHEDULED, SETTINGS, text } from "./helpers.js";

const HOUR = 3_600_000;
const settings = { ...SETTINGS, reminders: loadReminderSchedule() };

function ctxAt(now: Date, over: Parameters<typeof makeCtx>[0] = {}): FlowContext {
  return makeCtx({ ...over, now, settings });
}

function timer(kind: string, now: Date, kf?: KfWindowInput, nudgeId = "n7"): FlowInput {
  return { kind: "timer", at: now, nudge: kind, nudgeId, ...(kf ? { kf } : {}) };
}

/** A bound conversation (invitation sent at NOW). */
function bound(): ConversationState {
  const c = new Conversation(makeCtx({ settings }));
  c.bind();
  return c.state;
}

const open = (wroteAt: Date, sentSince = 0): KfWindowInput => ({ lastCandidateMessageAt: wroteAt, sentSince });

describe("a nudge falls due", () => {
  it("no-reply follow-up: the invitation's three choices again", () => {
    const now = new Date(NOW.getTime() + 24 * HOUR);
    const state = { ...bound(), slots: { ...bound().slots, invitedAt: new Date(NOW.getTime() - HOUR).toISOString() } };
    // Wrote before the invitation (bound while already chatting): the window is open, no reply since.
    const r = candidateStep(state, timer("no_reply_followup", now, open(new Date(NOW.getTime() - 2 * HOUR))), ctxAt(now));
    const [menu] = messages(r);
    expect(menu).toMatchObject({ type: "menu", key: "iv1:nudge:no_reply_followup:n7" });
    expect(menuIds(r)).toEqual(["confirm", "reschedule", "cancel"]);
    expect(said(r)).toContain("还没有收到您的回复");
    expect(handled(r).state.slots.lastNudge).toEqual({ id: "n7", kind: "no_reply_followup", status: "sent", reason: null });
    // The flow keeps its place: a tap on the menu is an answer to the invitation.
    expect(handled(r).state).toMatchObject({ flow: "invitation", step: "awaiting_reply" });
  });

  it("no-reply nudges skip once the candidate wrote back or answered", () => {
    const now = new Date(NOW.getTime() + 24 * HOUR);
    const wrote = new Date(NOW.getTime() + HOUR);
    expect(candidateStep(bound(), timer("no_reply_followup", now, open(wrote)), ctxAt(now))).toEqual({ status: "ignored", reason: "candidate_replied" });
    expect(candidateStep(bound(), timer("no_reply_alert", now, open(wrote)), ctxAt(now))).toEqual({ status: "ignored", reason: "candidate_replied" });
    expect(candidateStep(bound(), timer("no_reply_followup", now), ctxAt(now, { interview: { status: "confirmed" } }))).toEqual({ status: "ignored", reason: "candidate_answered" });
  });

  it("no window (the candidate never wrote): no send, the recruiter is told what was missed", () => {
    const now = new Date(NOW.getTime() + 24 * HOUR);
    const r = candidateStep(bound(), timer("no_reply_followup", now, { lastCandidateMessageAt: null, sentSince: 0 }), ctxAt(now));
    expect(messages(r)).toEqual([]);
    const missed = find(r, "missed");
    expect(missed.reason).toBe("window");
    expect(missed.text).toContain("还没有收到您的回复");
    expect(missed.key).toBe("iv1:nudge:no_reply_followup:n7");
    expect(handled(r).state.slots.lastNudge).toMatchObject({ status: "failed", reason: "kf_window: candidate has not written to us yet" });
  });

  it("five messages used or 48 h passed: failed with the reason", () => {
    const now = new Date(SCHEDULED.getTime() - 24 * HOUR);
    const ctx = ctxAt(now, { interview: { status: "confirmed" } });
    const used = candidateStep(bound(), timer("reconfirm", now, open(new Date(now.getTime() - HOUR), 5)), ctx);
    expect(handled(used).state.slots.lastNudge).toMatchObject({ status: "failed", reason: "kf_window: 5 of 5 messages already sent since the candidate's last message" });
    const stale = candidateStep(bound(), timer("reconfirm", now, open(new Date(now.getTime() - 49 * HOUR), 0)), ctx);
    expect(handled(stale).state.slots.lastNudge).toMatchObject({ status: "failed", reason: "kf_window: 48 h passed since the candidate's last message" });
  });

  it("T−48 h: materials and process, and a request to reply (refills the window)", () => {
    const now = new Date(SCHEDULED.getTime() - 48 * HOUR);
    const r = candidateStep(bound(), timer("materials", now, open(NOW)), ctxAt(now, { interview: { status: "confirmed" } }));
    expect(said(r)).toContain("请携带：身份证、纸质简历");
    expect(said(r)).toContain("面试流程：笔试30分钟 + 两轮面试");
    expect(said(r)).toContain("收到请回复");
  });

  it("T−24 h: the re-confirmation menu; 确认参加 gets a short see-you and an event", () => {
    const now = new Date(SCHEDULED.getTime() - 24 * HOUR);
    const ctx = ctxAt(now, { interview: { status: "confirmed" } });
    const r = handled(candidateStep(bound(), timer("reconfirm", now, open(NOW)), ctx));
    expect(said(r)).toContain("您还能按时参加吗");
    expect(menuIds(r)).toEqual(["reconfirm_yes", "reschedule"]);
    expect(r.state.slots.reconfirmSentAt).toBe(now.toISOString());
    const yes = candidateStep(r.state, { kind: "menu", at: now, menuId: "reconfirm_yes", text: "确认参加" }, ctx);
    expect(said(yes)).toContain("见！");
    expect(effectTypes(yes)).toEqual(["event:candidate.confirmed"]);
    // A typed "1" picks the same item.
    const typed = candidateStep(r.state, text("1", ctx), ctx);
    expect(said(typed)).toContain("见！");
  });

  it("the re-confirmation is not asked while a new time is pending", () => {
    const now = new Date(SCHEDULED.getTime() - 24 * HOUR);
    expect(candidateStep(bound(), timer("reconfirm", now, open(NOW)), ctxAt(now, { interview: { status: "reschedule_requested" } }))).toEqual({ status: "ignored", reason: "reschedule_pending" });
  });

  it("interview day: route, arrive 10 minutes early, whom to call", () => {
    const now = new Date(SCHEDULED.getTime() - 3 * HOUR);
    const note = said(candidateStep(bound(), timer("day_of", now, open(new Date(now.getTime() - HOUR))), ctxAt(now, { interview: { status: "confirmed" } })));
    expect(note).toContain("今天 14:00");
    expect(note).toContain("https://map.qq.com/x");
    expect(note).toContain("提前10分钟");
    expect(note).toContain("联系");
  });

  it("T+15 min without a check-in: an HR alert event with the recruiter and the suggested words", () => {
    const now = new Date(SCHEDULED.getTime() + 15 * 60_000);
    const r = candidateStep(bound(), timer("check_in_alert", now, open(NOW)), ctxAt(now, { interview: { status: "confirmed" } }));
    expect(messages(r)).toEqual([]);
    const event = find(r, "event");
    expect(event.event).toBe("nudge.not_checked_in");
    expect(event.payload).toMatchObject({ recruiterUserId: "zhangwei", candidate: "张三", minutesLate: 15, nudgeId: "n7" });
    expect(String(event.payload?.text)).toContain("候选人还没签到，要不要打个电话问问？");
    expect(handled(r).state.slots.lastNudge).toMatchObject({ status: "sent", reason: "hr_alert_recorded" });
  });

  it("the check-in alert skips when the candidate checked in or said they arrived", () => {
    const now = new Date(SCHEDULED.getTime() + 15 * 60_000);
    expect(candidateStep(bound(), timer("check_in_alert", now), ctxAt(now, { interview: { status: "checked_in" } }))).toEqual({ status: "ignored", reason: "checked_in" });
    const arrived = { ...bound(), slots: { ...bound().slots, arrivedAt: new Date(SCHEDULED.getTime() - 5 * 60_000).toISOString() } };
    expect(candidateStep(arrived, timer("check_in_alert", now), ctxAt(now, { interview: { status: "confirmed" } }))).toEqual({ status: "ignored", reason: "checked_in" });
  });

  it("an unanswered re-confirmation is a risk signal; an answered one is not", () => {
    const askedAt = new Date(SCHEDULED.getTime() - 24 * HOUR);
    const now = new Date(SCHEDULED.getTime() - 4 * HOUR);
    const asked = { ...bound(), slots: { ...bound().slots, reconfirmSentAt: askedAt.toISOString() } };
    const ctx = ctxAt(now, { interview: { status: "confirmed" } });
    const r = candidateStep(asked, timer("reconfirm_unanswered", now, open(NOW)), ctx);
    expect(find(r, "event").event).toBe("nudge.reconfirm_unanswered");
    expect(candidateStep(asked, timer("reconfirm_unanswered", now, open(new Date(askedAt.getTime() + HOUR))), ctx)).toEqual({ status: "ignored", reason: "candidate_replied" });
    expect(candidateStep(bound(), timer("reconfirm_unanswered", now, open(NOW)), ctx)).toEqual({ status: "ignored", reason: "reconfirm_not_sent" });
  });

  it("after the interview: thank-you, when to expect a result, one feedback question — only if they came", () => {
    const now = new Date(SCHEDULED.getTime() + 90 * 60_000);
    expect(candidateStep(bound(), timer("after_interview", now, open(NOW)), ctxAt(now, { interview: { status: "confirmed" } }))).toEqual({ status: "ignored", reason: "not_attended" });
    const ctx = ctxAt(now, { interview: { status: "completed" } });
    const r = handled(candidateStep(bound(), timer("after_interview", now, open(now)), ctx));
    expect(said(r)).toContain("3个工作日内");
    expect(menuIds(r)).toEqual(["feedback:good", "feedback:ok", "feedback:bad"]);
    // The interview is closed, yet the rating is recorded once.
    const rated = candidateStep(r.state, { kind: "menu", at: now, menuId: "feedback:good", text: "很满意" }, ctx);
    expect(effectTypes(rated)).toEqual(["event:candidate.feedback"]);
    expect(find(rated, "event").payload).toMatchObject({ rating: "good" });
    expect(candidateStep(handled(rated).state, { kind: "menu", at: now, menuId: "feedback:bad", text: "不太满意" }, ctx)).toEqual({ status: "ignored", reason: "feedback_already_given" });
  });

  it("skips what no longer applies: cancelled, opted out, with a human", () => {
    const now = new Date(SCHEDULED.getTime() - 24 * HOUR);
    expect(candidateStep(bound(), timer("reconfirm", now), ctxAt(now, { interview: { status: "cancelled" } }))).toEqual({ status: "ignored", reason: "interview_cancelled" });
    const optedOut = { ...bound(), slots: { ...bound().slots, optedOut: true } };
    expect(candidateStep(optedOut, timer("reconfirm", now), ctxAt(now, { interview: { status: "confirmed" } }))).toEqual({ status: "ignored", reason: "opted_out" });
    const human = { flow: "handoff", step: "human", slots: bound().slots };
    expect(candidateStep(human, timer("day_of", now), ctxAt(now, { interview: { status: "confirmed" } }))).toEqual({ status: "ignored", reason: "handed_off" });
    // HR still hears about a no-show of a candidate a human is talking to.
    const alert = candidateStep(human, timer("check_in_alert", new Date(SCHEDULED.getTime() + 15 * 60_000)), ctxAt(now, { interview: { status: "confirmed" } }));
    expect(find(alert, "event").event).toBe("nudge.not_checked_in");
    expect(candidateStep(bound(), timer("bogus", now), ctxAt(now))).toEqual({ status: "ignored", reason: "unknown_nudge_kind" });
  });
});
