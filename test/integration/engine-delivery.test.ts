import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock, systemClock } from "../../src/clock.js";
import type { OutboxCounts } from "../../src/store/types.js";
import type { Bot } from "../../src/bot.js";
import type { SentRecord, Simulator } from "../../src/wecom/simulator/index.js";
import { candidateBot } from "../../bots/candidate.js";
import type { InboundHandler } from "../../src/engine/inbox-worker.js";
import { silentLogger } from "../../src/log.js";
import type { InboundItem } from "../../src/store/types.js";
import {
  appTo,
  enterWithLink,
  inviteCandidate,
  kfTo,
  MONDAY_10AM,
  newExternalUserId,
  say,
  settle,
  waitForKf,
} from "../support/candidate-harness.js";
import { startBotProcess, type BotProcess } from "../support/bot-process.js";
import { freshDatabase, POSTGRES_SKIP_REASON, startPostgres, type PostgresServer } from "../support/postgres-server.js";
import { startBotOn, startSharedWecom } from "../support/restartable-bot.js";
import { liveEnv, startTestBot } from "../support/test-bot.js";

type TestBot = Awaited<ReturnType<typeof startTestBot>>;

describe("engine on PGlite", () => engineSuite(async () => ({})));

describe("engine on PostgreSQL", async () => {
  const pg: PostgresServer | null = await startPostgres();
  if (!pg) console.warn(`PostgreSQL engine suite skipped: ${POSTGRES_SKIP_REASON}`);
  // One database per bot: bots sharing a database would share (and steal) each other's inbox.
  const databases: PostgresServer[] = [];
  afterAll(async () => {
    for (const db of databases) await db.stop();
    await pg?.stop();
  });
  const fresh = async (): Promise<Record<string, string>> => {
    const db = await freshDatabase(pg!.url);
    databases.push(db);
    return { DATABASE_URL: db.url };
  };
  describe.skipIf(!pg)("on a server", () => engineSuite(fresh));
});

function engineSuite(env: () => Promise<Record<string, string>>): void {
  describe("engine: ordering, idempotency and the kf window", () => {
    const clock = new ManualClock(MONDAY_10AM);
    let bot: TestBot;
    beforeAll(async () => {
      bot = await startTestBot({ clock, env: await env() });
    });
    afterAll(async () => bot?.stop());

    async function bound(name: string) {
      const created = await inviteCandidate(bot, name);
      const ext = newExternalUserId("E");
      await enterWithLink(bot.simulator!, ext, created.code);
      return { ...created, ext };
    }

    it("handles two replies arriving at once for one conversation, in order, each once", async () => {
      const sim = bot.simulator!;
      const { interview, ext } = await bound("并发甲");
      const conversation = (await bot.store.getConversation(bot.config.wecom.kf.openKfId, ext))!;
      await Promise.all([sim.candidateSays(ext, "地址在哪里？"), sim.candidateSays(ext, "需要带什么材料？")]);
      await expect
        .poll(async () => (await bot.store.listMessages({ interviewId: interview.id, direction: "in" })).length)
        .toBe(2);
      await settle();
      const inbound = await bot.store.listMessages({ interviewId: interview.id, direction: "in" });
      expect(inbound.map((m) => m.text)).toEqual(["地址在哪里？", "需要带什么材料？"]);
      expect((await bot.store.getConversationById(conversation.id))!.version).toBe(conversation.version + 2);
    });

    it("serialises concurrent turns on one conversation: one decision, no lost update", async () => {
      const { interview, ext } = await bound("并发乙");
      const conversation = (await bot.store.getConversation(bot.config.wecom.kf.openKfId, ext))!;
      const at = clock.now();
      const outcomes = await Promise.all(
        Array.from({ length: 5 }, () =>
          bot.engine.runStep(conversation.id, { kind: "menu", at, menuId: "confirm", text: "确认参加" }),
        ),
      );
      expect(outcomes.every((o) => o.status === "handled")).toBe(true);
      expect((await bot.store.getConversationById(conversation.id))!.version).toBe(conversation.version + 5);
      const transitions = await bot.store.listTransitions({ interviewId: interview.id, to: ["confirmed"] });
      expect(transitions).toHaveLength(1);
    });

    it("a recruiter's command and card click racing candidate turns on one conversation: serialised, one decision", async () => {
      const sim = bot.simulator!;
      const { interview, ext } = await bound("并发丙");
      let replies = await say(sim, ext, "能改到周四下午3点吗");
      if (replies.some((r) => r.text.includes("请确认"))) replies = await say(sim, ext, { menuId: "accept_proposed", text: "确认" });
      expect((await bot.store.getInterview(interview.id))?.status).toBe("reschedule_requested");
      const conversation = (await bot.store.getConversation(bot.config.wecom.kf.openKfId, ext))!;
      const at = clock.now();
      const [command, click, ...turns] = await Promise.all([
        bot.engine.applyRecruiterAction({ interviewId: interview.id, userId: "recruiter_li", action: { type: "approve_reschedule" }, at }),
        bot.engine.handleCardClick({ userId: "recruiter_li", taskId: `ib_${conversation.id}_race`, eventKey: "decline_reschedule", responseCode: "rc-race", at }),
        ...Array.from({ length: 4 }, () => bot.engine.runStep(conversation.id, { kind: "menu", at, menuId: "confirm", text: "确认参加" })),
      ]);
      // Every one ran on what the one before it committed: the recruiter's two answers make at
      // most one decision. Which runs first is up to the database: when the candidate's 确认参加
      // wins, it keeps the original time and both answers find no request left to decide.
      const rescheduled = await bot.store.listTransitions({ interviewId: interview.id, to: ["rescheduled"] });
      const declined = await bot.store.listEvents({ interviewId: interview.id, types: ["interview.reschedule_declined"] });
      expect(rescheduled.length + declined.length).toBeLessThanOrEqual(1);
      expect((await bot.store.getInterview(interview.id))?.status).not.toBe("reschedule_requested");
      expect(command.status === "handled").toBe(rescheduled.length === 1);
      expect(click.status === "done" && click.turn.status === "handled").toBe(declined.length === 1);
      const handled = [command.status === "handled", click.status === "done" && click.turn.status === "handled", ...turns.map((t) => t.status === "handled")];
      expect((await bot.store.getConversationById(conversation.id))!.version).toBe(conversation.version + handled.filter(Boolean).length);
    });

    it("a callback re-delivered 4 times is answered once", async () => {
      const sim = bot.simulator!;
      const { interview, ext } = await bound("重投");
      const said = await sim.candidateSays(ext, "好的");
      await waitForKf(sim, ext, 2);
      await sim.deliverTimes(said.callback, 4);
      await settle(600);
      expect(kfTo(sim, ext).filter((r) => r.text.includes("感谢确认"))).toHaveLength(1);
      expect(await bot.store.listMessages({ interviewId: interview.id, direction: "in" })).toHaveLength(1);
    });

    it("tells the recruiter what the candidate missed when the 48 h window has closed", async () => {
      const sim = bot.simulator!;
      const { interview, ext } = await bound("窗口");
      let replies = await say(sim, ext, "能改到周四下午3点吗");
      if (replies.some((r) => r.text.includes("请确认")))
        replies = await say(sim, ext, { menuId: "accept_proposed", text: "确认" });
      await expect
        .poll(() => appTo(sim, "recruiter_li").some((r) => r.msgtype === "template_card" && r.text.includes("窗口")))
        .toBe(true);
      const card = appTo(sim, "recruiter_li").find((r) => r.msgtype === "template_card" && r.text.includes("窗口"))!;
      const taskId = (card.payload["template_card"] as { task_id: string }).task_id;

      clock.advance(49 * 3600_000); // the recruiter answers two days later
      try {
        const sentBefore = kfTo(sim, ext).length;
        await sim.recruiterClicks("recruiter_li", { taskId, eventKey: "approve_reschedule" });
        await expect
          .poll(
            () => appTo(sim, "recruiter_li").some((r) => r.text.includes("消息未送达") && r.text.includes("窗口")),
            { timeout: 10_000 },
          )
          .toBe(true);
        const alert = appTo(sim, "recruiter_li").find((r) => r.text.includes("消息未送达") && r.text.includes("窗口"))!;
        expect(alert.text).toContain("面试已改到");
        expect(alert.text).toContain("48 小时");
        expect(kfTo(sim, ext).length).toBe(sentBefore);
        expect((await bot.store.getInterview(interview.id))?.status).toBe("rescheduled");
        const exhausted = await bot.store.listEvents({ interviewId: interview.id, types: ["kf.window_exhausted"] });
        expect(exhausted).toHaveLength(1);
        expect(String(exhausted[0]!.payload["text"])).toContain("面试已改到");
        const counts = await bot.store.outboxCounts();
        expect(counts.failed).toBeGreaterThanOrEqual(1);
      } finally {
        clock.set(MONDAY_10AM);
      }
    });

    it("holds a message while a human servicer has the session (95018), tells the recruiter once, sends it when the bot may again", async () => {
      const sim = bot.simulator!;
      const { interview, ext } = await bound("人工");
      const replies = await say(sim, ext, "能改到周四下午3点吗");
      if (replies.some((r) => r.text.includes("请确认")))
        await say(sim, ext, { menuId: "accept_proposed", text: "确认" });
      const isCard = (r: SentRecord) => r.msgtype === "template_card" && r.text.includes("人工");
      await expect.poll(() => appTo(sim, "recruiter_li").some(isCard)).toBe(true);
      const taskId = (appTo(sim, "recruiter_li").find(isCard)!.payload["template_card"] as { task_id: string }).task_id;

      // The recruiter takes the chat over in the WeCom client, then approves on the card.
      const conversation = await bot.engine.conversationOf(ext);
      await sim.servicerChangesSession(ext, { state: 3, servicerUserId: "recruiter_li" });
      await expect.poll(async () => (await bot.store.getConversationById(conversation.id))?.flow).toBe("handoff");
      const shown = kfTo(sim, ext).length;
      const held = (r: SentRecord) => r.text.includes("暂缓发送") && r.text.includes("人工");
      try {
        await sim.recruiterClicks("recruiter_li", { taskId, eventKey: "approve_reschedule" });
        await expect.poll(() => appTo(sim, "recruiter_li").some(held), { timeout: 10_000 }).toBe(true);
        expect(appTo(sim, "recruiter_li").find(held)!.text).toContain("面试已改到");
        expect(kfTo(sim, ext)).toHaveLength(shown); // WeCom refused it (95018): nothing reached the candidate
        expect((await bot.store.getInterview(interview.id))?.status).toBe("rescheduled");
        const heldEvents = () => bot.store.listEvents({ interviewId: interview.id, types: ["kf.delivery_held"] });
        expect(await heldEvents()).toHaveLength(1);
        expect(String((await heldEvents())[0]!.payload["error"])).toContain("95018");

        // Still held at the next look: WeCom is asked again, the recruiter is not told twice.
        const asked = sim.callCount("kf/send_msg");
        clock.advance(5 * 60_000 + 1000);
        await expect.poll(() => sim.callCount("kf/send_msg"), { timeout: 10_000 }).toBeGreaterThan(asked);
        await settle();
        expect(kfTo(sim, ext)).toHaveLength(shown);
        expect(appTo(sim, "recruiter_li").filter(held)).toHaveLength(1);
        expect(await heldEvents()).toHaveLength(1);

        // The servicer ends the session and the candidate writes again: the held message goes out, once.
        await sim.servicerChangesSession(ext, { state: 4 });
        await sim.candidateSays(ext, "好的");
        clock.advance(5 * 60_000 + 1000);
        await expect
          .poll(() => kfTo(sim, ext).some((r) => r.text.includes("面试已改到")), { timeout: 10_000 })
          .toBe(true);
        await settle();
        expect(kfTo(sim, ext).filter((r) => r.text.includes("面试已改到"))).toHaveLength(1);
        expect(await bot.store.listEvents({ interviewId: interview.id, types: ["kf.delivery_failed"] })).toHaveLength(
          0,
        );
      } finally {
        clock.set(MONDAY_10AM);
      }
    });

    it("reports a message WeCom accepted but could not deliver (msg_send_fail)", async () => {
      const sim = bot.simulator!;
      const { interview, ext } = await bound("拒收");
      await say(sim, ext, "好的"); // opens the window
      sim.failNextKfDelivery(ext, 10);
      await say(sim, ext, "地址在哪里？");
      await expect
        .poll(
          async () => (await bot.store.listEvents({ interviewId: interview.id, types: ["kf.delivery_failed"] })).length,
          { timeout: 10_000 },
        )
        .toBe(1);
      await expect
        .poll(() => appTo(sim, "recruiter_li").some((r) => r.text.includes("消息未送达") && r.text.includes("拒收")))
        .toBe(true);
    });
  });

  describe("engine: an inbox item handled again (crash after the turn, before the inbox completed it)", () => {
    const clock = new ManualClock(MONDAY_10AM);
    let bot: TestBot;
    // The bot's own candidate handlers, built on its engine; the worker reaches them through
    // `capture`, which keeps every item it is given so the test can hand one in again.
    let real: Record<string, InboundHandler> | undefined;
    const handled: InboundItem[] = [];
    const capture =
      (kind: string): InboundHandler =>
      async (item) => {
        handled.push(item);
        await real![kind]!(item);
      };
    beforeAll(async () => {
      bot = await startTestBot({
        clock,
        env: await env(),
        handlers: { "kf.text": capture("kf.text"), "kf.image": capture("kf.image") },
      });
      real = candidateBot({ engine: bot.engine, clock, logger: silentLogger, timeZone: bot.config.businessTimeZone });
    });
    afterAll(async () => bot?.stop());

    it("a re-run of the same inbound msgid sends no second reply and logs no second row", async () => {
      const sim = bot.simulator!;
      const { interview, code } = await inviteCandidate(bot, "重跑");
      const ext = newExternalUserId("Rerun");
      await enterWithLink(sim, ext, code);
      const said = await sim.candidateSays(ext, { menuId: "confirm", text: "确认参加" });
      await waitForKf(sim, ext, 2);
      const image = await sim.candidateSendsMedia(ext, "image");
      await waitForKf(sim, ext, 3);
      await settle();
      const item = (msgid: string) => handled.find((i) => (i.payload as { msgid?: string }).msgid === msgid)!;
      expect(item(said.msgid)).toBeDefined();
      expect(item(image.msgid)).toBeDefined();
      const conversation = (await bot.engine.conversationOf(ext))!;
      const before = {
        sent: kfTo(sim, ext).length,
        log: await bot.store.listMessages({ interviewId: interview.id }),
        version: conversation.version,
      };

      // The worker died before completing the batch: after the lease, the same items run again.
      await real!["kf.text"]!(item(said.msgid));
      await real!["kf.image"]!(item(image.msgid));
      await settle();

      expect(kfTo(sim, ext)).toHaveLength(before.sent);
      expect(await bot.store.listMessages({ interviewId: interview.id })).toEqual(before.log);
      expect((await bot.store.getConversationById(conversation.id))?.version).toBe(before.version);
      expect(await bot.store.listTransitions({ interviewId: interview.id, to: ["confirmed"] })).toHaveLength(1);
      expect(before.log.filter((m) => m.direction === "in").map((m) => m.wecomMsgId)).toEqual([
        said.msgid,
        image.msgid,
      ]);
      const outcome = await bot.engine.runStep(
        conversation.id,
        { kind: "menu", at: clock.now(), menuId: "confirm", text: "确认参加" },
        { inbound: { msgid: said.msgid, at: clock.now() } },
      );
      expect(outcome.status).toBe("duplicate");
    });
  });

  describe("engine: a crash (process killed) between commit and send", () => {
    let dataDir: string;
    let shared: Awaited<ReturnType<typeof startSharedWecom>>;
    let child: BotProcess | undefined;
    let bot: Bot | undefined;
    let dbEnv: Record<string, string>;
    beforeAll(async () => {
      dataDir = await mkdtemp(join(tmpdir(), "bot-crash-"));
      // Real time on both sides: the bot runs in its own process, which a test clock cannot reach.
      shared = await startSharedWecom(systemClock);
      dbEnv = await env();
    });
    afterAll(async () => {
      await child?.kill();
      await bot?.stop();
      await shared?.sim.stop();
      await rm(dataDir, { recursive: true, force: true });
    });
    const LEASE_MS = 1500;
    const processEnv = (): Record<string, string> => ({
      ...liveEnv(shared.sim.url),
      PORT: String(shared.port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      BOT_LEASE_MS: String(LEASE_MS),
      BOT_POLL_MS: "200",
      ...dbEnv,
    });
    const confirmed = (sim: Simulator, ext: string) => kfTo(sim, ext).filter((r) => r.text.includes("感谢确认"));

    it("SIGKILL after the commit: the restart sends it; SIGKILL mid-send: the repeat shows nothing twice", async () => {
      const { sim, port } = shared;
      child = await startBotProcess(processEnv());
      const scheduledAt = new Date(Date.now() + 3 * 24 * 3600_000).toISOString();
      const [a, b] = await child.send<Array<{ interviewId: string; code: string }>>({
        cmd: "invite",
        name: "崩溃",
        count: 2,
        recruiterUserId: "recruiter_li",
        scheduledAt,
      });
      const [extA, extB] = [newExternalUserId("KillA"), newExternalUserId("KillB")];
      await enterWithLink(sim, extA, a!.code);
      await enterWithLink(sim, extB, b!.code);

      // 1. The turn commits, nothing is sent yet (dispatcher paused), and the process is killed.
      await child.send({ cmd: "pauseDispatcher" });
      await sim.candidateSays(extA, { menuId: "confirm", text: "确认参加" });
      await expect
        .poll(async () => (await child!.send<OutboxCounts>({ cmd: "outboxCounts" })).pending, { timeout: 10_000 })
        .toBeGreaterThan(0);
      await child.kill();
      expect(kfTo(sim, extA)).toHaveLength(1);

      // 2. After a restart the committed message goes out, once.
      child = await startBotProcess(processEnv());
      await expect.poll(() => confirmed(sim, extA).length, { timeout: 15_000 }).toBe(1);
      // Then a send reaches WeCom, which answers slowly: the process is killed before the answer.
      sim.delayNext("kf/send_msg", 3000);
      const calls = sim.callCount("kf/send_msg");
      await sim.candidateSays(extB, { menuId: "confirm", text: "确认参加" });
      await expect.poll(() => sim.callCount("kf/send_msg"), { timeout: 10_000 }).toBeGreaterThan(calls);
      await new Promise((resolve) => setTimeout(resolve, 300)); // the request is fully on WeCom's side
      await child.kill();
      child = undefined;
      // WeCom completes what it received: the candidate sees it, though our store never heard so.
      await expect.poll(() => confirmed(sim, extB).length, { timeout: 10_000 }).toBe(1);

      // 3. Restarted once more (in this process, to read its store): the unacknowledged send is
      // repeated with the same msgid once the dead lease expires, and WeCom shows nothing twice.
      await new Promise((resolve) => setTimeout(resolve, LEASE_MS));
      // Only these two candidates: the shared store also holds earlier tests' interviews, whose
      // nudges are overdue on the system clock and may go out to their own candidates now.
      const shown = () => sim.sent.filter((r) => r.api === "kf/send_msg" && (r.to.includes(extA) || r.to.includes(extB))).length;
      const shownBefore = shown();
      bot = await startBotOn(sim, port, dataDir, systemClock, dbEnv);
      await expect
        .poll(
          async () => {
            const counts = await bot!.store.outboxCounts();
            return counts.pending + counts.sending;
          },
          { timeout: 15_000 },
        )
        .toBe(0);
      await settle();
      const [sentToB] = confirmed(sim, extB);
      expect(sim.repeatCount(sentToB!.msgid!)).toBeGreaterThanOrEqual(1); // it did repeat the send…
      expect(shown()).toBe(shownBefore); // …which WeCom absorbed by msgid
      for (const [ext, interview] of [
        [extA, a!],
        [extB, b!],
      ] as const) {
        const texts = kfTo(sim, ext).map((r) => r.text);
        expect(new Set(texts).size).toBe(texts.length);
        expect(confirmed(sim, ext)).toHaveLength(1);
        const outbound = await bot.store.listMessages({
          interviewId: interview.interviewId,
          direction: "out",
          channel: "kf",
        });
        expect(texts.length).toBe(outbound.length); // every committed message reached the candidate, none twice
        expect((await bot.store.getInterview(interview.interviewId))?.status).toBe("confirmed");
        expect(await bot.store.listMessages({ interviewId: interview.interviewId, direction: "in" })).toHaveLength(1);
      }
    }, 120_000);
  });
}
