import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/clock.js";
import { appTo, enterWithLink, inviteCandidate, kfTo, MONDAY_10AM, newExternalUserId, say, settle, waitForKf } from "../support/candidate-harness.js";
import { POSTGRES_SKIP_REASON, startPostgres, type PostgresServer } from "../support/postgres-server.js";
import { startTestBot } from "../support/test-bot.js";

type TestBot = Awaited<ReturnType<typeof startTestBot>>;

describe("candidate conversations through the simulator, on PGlite", () => conversationSuite(async () => ({})));

describe("candidate conversations through the simulator, on PostgreSQL", async () => {
  const pg: PostgresServer | null = await startPostgres();
  if (!pg) console.warn(`PostgreSQL conversation suite skipped: ${POSTGRES_SKIP_REASON}`);
  afterAll(async () => pg?.stop());
  describe.skipIf(!pg)("on a server", () => conversationSuite(async () => ({ DATABASE_URL: pg!.url })));
});

function conversationSuite(env: () => Promise<Record<string, string>>): void {
  const clock = new ManualClock(MONDAY_10AM);
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ clock, env: await env() });
  });
  afterAll(async () => bot?.stop());

  const events = async (interviewId: string, type: string) => (await bot.store.listEvents({ interviewId, types: [type] })).length;
  const status = async (interviewId: string) => (await bot.store.getInterview(interviewId))?.status;

  async function bound(name: string) {
    const created = await inviteCandidate(bot, name);
    const ext = newExternalUserId(name.length.toString());
    await enterWithLink(bot.simulator!, ext, created.code);
    return { ...created, ext };
  }

  it("reschedules to a named time after the recruiter approves on the card", async () => {
    const sim = bot.simulator!;
    const { interview, ext } = await bound("王五");
    const before = appTo(sim, "recruiter_li").length;
    let replies = await say(sim, ext, "能改到周四下午3点吗");
    if (replies.some((r) => r.text.includes("请确认"))) replies = await say(sim, ext, { menuId: "accept_proposed", text: "确认" });
    expect(replies.map((r) => r.text).join("\n")).toContain("已转给招聘负责人");
    expect(await status(interview.id)).toBe("reschedule_requested");

    await expect.poll(() => appTo(sim, "recruiter_li").length).toBeGreaterThan(before);
    const card = appTo(sim, "recruiter_li").find((r) => r.msgtype === "template_card" && r.text.includes("王五"))!;
    expect(card).toBeDefined();
    const taskId = (card.payload["template_card"] as { task_id: string }).task_id;

    const approved = kfTo(sim, ext).length;
    await sim.recruiterClicks("recruiter_li", { taskId, eventKey: "approve_reschedule" });
    await expect.poll(() => kfTo(sim, ext).length, { timeout: 10_000 }).toBeGreaterThan(approved);
    expect(kfTo(sim, ext)[approved]!.text).toContain("面试已改到");
    const moved = await bot.store.getInterview(interview.id);
    expect(moved?.status).toBe("rescheduled");
    expect(moved?.scheduledAt.toISOString()).toBe("2025-11-27T07:00:00.000Z");
    // The card's buttons were replaced, once, with the outcome.
    await expect.poll(() => sim.card(taskId)?.updates.length ?? 0).toBe(1);
    expect(JSON.stringify(sim.card(taskId)?.updates[0])).toContain("已同意改期");
  });

  it("cancels with a reason in one message", async () => {
    const sim = bot.simulator!;
    const { interview, ext } = await bound("赵六");
    const replies = await say(sim, ext, "不去了，已经找到工作了");
    expect(replies[0]!.text).toContain("已为您取消");
    await settle();
    const after = await bot.store.getInterview(interview.id);
    expect(after?.status).toBe("cancelled");
    expect(after?.cancelReason).toBe("found_job");
    expect(await events(interview.id, "candidate.cancelled")).toBe(1);
  });

  it("cancels without a reason: asks why, then takes the tapped reason", async () => {
    const sim = bot.simulator!;
    const { interview, ext } = await bound("钱七");
    const [ask] = await say(sim, ext, "我不去了");
    expect(ask!.msgtype).toBe("msgmenu");
    expect(ask!.text).toContain("原因");
    expect(await status(interview.id)).toBe("invited");
    const [done] = await say(sim, ext, { menuId: "reason:salary", text: "薪资不符合预期" });
    expect(done!.text).toContain("已为您取消");
    await settle();
    expect((await bot.store.getInterview(interview.id))?.cancelReason).toBe("salary");
  });

  it("a reply after cancellation gets the closed answer and changes nothing", async () => {
    const sim = bot.simulator!;
    const { interview, ext } = await bound("孙八");
    await say(sim, ext, "不去了，已经找到工作了");
    const [closed] = await say(sim, ext, "好的");
    expect(closed!.text).toContain("已取消");
    await settle();
    expect(await status(interview.id)).toBe("cancelled");
    expect(await events(interview.id, "candidate.confirmed")).toBe(0);
  });

  it("answers a question from the interview's details", async () => {
    const sim = bot.simulator!;
    const { interview, ext } = await bound("周九");
    const replies = await say(sim, ext, "地址在哪里？需要带什么");
    const text = replies.map((r) => r.text).join("\n");
    expect(text).toContain("中关村大街1号");
    await settle();
    expect(await status(interview.id)).toBe("invited");
    expect(await events(interview.id, "candidate.question")).toBeGreaterThanOrEqual(1);
  });

  it("acknowledges being late on the interview day and records the event", async () => {
    const sim = bot.simulator!;
    const { interview, ext } = await bound("吴十");
    await say(sim, ext, { menuId: "confirm", text: "确认参加" }, 1);
    await settle();
    clock.set(new Date(interview.scheduledAt.getTime() - 30 * 60_000));
    try {
      const replies = await say(sim, ext, "我可能要迟到十分钟");
      expect(replies.map((r) => r.text).join("\n")).toContain("路上注意安全");
      await settle();
      expect(await events(interview.id, "candidate.late")).toBe(1);
    } finally {
      clock.set(MONDAY_10AM);
    }
  });

  it("opts out: confirms once and records it", async () => {
    const sim = bot.simulator!;
    const { interview, ext } = await bound("郑一");
    const [done] = await say(sim, ext, "不要再给我发消息了");
    expect(done!.text).toContain("不会再主动");
    await settle();
    expect(await events(interview.id, "candidate.opted_out")).toBe(1);
  });

  it("hands off to the recruiter after two unclear replies", async () => {
    const sim = bot.simulator!;
    const { interview, ext } = await bound("冯二");
    const [first] = await say(sim, ext, "asdfgh");
    expect(first!.text).toContain("没太明白");
    const [second] = await say(sim, ext, "qwerty");
    expect(second!.text).toContain("招聘负责人");
    await expect.poll(() => sim.kfSession(ext)?.state).toBe(3);
    expect(sim.kfSession(ext)?.servicerUserId).toBe("recruiter_li");
    expect(await events(interview.id, "conversation.handed_off")).toBe(1);
    // While the recruiter serves, the bot stays quiet.
    const quiet = kfTo(sim, ext).length;
    await sim.candidateSays(ext, "你好，在吗");
    await settle(600);
    expect(kfTo(sim, ext).length).toBe(quiet);
  });

  it("answers an image and a voice message with a polite text-only note, and logs both", async () => {
    const sim = bot.simulator!;
    const { interview, ext } = await bound("陈三");
    const conversation = await bot.engine.conversationOf(ext);
    const before = kfTo(sim, ext).length;
    // An image as the candidate's first message: it opens the kf window like a text would.
    const image = await sim.candidateSendsMedia(ext, "image");
    const [imageReply] = (await waitForKf(sim, ext, before + 1)).slice(before);
    expect(imageReply).toMatchObject({ api: "kf/send_msg", msgtype: "text" });
    expect(imageReply!.text).toBe(bot.engine.texts.get("engine.media_reply"));
    const voice = await sim.candidateSendsMedia(ext, "voice");
    const [voiceReply] = (await waitForKf(sim, ext, before + 2)).slice(before + 1);
    expect(voiceReply!.text).toContain("只能看懂文字");
    await settle();
    expect(kfTo(sim, ext)).toHaveLength(before + 2);

    const inbound = await bot.store.listMessages({ conversationId: conversation.id, direction: "in" });
    expect(inbound).toEqual([
      expect.objectContaining({ kind: "event", text: "[image]", wecomMsgId: image.msgid, interviewId: interview.id }),
      expect.objectContaining({ kind: "event", text: "[voice]", wecomMsgId: voice.msgid, interviewId: interview.id }),
    ]);
    const outbound = await bot.store.listMessages({ conversationId: conversation.id, direction: "out", channel: "kf" });
    expect(outbound.filter((m) => m.text === bot.engine.texts.get("engine.media_reply"))).toHaveLength(2);
    // Media changes nothing about the interview or the conversation's place in its flow.
    expect(await status(interview.id)).toBe("invited");
    expect((await bot.store.getConversationById(conversation.id))?.step).toBe(conversation.step);
  });

  it("refuses unknown, reused and expired codes politely, never binding", async () => {
    const sim = bot.simulator!;
    // Unknown
    const stranger = newExternalUserId("Stranger");
    const unknown = await enterWithLink(sim, stranger, "no-such-code");
    expect(unknown.text).toContain("链接已失效");
    expect((await bot.store.getConversation(bot.config.wecom.kf.openKfId, stranger))?.interviewId).toBeNull();
    // Reused by another WeChat user
    const { interview, code } = await bound("褚四");
    const other = newExternalUserId("Other");
    const reused = await enterWithLink(sim, other, code);
    expect(reused.text).toContain("链接已失效");
    expect((await bot.store.getConversation(bot.config.wecom.kf.openKfId, other))?.interviewId).toBeNull();
    expect(await events(interview.id, "bind.failed")).toBe(1);
    await expect.poll(() => appTo(sim, "recruiter_li").some((r) => r.text.includes("绑定失败") && r.text.includes("褚四"))).toBe(true);
    // Expired
    const late = await bot.engine.createInterview({
      candidate: { name: "卫五" },
      interview: { position: "测试", recruiterUserId: "recruiter_li", scheduledAt: new Date("2025-11-28T06:00:00Z"), durationMinutes: 30 },
      actor: "recruiter:recruiter_li",
      bindCodeTtlMs: 60_000,
    });
    clock.advance(120_000);
    try {
      const expired = await enterWithLink(sim, newExternalUserId("Late"), late.bindCode.code);
      expect(expired.text).toContain("链接已失效");
      expect(await events(late.interview.id, "bind.failed")).toBe(1);
    } finally {
      clock.set(MONDAY_10AM);
    }
  });

  it("re-entering without a code sends no second invitation", async () => {
    const sim = bot.simulator!;
    const { ext } = await bound("蒋六");
    const count = kfTo(sim, ext).length;
    await sim.candidateEnters(ext);
    await settle(600);
    expect(kfTo(sim, ext).length).toBe(count);
  });

  it("binds a candidate already chatting, without a link", async () => {
    const sim = bot.simulator!;
    const ext = newExternalUserId("Direct");
    const [pointer] = await say(sim, ext, "你好，我想问一下面试的事");
    expect(pointer!.text).toContain("专属链接");
    const created = await bot.engine.createInterview({
      candidate: { name: "沈七" },
      interview: { position: "产品经理", recruiterUserId: "recruiter_li", scheduledAt: new Date("2025-11-26T06:00:00Z"), durationMinutes: 45 },
      actor: "recruiter:recruiter_li",
    });
    const outcome = await bot.engine.bindDirect(created.interview.id, ext);
    expect(outcome.status).toBe("bound");
    const sent = await (async () => {
      await expect.poll(() => kfTo(sim, ext).length).toBeGreaterThanOrEqual(3);
      return kfTo(sim, ext);
    })();
    expect(sent[1]!.text).toContain("沈七您好");
    expect(sent[2]!.msgtype).toBe("msgmenu");
    expect((await bot.engine.bindDirect(created.interview.id, ext)).status).toBe("already_bound");
  });
}
