import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/clock.js";
import { enterWithLink, inviteCandidate, kfTo, MONDAY_10AM, newExternalUserId, say, settle } from "../support/candidate-harness.js";
import { appMessagesTo, ask, cardOf, clickAgain, markdownOf, RECRUITER_ENV } from "../support/recruiter-harness.js";
import { startTestBot } from "../support/test-bot.js";

type TestBot = Awaited<ReturnType<typeof startTestBot>>;


describe("recruiter commands that change interviews, and card buttons", () => {
  const clock = new ManualClock(MONDAY_10AM);
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ clock, env: { ...RECRUITER_ENV } });
  });
  afterAll(async () => bot?.stop());
  // WeCom lets one app send a member 30 messages a minute: give every test a fresh minute
  // (and its own recruiter, since our own limiter counts in real time).
  beforeEach(() => {
    clock.advance(61_000);
  });
  /** An hour from now: still today on the test clock, so check-in / no-show buttons apply. */
  const laterToday = () => new Date(clock.now().getTime() + 3600_000);
  const sim = () => bot.simulator!;
  const statusOf = async (id: string) => (await bot.store.getInterview(id))?.status;

  async function bound(name: string, overrides: Parameters<typeof inviteCandidate>[2] = {}) {
    const created = await inviteCandidate(bot, name, overrides);
    const ext = newExternalUserId("act");
    await enterWithLink(sim(), ext, created.code);
    // WeCom opens the 48 h window only when the candidate writes; entering alone is not enough.
    await say(sim(), ext, "收到");
    return { ...created, id: created.interview.id, ext };
  }

  it("/reschedule moves a bound interview, tells the candidate and re-plans; a bad time changes nothing", async () => {
    const { id, ext } = await bound("改期甲", { recruiterUserId: "recruiter_li" });
    const bad = markdownOf(await ask(sim(), "recruiter_li", `/reschedule ${id} 周四`));
    expect(bad).toContain("没有写几点");
    expect(await statusOf(id)).toBe("invited");

    const before = kfTo(sim(), ext).length;
    const answer = markdownOf(await ask(sim(), "recruiter_li", `/改期 ${id} 周四下午3点`));
    expect(answer).toContain(`已把面试 #${id}（改期甲）改到`);
    await expect.poll(() => kfTo(sim(), ext).length, { timeout: 10_000 }).toBeGreaterThan(before);
    expect(kfTo(sim(), ext).at(-1)!.text).toContain("您的面试时间有调整：改到 11月27日（周四）15:00");
    const moved = await bot.store.getInterview(id);
    expect(moved?.status).toBe("rescheduled");
    expect(moved?.scheduledAt.toISOString()).toBe("2025-11-27T07:00:00.000Z");
    const [transition] = await bot.store.listTransitions({ interviewId: id, to: ["rescheduled"] });
    expect(transition!.actor).toBe("recruiter:recruiter_li");
    expect(await bot.store.listEvents({ interviewId: id, types: ["interview.rescheduled"] })).toHaveLength(1);
    // Re-planned around the new time: the interview-day note is due on Thursday, none is left for the old Wednesday.
    const planned = (await bot.store.listNudges(id)).filter((n) => n.status === "planned");
    expect(planned.map((n) => n.kind)).toContain("day_of");
    expect(planned.find((n) => n.kind === "day_of")!.dueAt.toISOString().slice(0, 10)).toBe("2025-11-27");
    // The same time again: nothing to do.
    expect(markdownOf(await ask(sim(), "recruiter_li", `/reschedule ${id} 11月27日 15:00`))).toContain("本来就在");
  });

  it("/cancel tells the candidate and stops the nudges; later commands on it get an explanation", async () => {
    const { id, ext } = await bound("取消乙");
    await bot.store.planNudge({ interviewId: id, kind: "day_before", dueAt: new Date("2025-11-25T06:00:00Z") });
    const before = kfTo(sim(), ext).length;
    expect(markdownOf(await ask(sim(), "recruiter_wang", `/取消 ${id} 岗位已招满`))).toContain(`已取消面试 #${id}`);
    await expect.poll(() => kfTo(sim(), ext).length, { timeout: 10_000 }).toBeGreaterThan(before);
    expect(kfTo(sim(), ext).at(-1)!.text).toContain("面试已取消");
    const cancelled = await bot.store.getInterview(id);
    expect(cancelled?.status).toBe("cancelled");
    expect(cancelled?.cancelReason).toBe("recruiter");
    expect((await bot.store.listNudges(id))[0]!.status).toBe("skipped");

    expect(markdownOf(await ask(sim(), "recruiter_wang", `/checkin ${id}`))).toContain("已是「已取消」，不能再签到");
    expect(markdownOf(await ask(sim(), "recruiter_wang", `/reschedule ${id} 周五上午10点`))).toContain("不能再改期");
    expect(markdownOf(await ask(sim(), "recruiter_wang", `/remind ${id}`))).toContain("不能再提醒候选人");
    expect(markdownOf(await ask(sim(), "recruiter_wang", `/cancel ${id}`))).toContain("已经是「已取消」了");
    expect(await bot.store.listTransitions({ interviewId: id })).toHaveLength(2);
  });

  it("interviews not bound to a conversation are still changeable: /checkin, /done, /noshow, /cancel", async () => {
    const a = await inviteCandidate(bot, "未绑丙");
    const b = await inviteCandidate(bot, "未绑丁");
    const c = await inviteCandidate(bot, "未绑戊");
    expect(markdownOf(await ask(sim(), "recruiter_zhao", `/done ${a.interview.id}`))).toContain("还没有签到");
    expect(markdownOf(await ask(sim(), "recruiter_zhao", `/签到 ${a.interview.id}`))).toContain("签到");
    expect(await statusOf(a.interview.id)).toBe("checked_in");
    expect(markdownOf(await ask(sim(), "recruiter_zhao", `/checkin ${a.interview.id}`))).toContain("已经是「已签到」了");
    expect(markdownOf(await ask(sim(), "recruiter_zhao", `/完成 ${a.interview.id}`))).toContain("已标记为结束");
    expect(await statusOf(a.interview.id)).toBe("completed");
    expect(markdownOf(await ask(sim(), "recruiter_zhao", `/noshow ${b.interview.id}`))).toContain("未到场");
    expect(await statusOf(b.interview.id)).toBe("no_show");
    const cancelled = markdownOf(await ask(sim(), "recruiter_zhao", `/cancel ${c.interview.id}`));
    expect(cancelled).toContain("没有通知候选人，请电话告知");
    expect(await statusOf(c.interview.id)).toBe("cancelled");
    expect(markdownOf(await ask(sim(), "recruiter_zhao", `/remind ${b.interview.id}`))).toContain("不能再提醒候选人");
    const d = await inviteCandidate(bot, "未绑己");
    expect(markdownOf(await ask(sim(), "recruiter_zhao", `/handoff ${d.interview.id}`))).toContain("还没有进入微信客服对话");
    expect(markdownOf(await ask(sim(), "recruiter_zhao", "/checkin"))).toContain("用法");
    expect(markdownOf(await ask(sim(), "recruiter_zhao", "/noshow 987654"))).toContain("找不到面试「987654」");
  });

  it("/approve and /decline answer a pending reschedule request; without one they explain", async () => {
    const { id, ext } = await bound("审批庚");
    expect(markdownOf(await ask(sim(), "recruiter_a", `/approve ${id}`))).toContain("没有待处理的改期申请");
    let replies = await say(sim(), ext, "能改到周四下午3点吗");
    if (replies.some((r) => r.text.includes("请确认"))) replies = await say(sim(), ext, { menuId: "accept_proposed", text: "确认" });
    expect(await statusOf(id)).toBe("reschedule_requested");
    const before = kfTo(sim(), ext).length;
    expect(markdownOf(await ask(sim(), "recruiter_a", `/同意 ${id}`))).toContain("已同意改期");
    await expect.poll(() => kfTo(sim(), ext).length, { timeout: 10_000 }).toBeGreaterThan(before);
    expect(kfTo(sim(), ext).at(-1)!.text).toContain("面试已改到");
    expect((await bot.store.getInterview(id))?.scheduledAt.toISOString()).toBe("2025-11-27T07:00:00.000Z");

    const other = await bound("审批辛");
    replies = await say(sim(), other.ext, "能改到周四下午3点吗");
    if (replies.some((r) => r.text.includes("请确认"))) await say(sim(), other.ext, { menuId: "accept_proposed", text: "确认" });
    expect(markdownOf(await ask(sim(), "recruiter_a", `/decline ${other.id} 下午`))).toContain("没有写哪一天");
    expect(await statusOf(other.id)).toBe("reschedule_requested");
    const sent = kfTo(sim(), other.ext).length;
    expect(markdownOf(await ask(sim(), "recruiter_a", `/拒绝 ${other.id} 周五上午10点`))).toContain("已拒绝");
    await expect.poll(() => kfTo(sim(), other.ext).length, { timeout: 10_000 }).toBeGreaterThan(sent);
    expect(kfTo(sim(), other.ext).at(-1)!.text).toContain("11月28日（周五）10:00");
  });

  it("/remind nudges within the kf window and says so when the window is exhausted; /handoff moves the session", async () => {
    const { id, ext } = await bound("提醒壬");
    await say(sim(), ext, "好的");
    const before = kfTo(sim(), ext).length;
    expect(markdownOf(await ask(sim(), "recruiter_b", `/提醒 ${id}`))).toContain("已提醒候选人 提醒壬");
    await expect.poll(() => kfTo(sim(), ext).length, { timeout: 10_000 }).toBe(before + 1);
    expect(kfTo(sim(), ext).at(-1)!.text).toContain("提醒您：【后端工程师】面试在 11月26日（周三）14:00");
    expect(await bot.store.listEvents({ interviewId: id, types: ["interview.reminded"] })).toHaveLength(1);

    clock.advance(49 * 3600_000);
    const exhausted = markdownOf(await ask(sim(), "recruiter_b", `/remind ${id}`));
    expect(exhausted).toContain("微信客服窗口已用完");
    expect(exhausted).toContain("48 小时");
    await settle(300);
    expect(kfTo(sim(), ext).length).toBe(before + 1);

    const h = await bound("转人工癸");
    await say(sim(), h.ext, "你好");
    expect(markdownOf(await ask(sim(), "recruiter_b", `/转人工 ${h.id}`))).toContain("已把候选人 转人工癸");
    await expect.poll(() => sim().kfSession(h.ext)?.state, { timeout: 10_000 }).toBe(3);
    expect(sim().kfSession(h.ext)?.servicerUserId).toBe("recruiter_b");
    expect(markdownOf(await ask(sim(), "recruiter_b", `/handoff ${h.id}`))).toContain("已经由人工接待中");
  });

  it("a long answer is split into markdown messages of at most 2048 bytes", async () => {
    for (let i = 0; i < 30; i++) await inviteCandidate(bot, `批量候选人${i}`, { recruiterUserId: "recruiter_c", position: "高级全栈开发工程师（平台架构方向）" });
    const pieces = await ask(sim(), "recruiter_c", "/list", 2);
    await settle(300);
    const all = appMessagesTo(sim(), "recruiter_c").slice(-pieces.length);
    expect(all.length).toBeGreaterThanOrEqual(2);
    for (const p of all) expect(Buffer.byteLength(p.text, "utf8")).toBeLessThanOrEqual(2048);
    const text = all.map((p) => p.text).join("\n");
    for (let i = 0; i < 30; i++) expect(text).toContain(`批量候选人${i}`);
  });

  it("card buttons: check in from /status; a double tap changes nothing more and updates the card once", async () => {
    const { id } = await bound("按钮甲", { scheduledAt: laterToday(), recruiterUserId: "recruiter_d" });
    const answer = await ask(sim(), "recruiter_d", `/status ${id}`, 2);
    const card = cardOf(answer)!;
    expect(card.keys).toEqual(["check_in", "no_show"]);
    const click = await sim().recruiterClicks("recruiter_d", { taskId: card.taskId, eventKey: "check_in" });
    expect(click.delivery?.ok).toBe(true);
    await expect.poll(() => sim().card(card.taskId)?.updates.length ?? 0, { timeout: 10_000 }).toBe(1);
    expect(JSON.stringify(sim().card(card.taskId)!.updates[0])).toContain("已签到 · recruiter_d");
    expect(await statusOf(id)).toBe("checked_in");

    await clickAgain(sim(), "recruiter_d", card.taskId, "no_show", Math.floor(clock.now().getTime() / 1000) + 1);
    await settle(500);
    expect(await statusOf(id)).toBe("checked_in");
    expect(sim().card(card.taskId)!.updates).toHaveLength(1);
    expect(await bot.store.listTransitions({ interviewId: id, to: ["no_show"] })).toHaveLength(0);
  });

  it("card buttons: no-show, and approve / decline on a reschedule card (conversation card and /status card)", async () => {
    const absent = await bound("按钮乙", { scheduledAt: laterToday(), recruiterUserId: "recruiter_e" });
    const card = cardOf(await ask(sim(), "recruiter_e", `/status ${absent.id}`, 2))!;
    await sim().recruiterClicks("recruiter_e", { taskId: card.taskId, eventKey: "no_show" });
    await expect.poll(() => statusOf(absent.id), { timeout: 10_000 }).toBe("no_show");
    await expect.poll(() => JSON.stringify(sim().card(card.taskId)?.updates ?? []), { timeout: 10_000 }).toContain("已记为未到场 · recruiter_e");

    // The engine's own reschedule card: decline, labelled with who did it.
    const asked = await bound("按钮丙", { recruiterUserId: "recruiter_e" });
    let replies = await say(sim(), asked.ext, "能改到周四下午3点吗");
    if (replies.some((r) => r.text.includes("请确认"))) replies = await say(sim(), asked.ext, { menuId: "accept_proposed", text: "确认" });
    await expect.poll(() => appMessagesTo(sim(), "recruiter_e").some((r) => r.msgtype === "template_card" && r.text.includes("按钮丙")), { timeout: 10_000 }).toBe(true);
    const convCard = appMessagesTo(sim(), "recruiter_e").find((r) => r.msgtype === "template_card" && r.text.includes("按钮丙"))!;
    const convTask = (convCard.payload["template_card"] as { task_id: string }).task_id;
    await sim().recruiterClicks("recruiter_e", { taskId: convTask, eventKey: "decline_reschedule" });
    await expect.poll(() => JSON.stringify(sim().card(convTask)?.updates ?? []), { timeout: 10_000 }).toContain("已拒绝改期 · recruiter_e");

    // The /status card of a pending request: approve.
    const pending = await bound("按钮丁", { recruiterUserId: "recruiter_e" });
    replies = await say(sim(), pending.ext, "能改到周四下午3点吗");
    if (replies.some((r) => r.text.includes("请确认"))) await say(sim(), pending.ext, { menuId: "accept_proposed", text: "确认" });
    const statusCard = cardOf(await ask(sim(), "recruiter_e", `/status ${pending.id}`, 2))!;
    expect(statusCard.keys).toEqual(["approve_reschedule", "decline_reschedule"]);
    await sim().recruiterClicks("recruiter_e", { taskId: statusCard.taskId, eventKey: "approve_reschedule" });
    await expect.poll(() => statusOf(pending.id), { timeout: 10_000 }).toBe("rescheduled");
    await expect.poll(() => JSON.stringify(sim().card(statusCard.taskId)?.updates ?? []), { timeout: 10_000 }).toContain("已同意改期 · recruiter_e");
  });

  it("/stats answers with rates from the store; a bad window gets the usage", async () => {
    expect(markdownOf(await ask(sim(), "recruiter_f", "/stats 1y"))).toContain("用法：`/stats");
    clock.advance(10 * 86_400_000); // past the interviews above
    const text = markdownOf(await ask(sim(), "recruiter_f", "/统计 30d"));
    // The metrics module's summary (src/metrics/stats-markdown.ts), over the interviews above.
    expect(text).toContain("近 30 天面试邀约数据");
    expect(text).toMatch(/邀约 \*\*\d+\*\* · 回复率 \*\*\d+%\*\*/);
    expect(text).toMatch(/取消原因：.*招聘方取消 \d+/);
  });
});
