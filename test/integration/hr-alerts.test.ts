import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Bot } from "../../src/bot.js";
import { ManualClock } from "../../src/clock.js";
import type { JsonObject } from "../../src/store/types.js";
import type { Simulator } from "../../src/wecom/simulator/index.js";
import { enterWithLink, inviteCandidate, MONDAY_10AM, newExternalUserId, say, settle } from "../support/candidate-harness.js";
import { startBotOn, startSharedWecom } from "../support/restartable-bot.js";
import { startTestBot } from "../support/test-bot.js";

type TestBot = Awaited<ReturnType<typeof startTestBot>>;

const robotTexts = (sim: Simulator): string[] => sim.sent.filter((r) => r.channel === "robot").map((r) => r.text);
const occurrences = (texts: readonly string[], needle: string): number => texts.reduce((n, t) => n + t.split(needle).length - 1, 0);

describe("HR group alerts through the robot webhook", () => {
  const clock = new ManualClock(MONDAY_10AM);
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ clock, hrAlerts: { paceMs: 300, pollMs: 100, rateLimitBackoffMs: 300, digestAt: false } });
  });
  afterAll(async () => bot?.stop());
  // The robot takes 20 messages a minute (simulated on the test clock): each test gets a fresh minute.
  beforeEach(() => {
    clock.advance(61_000);
  });
  const sim = () => bot.simulator!;

  /** Waits until some robot message contains every needle; returns it. */
  async function alertWith(...needles: string[]): Promise<string> {
    await expect.poll(() => robotTexts(sim()).find((t) => needles.every((n) => t.includes(n))), { timeout: 15_000 }).toBeDefined();
    return robotTexts(sim()).find((t) => needles.every((n) => t.includes(n)))!;
  }

  it("a candidate's cancellation (with reason) and reschedule request reach the group, mentioning the recruiter", async () => {
    const a = await inviteCandidate(bot, "告警甲", { recruiterUserId: "recruiter_wu" });
    const extA = newExternalUserId("al");
    await enterWithLink(sim(), extA, a.code);
    await say(sim(), extA, "不去了，已经找到工作了");
    const cancelled = await alertWith("候选人取消了面试", "告警甲");
    expect(cancelled).toContain("<@recruiter_wu>");
    expect(cancelled).toContain(`面试 #${a.interview.id}`);
    expect(cancelled).toContain("已找到工作");
    expect(cancelled).toContain("11月26日（周三）14:00");

    const b = await inviteCandidate(bot, "告警乙", { recruiterUserId: "recruiter_wu" });
    const extB = newExternalUserId("al");
    await enterWithLink(sim(), extB, b.code);
    const replies = await say(sim(), extB, "能改到周四下午3点吗");
    if (replies.some((r) => r.text.includes("请确认"))) await say(sim(), extB, { menuId: "accept_proposed", text: "确认" });
    const asked = await alertWith("候选人申请改期", "告警乙");
    expect(asked).toContain("11月27日（周四）15:00");
    expect(asked).toContain(`/approve ${b.interview.id}`);
    expect(asked).toContain("<@recruiter_wu>");
  });

  it("every alert type renders with essentials, the mention and the command to act", async () => {
    const cases: Array<[string, JsonObject, string[]]> = [
      ["nudge.no_reply", {}, ["48 小时未回复", "/remind"]],
      ["nudge.reconfirm_unanswered", {}, ["面试前一天的确认没有回复", "/status"]],
      ["nudge.not_checked_in", {}, ["候选人还没签到，要不要打个电话问问？", "/checkin", "/noshow"]],
      ["candidate.late", { text: "堵车了晚到十分钟" }, ["候选人说会晚到", "堵车了晚到十分钟"]],
      ["candidate.arrived", { text: "我到前台了" }, ["候选人已到达", "/checkin"]],
      ["conversation.handed_off", { reason: "reschedule_cap" }, ["对话已转人工", "候选人多次改期"]],
      ["candidate.opted_out", {}, ["候选人不再接收机器人消息"]],
      ["kf.window_exhausted", { reason: "window", text: "提醒您明天面试" }, ["微信客服窗口已用完", "没收到的消息：提醒您明天面试"]],
      ["bind.failed", { reason: "used" }, ["候选人链接绑定失败", "链接已被别人使用"]],
      ["interview.high_risk", { score: 82, reasons: ["两次改期", "未确认"] }, ["爽约风险高", "82%（两次改期、未确认）", "打电话"]],
    ];
    const created: Array<Awaited<ReturnType<typeof inviteCandidate>>> = [];
    for (const [type, payload] of cases) {
      const one = await inviteCandidate(bot, `类型${type.replace(/\W/g, "")}`, { recruiterUserId: "recruiter_ma" });
      await bot.store.recordEvent({ type, interviewId: one.interview.id, payload });
      created.push(one);
    }
    for (const [i, [type, , needles]] of cases.entries()) {
      const text = (await alertWith(...needles, `面试 #${created[i]!.interview.id}`)).split("\n\n").find((block) => block.includes(`面试 #${created[i]!.interview.id} `))!;
      expect(text, type).toContain("<@recruiter_ma>");
      expect(text, type).toContain(`类型${type.replace(/\W/g, "")}`);
    }
  });

  it("retries a robot frequency refusal (45009) until the alert is posted", async () => {
    const created = await inviteCandidate(bot, "限频丙", { recruiterUserId: "recruiter_ye" });
    sim().failNext("webhook/send", 45009, 4);
    await bot.store.recordEvent({ type: "candidate.opted_out", interviewId: created.interview.id, payload: {} });
    const text = await alertWith("候选人不再接收机器人消息", "限频丙");
    expect(occurrences(robotTexts(sim()), "限频丙")).toBe(1);
    expect(text).toContain("<@recruiter_ye>");
  });

  it("the daily digest lists today's interviews with status, risk and owner, once per day", async () => {
    const today = new Date("2025-11-24T06:30:00Z"); // 14:30 Shanghai
    const d1 = await inviteCandidate(bot, "日报甲", { recruiterUserId: "recruiter_ye", scheduledAt: today });
    const d2 = await inviteCandidate(bot, "日报乙", { recruiterUserId: "recruiter_ma", scheduledAt: new Date("2025-11-24T02:30:00Z") });
    await bot.store.transitionInterview({ interviewId: d2.interview.id, to: "confirmed", actor: "candidate" });
    await inviteCandidate(bot, "明天的", { scheduledAt: new Date("2025-11-25T02:30:00Z") });

    expect(await bot.hrAlerts.sendDailyDigest(clock.now())).toBe(true);
    // The bot's own no-show model scores each interview (little history here, so the prior speaks).
    const digest = await alertWith("今日面试", "日报甲");
    expect(digest).toContain("11月24日（周一）");
    expect(digest).toMatch(new RegExp(`10:30 \`#${d2.interview.id}\` \\*\\*日报乙\\*\\* · 后端工程师 · 已确认 · 风险 \\d{1,3}% <@recruiter_ma>`));
    expect(digest).toMatch(new RegExp(`14:30 \`#${d1.interview.id}\` \\*\\*日报甲\\*\\* · 后端工程师 · 已邀约 · 风险 \\d{1,3}% <@recruiter_ye>`));
    expect(digest.indexOf("日报乙")).toBeLessThan(digest.indexOf("日报甲"));
    expect(digest).not.toContain("明天的");
    expect(await bot.hrAlerts.sendDailyDigest(clock.now())).toBe(false);
    await settle(500);
    expect(occurrences(robotTexts(sim()), "今日面试")).toBe(1);
  });
});

describe("HR alerts: a burst", () => {
  const clock = new ManualClock(MONDAY_10AM);
  let bot: TestBot;
  // Its own bot: the burst uses up most of the robot's real-time minute.
  beforeAll(async () => {
    bot = await startTestBot({ clock, hrAlerts: { paceMs: 300, pollMs: 100, digestAt: false } });
  });
  afterAll(async () => bot?.stop());
  const sim = () => bot.simulator!;

  it("a burst of 100 events in one minute reaches the group merged, within 20 messages, nothing lost or repeated, in order", async () => {
    const before = sim().sent.filter((r) => r.channel === "robot").length;
    const interviews = [];
    for (let i = 0; i < 50; i++) interviews.push(await inviteCandidate(bot, `突发${String(i).padStart(2, "0")}`, { recruiterUserId: "recruiter_ye" }));
    // Two events per interview (late, then arrived), written over a few seconds while the relay runs.
    for (const [i, created] of interviews.entries()) {
      await bot.store.recordEvent({ type: "candidate.late", interviewId: created.interview.id, payload: { text: `晚到${i}` } });
      if (i % 10 === 9) await settle(150);
    }
    for (const created of interviews) await bot.store.recordEvent({ type: "candidate.arrived", interviewId: created.interview.id, payload: {} });

    await expect.poll(() => occurrences(robotTexts(sim()).slice(before), "<@recruiter_ye>"), { timeout: 30_000 }).toBe(100);
    const messages = sim().sent.filter((r) => r.channel === "robot").slice(before);
    expect(messages.length).toBeLessThanOrEqual(20);
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) expect(Buffer.byteLength(m.text, "utf8")).toBeLessThanOrEqual(4096);
    const all = messages.map((m) => m.text).join("\n");
    console.log(`burst: 100 events → ${messages.length} group messages (largest ${Math.max(...messages.map((m) => Buffer.byteLength(m.text, "utf8")))} B)`);
    for (const [i, created] of interviews.entries()) {
      expect(occurrences([all], `原话：晚到${i}\n`), created.interview.id).toBe(1);
      // Per interview: "late" before "arrived", each exactly once.
      const blocks = all.split("\n\n").filter((b) => b.includes(`面试 #${created.interview.id} `));
      expect(blocks.map((b) => (b.includes("会晚到") ? "late" : "arrived"))).toEqual(["late", "arrived"]);
    }
    expect(messages.some((m) => m.text.startsWith("**面试提醒**"))).toBe(true);
  });

});

describe("HR digest with a risk function, as a daily 09:00 job", () => {
  const clock = new ManualClock(new Date("2025-11-24T00:59:00Z")); // 08:59 Shanghai
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({
      clock,
      hrAlerts: { paceMs: 200, pollMs: 100, risk: async (interview) => (interview.position === "高风险岗" ? 70 : undefined) },
    });
  });
  afterAll(async () => bot?.stop());

  it("posts nothing before 09:00, then today's digest with risk", async () => {
    await inviteCandidate(bot, "风险甲", { position: "高风险岗", scheduledAt: new Date("2025-11-24T03:00:00Z") });
    await inviteCandidate(bot, "风险乙", { scheduledAt: new Date("2025-11-24T05:00:00Z") });
    await settle(500);
    expect(robotTexts(bot.simulator!).some((t) => t.includes("今日面试"))).toBe(false);
    clock.set(new Date("2025-11-24T01:00:00Z"));
    await expect.poll(() => robotTexts(bot.simulator!).find((t) => t.includes("今日面试")), { timeout: 10_000 }).toBeDefined();
    const digest = robotTexts(bot.simulator!).find((t) => t.includes("今日面试"))!;
    expect(digest).toContain("风险甲** · 高风险岗 · 已邀约 · 风险 70%");
    expect(digest).toMatch(/风险乙\*\* · 后端工程师 · 已邀约 <@/);
    await settle(400);
    expect(occurrences(robotTexts(bot.simulator!), "今日面试")).toBe(1);
  });
});

describe("HR alerts survive a restart without loss or duplicates", () => {
  const clock = new ManualClock(MONDAY_10AM);
  let dataDir: string;
  let shared: Awaited<ReturnType<typeof startSharedWecom>>;
  let bot: Bot | undefined;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "bot-alerts-"));
    shared = await startSharedWecom(clock);
  });
  afterAll(async () => {
    await bot?.stop();
    await shared?.sim.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it("alerts queued before a stop are posted after the restart; posted ones are not posted again", async () => {
    const { sim, port } = shared;
    bot = await startBotOn(sim, port, dataDir, clock);
    const first = await inviteCandidate(bot, "重启前", { recruiterUserId: "recruiter_ye" });
    await bot.store.recordEvent({ type: "candidate.opted_out", interviewId: first.interview.id, payload: {} });
    await expect.poll(() => occurrences(robotTexts(sim), "重启前"), { timeout: 15_000 }).toBe(1);

    const queued = await inviteCandidate(bot, "停机中", { recruiterUserId: "recruiter_ye" });
    for (let i = 0; i < 5; i++) await bot.store.recordEvent({ type: "candidate.late", interviewId: queued.interview.id, payload: { text: `停机消息${i}` } });
    await bot.stop();
    bot = await startBotOn(sim, port, dataDir, clock);
    await expect.poll(() => occurrences(robotTexts(sim), "停机消息4"), { timeout: 20_000 }).toBe(1);
    await settle(3500);
    for (let i = 0; i < 5; i++) expect(occurrences(robotTexts(sim), `停机消息${i}`)).toBe(1);
    expect(occurrences(robotTexts(sim), "重启前")).toBe(1);
  });
});
