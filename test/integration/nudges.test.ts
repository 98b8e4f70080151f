import { afterEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/clock.js";
import { appTo, enterWithLink, inviteCandidate, kfTo, MONDAY_10AM, newExternalUserId, say, settle, waitForKf } from "../support/candidate-harness.js";
import { bt, eventTypes, nudgeStatuses, plannedTimes } from "../support/nudge-harness.js";
import { startTestBot } from "../support/test-bot.js";

type TestBot = Awaited<ReturnType<typeof startTestBot>>;

/**
 * An interview's life on a ManualClock, through the simulator (real encrypted
 * callbacks, PGlite, Agenda on the same PGlite). The clock moves; Agenda fires.
 */
describe("timed nudges (PGlite)", () => {
  let bot: TestBot | undefined;
  afterEach(async () => {
    await bot?.stop();
    bot = undefined;
  });

  async function start(at: Date) {
    const clock = new ManualClock(at);
    bot = await startTestBot({ clock });
    return { clock, bot, sim: bot.simulator! };
  }

  async function bound(b: TestBot, name: string, scheduledAt?: Date) {
    const created = await inviteCandidate(b, name, scheduledAt ? { scheduledAt } : {});
    const ext = newExternalUserId("n");
    await enterWithLink(b.simulator!, ext, created.code);
    await b.jobs.settle();
    return { ...created, ext };
  }

  /** Moves the clock and runs whatever fell due (Agenda may get there first; each nudge runs once either way). */
  async function moveTo(b: TestBot, clock: ManualClock, at: Date) {
    clock.set(at);
    await b.jobs.runDue();
    await settle(300);
  }

  it("a confirmed interview: re-confirmation, interview-day note, arrival, thank-you with feedback — and nothing else", async () => {
    const { clock, bot: b, sim } = await start(MONDAY_10AM);
    const { interview, ext } = await bound(b, "李雷");
    expect(await plannedTimes(b, interview.id)).toMatchObject({ no_reply_followup: "2025-11-25 10:00", no_reply_alert: "2025-11-26 10:00" });

    await say(sim, ext, { menuId: "confirm", text: "确认参加" });
    await b.jobs.settle();
    expect(await plannedTimes(b, interview.id)).toEqual({
      reconfirm: "2025-11-25 14:00",
      reconfirm_unanswered: "2025-11-26 10:00",
      day_of: "2025-11-26 11:00",
      check_in_alert: "2025-11-26 14:15",
      after_interview: "2025-11-26 15:30",
    });
    expect(await nudgeStatuses(b, interview.id)).toMatchObject({ no_reply_followup: "skipped:not_for_confirmed", no_reply_alert: "skipped:not_for_confirmed" });
    // One Agenda job per planned nudge, carrying its current id.
    const jobs = await b.jobs.listJobs(interview.id);
    const planned = (await b.jobs.listNudges(interview.id)).filter((n) => n.status === "planned");
    expect(jobs.map((j) => j.data.nudgeId).sort()).toEqual(planned.map((n) => n.id).sort());
    const confirmedAt = kfTo(sim, ext).length;

    // T−24 h: Agenda fires on the clock jump alone (no runDue).
    clock.set(bt("2025-11-25T14:00:00"));
    const [reconfirm] = (await waitForKf(sim, ext, confirmedAt + 1)).slice(confirmedAt);
    expect(reconfirm!.msgtype).toBe("msgmenu");
    expect(reconfirm!.text).toContain("您还能按时参加吗");
    const [seeYou] = await say(sim, ext, { menuId: "reconfirm_yes", text: "确认参加" });
    expect(seeYou!.text).toContain("见！");

    await moveTo(b, clock, bt("2025-11-26T10:00:00"));
    await moveTo(b, clock, bt("2025-11-26T11:00:00"));
    await expect.poll(() => kfTo(sim, ext).some((r) => r.text.includes("今天 14:00"))).toBe(true);
    const dayOf = kfTo(sim, ext).find((r) => r.text.includes("今天 14:00"))!;
    expect(dayOf.text).toContain("提前10分钟");
    expect(dayOf.text).toContain("中关村大街1号");

    clock.set(bt("2025-11-26T13:50:00"));
    const [welcome] = await say(sim, ext, "我到了");
    expect(welcome!.text).toContain("欢迎");
    await moveTo(b, clock, bt("2025-11-26T14:15:00"));
    await moveTo(b, clock, bt("2025-11-26T15:30:00"));
    await expect.poll(() => kfTo(sim, ext).some((r) => r.text.includes("个工作日内"))).toBe(true);
    const [thanks] = await say(sim, ext, { menuId: "feedback:good", text: "很满意" });
    expect(thanks!.text).toContain("感谢您的反馈");
    await settle();

    expect(kfTo(sim, ext).slice(confirmedAt).map((r) => r.text.split("\n")[0])).toEqual([
      expect.stringContaining("您还能按时参加吗"),
      expect.stringContaining("见！"),
      expect.stringContaining("今天 14:00"),
      expect.stringContaining("欢迎"),
      expect.stringContaining("感谢您今天参加"),
      expect.stringContaining("感谢您的反馈"),
    ]);
    expect(await nudgeStatuses(b, interview.id)).toEqual({
      no_reply_followup: "skipped:not_for_confirmed",
      no_reply_alert: "skipped:not_for_confirmed",
      reconfirm: "sent",
      reconfirm_unanswered: "skipped:candidate_replied",
      day_of: "sent",
      check_in_alert: "skipped:checked_in",
      after_interview: "sent",
    });
    expect(await eventTypes(b, interview.id, "nudge.")).toEqual([]);
    expect(await eventTypes(b, interview.id, "candidate.feedback")).toEqual(["candidate.feedback"]);
  });

  it("quiet hours, a candidate who never wrote, and the HR alerts", async () => {
    const { clock, bot: b, sim } = await start(bt("2025-11-24T22:00:00"));
    const { interview, ext } = await bound(b, "韩梅梅", bt("2025-11-28T14:00:00"));
    // 24 h after 22:00 is inside quiet hours: the follow-up moves to 08:00; the HR alert has no quiet hours.
    expect(await plannedTimes(b, interview.id)).toMatchObject({ no_reply_followup: "2025-11-26 08:00", no_reply_alert: "2025-11-26 22:00" });
    const invited = kfTo(sim, ext).length;

    await moveTo(b, clock, bt("2025-11-25T22:00:00"));
    expect(kfTo(sim, ext)).toHaveLength(invited);
    // 08:00: the candidate never wrote, so 微信客服 cannot carry it: the recruiter hears what was missed.
    const before = appTo(sim, "recruiter_li").length;
    await moveTo(b, clock, bt("2025-11-26T08:00:00"));
    await expect.poll(() => appTo(sim, "recruiter_li").length).toBe(before + 1);
    expect(appTo(sim, "recruiter_li")[before]!.text).toContain("还没有收到您的回复");
    expect(kfTo(sim, ext)).toHaveLength(invited);
    expect((await nudgeStatuses(b, interview.id)).no_reply_followup).toBe("failed:kf_window: candidate has not written to us yet");
    expect(await eventTypes(b, interview.id, "kf.")).toEqual(["kf.window_exhausted"]);

    await moveTo(b, clock, bt("2025-11-26T22:00:00"));
    const [alert] = await b.store.listEvents({ interviewId: interview.id, types: ["nudge.no_reply"] });
    expect(alert?.payload).toMatchObject({ recruiterUserId: "recruiter_li", candidate: "韩梅梅", hours: 48 });
    expect(String(alert?.payload.text)).toContain("未回复");
    expect((await nudgeStatuses(b, interview.id)).no_reply_alert).toBe("sent:hr_alert_recorded");

    // Interview day, no check-in by 14:15: the HR alert @recruiter.
    await moveTo(b, clock, bt("2025-11-28T14:15:00"));
    const [late] = await b.store.listEvents({ interviewId: interview.id, types: ["nudge.not_checked_in"] });
    expect(String(late?.payload.text)).toContain("候选人还没签到，要不要打个电话问问？");
    expect(kfTo(sim, ext)).toHaveLength(invited);
  });

  it("the kf window: the re-confirmation is asked early, a later note that cannot go out reaches the recruiter", async () => {
    const { clock, bot: b, sim } = await start(MONDAY_10AM);
    // Friday 10:00: the window from Monday's confirmation closes Wednesday 10:00.
    const { interview, ext } = await bound(b, "王芳", bt("2025-11-28T10:00:00"));
    await say(sim, ext, { menuId: "confirm", text: "确认参加" });
    await b.jobs.settle();
    const times = await plannedTimes(b, interview.id);
    expect(times.reconfirm).toBe("2025-11-26 08:00");
    expect(times.materials).toBe("2025-11-26 10:00");
    const confirmed = kfTo(sim, ext).length;

    await moveTo(b, clock, bt("2025-11-26T08:00:00"));
    await waitForKf(sim, ext, confirmed + 1);
    // materials at Wed 10:00 is exactly when the window closes: it cannot go out.
    const before = appTo(sim, "recruiter_li").length;
    await moveTo(b, clock, bt("2025-11-26T10:00:00"));
    await moveTo(b, clock, bt("2025-11-27T08:00:00"));
    await moveTo(b, clock, bt("2025-11-28T08:00:00"));
    await expect.poll(() => appTo(sim, "recruiter_li").length).toBeGreaterThanOrEqual(before + 2);
    const statuses = await nudgeStatuses(b, interview.id);
    expect(statuses.reconfirm).toBe("sent");
    expect(statuses.materials).toBe("failed:kf_window: 48 h passed since the candidate's last message");
    expect(statuses.day_of).toBe("failed:kf_window: 48 h passed since the candidate's last message");
    expect(kfTo(sim, ext)).toHaveLength(confirmed + 1);
    const notes = appTo(sim, "recruiter_li").slice(before).map((r) => r.text);
    expect(notes.some((t) => t.includes("请携带"))).toBe(true);
    expect(notes.some((t) => t.includes("提前10分钟"))).toBe(true);
    // The unanswered re-confirmation is a risk signal for HR.
    expect(await eventTypes(b, interview.id, "nudge.")).toEqual(["nudge.reconfirm_unanswered"]);
  });
});
