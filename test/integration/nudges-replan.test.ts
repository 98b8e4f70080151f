import { afterEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/clock.js";
import { appTo, enterWithLink, inviteCandidate, kfTo, MONDAY_10AM, newExternalUserId, say, settle } from "../support/candidate-harness.js";
import { bt, eventTypes, nudgeStatuses, plannedTimes } from "../support/nudge-harness.js";
import { startTestBot } from "../support/test-bot.js";

type TestBot = Awaited<ReturnType<typeof startTestBot>>;

/** Re-planning: every change to the interview or the conversation moves or removes its nudges and their jobs. */
describe("re-planning nudges (PGlite)", () => {
  let bot: TestBot | undefined;
  afterEach(async () => {
    await bot?.stop();
    bot = undefined;
  });

  async function confirmed(name: string) {
    const clock = new ManualClock(MONDAY_10AM);
    bot = await startTestBot({ clock });
    const b = bot;
    const sim = b.simulator!;
    const created = await inviteCandidate(b, name);
    const ext = newExternalUserId("r");
    await enterWithLink(sim, ext, created.code);
    await say(sim, ext, { menuId: "confirm", text: "确认参加" });
    await b.jobs.settle();
    return { clock, b, sim, ext, interview: created.interview };
  }

  /** Jobs and planned rows agree: one job per planned nudge, at its time, nothing else. */
  async function jobsMatchPlan(b: TestBot, interviewId: string): Promise<void> {
    await b.jobs.settle();
    const planned = (await b.jobs.listNudges(interviewId)).filter((n) => n.status === "planned");
    const jobs = await b.jobs.listJobs(interviewId);
    expect(jobs.map((j) => `${j.data.kind}@${j.data.dueAt}#${j.data.nudgeId}`).sort()).toEqual(planned.map((n) => `${n.kind}@${n.dueAt.toISOString()}#${n.id}`).sort());
  }

  async function runAt(b: TestBot, clock: ManualClock, at: Date) {
    clock.set(at);
    await b.jobs.runDue();
    await settle(300);
  }

  it("reschedule: the old reminders are gone, new ones planned for the new time", async () => {
    const { clock, b, sim, ext, interview } = await confirmed("张伟");
    const before = await b.jobs.listNudges(interview.id);
    expect((await plannedTimes(b, interview.id)).reconfirm).toBe("2025-11-25 14:00");

    let replies = await say(sim, ext, "能改到周四下午3点吗");
    if (replies.some((r) => r.text.includes("请确认"))) replies = await say(sim, ext, { menuId: "accept_proposed", text: "确认" });
    await expect.poll(() => appTo(sim, "recruiter_li").some((r) => r.msgtype === "template_card")).toBe(true);
    const card = appTo(sim, "recruiter_li").find((r) => r.msgtype === "template_card")!;
    const taskId = (card.payload["template_card"] as { task_id: string }).task_id;
    const approvedAt = kfTo(sim, ext).length;
    await sim.recruiterClicks("recruiter_li", { taskId, eventKey: "approve_reschedule" });
    await expect.poll(() => kfTo(sim, ext).length, { timeout: 10_000 }).toBeGreaterThan(approvedAt);
    await expect.poll(async () => (await b.store.getInterview(interview.id))?.status).toBe("rescheduled");
    await b.jobs.settle();

    expect(await plannedTimes(b, interview.id)).toMatchObject({
      materials: "2025-11-25 15:00",
      // T−24 h (Wed 15:00) falls after the kf window closes (Wed 10:00): asked early instead.
      reconfirm: "2025-11-26 08:00",
      day_of: "2025-11-27 12:00",
      check_in_alert: "2025-11-27 15:15",
      after_interview: "2025-11-27 16:30",
    });
    const reconfirmBefore = before.find((n) => n.kind === "reconfirm")!;
    const reconfirmAfter = (await b.jobs.listNudges(interview.id)).find((n) => n.kind === "reconfirm")!;
    expect(reconfirmAfter.id).not.toBe(reconfirmBefore.id);
    await jobsMatchPlan(b, interview.id);

    // The old re-confirmation time passes: nothing; then the new plan, about Thursday.
    const sent = kfTo(sim, ext).length;
    await runAt(b, clock, bt("2025-11-25T14:00:00"));
    expect(kfTo(sim, ext)).toHaveLength(sent);
    await runAt(b, clock, bt("2025-11-25T15:00:00"));
    await expect.poll(() => kfTo(sim, ext).length).toBe(sent + 1);
    expect(kfTo(sim, ext)[sent]!.text).toContain("11月27日（周四）15:00");
    expect(kfTo(sim, ext)[sent]!.text).toContain("请携带");
    await runAt(b, clock, bt("2025-11-26T08:00:00"));
    await expect.poll(() => kfTo(sim, ext).length).toBe(sent + 2);
    expect(kfTo(sim, ext)[sent + 1]!.text).toContain("11月27日（周四）15:00");
    expect(kfTo(sim, ext)[sent + 1]!.text).toContain("您还能按时参加吗");
  });

  it("cancel: every plan is skipped, its jobs removed, and nothing fires afterwards", async () => {
    const { clock, b, sim, ext, interview } = await confirmed("赵敏");
    const [done] = await say(sim, ext, "不去了，已经找到工作了");
    expect(done!.text).toContain("已为您取消");
    await b.jobs.settle();
    const statuses = await nudgeStatuses(b, interview.id);
    for (const kind of ["reconfirm", "reconfirm_unanswered", "day_of", "check_in_alert", "after_interview"]) expect(statuses[kind]).toBe("skipped:candidate_cancelled");
    expect(await b.jobs.listJobs(interview.id)).toEqual([]);

    const sent = kfTo(sim, ext).length;
    for (const at of ["2025-11-25T14:00:00", "2025-11-26T11:00:00", "2025-11-26T14:15:00", "2025-11-26T18:00:00"]) await runAt(b, clock, bt(at));
    expect(kfTo(sim, ext)).toHaveLength(sent);
    expect(await eventTypes(b, interview.id, "nudge.")).toEqual([]);
  });

  it("opt-out: nothing more reaches the candidate; HR still hears of a no-show", async () => {
    const { clock, b, sim, ext, interview } = await confirmed("周芷若");
    const [done] = await say(sim, ext, "不要再给我发消息了");
    expect(done!.text).toContain("不会再主动");
    await b.jobs.settle();
    const statuses = await nudgeStatuses(b, interview.id);
    for (const kind of ["reconfirm", "day_of", "after_interview"]) expect(statuses[kind]).toBe("skipped:opted_out");
    expect(statuses.check_in_alert).toBe("planned");
    await jobsMatchPlan(b, interview.id);

    const sent = kfTo(sim, ext).length;
    for (const at of ["2025-11-25T14:00:00", "2025-11-26T11:00:00", "2025-11-26T14:15:00", "2025-11-26T18:00:00"]) await runAt(b, clock, bt(at));
    expect(kfTo(sim, ext)).toHaveLength(sent);
    expect(await eventTypes(b, interview.id, "nudge.")).toEqual(["nudge.not_checked_in"]);
  });

  it("handoff: candidate-facing nudges stop while a human has the conversation", async () => {
    const { clock, b, sim, ext, interview } = await confirmed("殷离");
    await say(sim, ext, "asdfgh");
    const [handed] = await say(sim, ext, "qwerty");
    expect(handed!.text).toContain("招聘负责人");
    await expect.poll(() => sim.kfSession(ext)?.state).toBe(3);
    await b.jobs.settle();
    const statuses = await nudgeStatuses(b, interview.id);
    for (const kind of ["reconfirm", "day_of", "after_interview"]) expect(statuses[kind]).toBe("skipped:handed_off");
    expect(statuses.check_in_alert).toBe("planned");
    await jobsMatchPlan(b, interview.id);

    const sent = kfTo(sim, ext).length;
    for (const at of ["2025-11-25T14:00:00", "2025-11-26T11:00:00", "2025-11-26T14:15:00"]) await runAt(b, clock, bt(at));
    expect(kfTo(sim, ext)).toHaveLength(sent);
    expect(await eventTypes(b, interview.id, "nudge.")).toEqual(["nudge.not_checked_in"]);
  });

  it("a daily job at a business-time clock time follows the app clock, once per day", async () => {
    const clock = new ManualClock(bt("2025-11-24T08:00:00"));
    bot = await startTestBot({ clock });
    const b = bot;
    const runs: string[] = [];
    await b.jobs.daily("test-digest", "09:00", async (at) => void runs.push(at.toISOString()));
    expect(await b.jobs.nextDueAt()).toEqual(bt("2025-11-24T09:00:00"));
    clock.set(bt("2025-11-24T09:00:00"));
    // Agenda alone (the clock jump re-maps the job onto now).
    await expect.poll(() => runs.length, { timeout: 10_000 }).toBe(1);
    await runAt(b, clock, bt("2025-11-24T12:00:00"));
    await runAt(b, clock, bt("2025-11-25T09:30:00"));
    await settle(500);
    expect(runs).toEqual([bt("2025-11-24T09:00:00").toISOString(), bt("2025-11-25T09:00:00").toISOString()]);
    // Past the bot's own daily jobs of the day too (HR digest 09:00, high-risk check 10:00): next is tomorrow 09:00.
    await runAt(b, clock, bt("2025-11-25T10:30:00"));
    expect(runs).toHaveLength(2);
    expect(await b.jobs.nextDueAt()).toEqual(bt("2025-11-26T09:00:00"));
  });
});
