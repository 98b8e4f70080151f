import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { recruiterBot } from "../../bots/recruiter.js";
import { ManualClock } from "../../src/clock.js";
import type { InboundItem } from "../../src/store/types.js";
import { enterWithLink, inviteCandidate, kfTo, MONDAY_10AM, newExternalUserId } from "../support/candidate-harness.js";
import { appMessagesTo, ask, cardOf, markdownOf, RECRUITER_ENV } from "../support/recruiter-harness.js";
import { startTestBot } from "../support/test-bot.js";
import { silentLogger } from "../../src/log.js";
import { statsMarkdown } from "../../src/metrics/index.js";

type TestBot = Awaited<ReturnType<typeof startTestBot>>;

describe("recruiter commands: parser, /help, /invite, /list, /status", () => {
  const clock = new ManualClock(MONDAY_10AM);
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ clock, env: { ...RECRUITER_ENV } });
  });
  afterAll(async () => bot?.stop());
  // WeCom lets one app send a member 30 messages a minute: give every test a fresh minute.
  beforeEach(() => {
    clock.advance(61_000);
  });
  const sim = () => bot.simulator!;
  const interviewsOf = async (recruiterUserId: string) => bot.store.findInterviews({ recruiterUserId, limit: 1000 });

  it("refuses a member who is not a recruiter, politely and without doing anything", async () => {
    const before = (await bot.store.findInterviews({ limit: 1000 })).length;
    const [answer] = await ask(sim(), "intern_zhou", "/invite 张三 13800138000 前端工程师 周三下午2点");
    expect(answer!.msgtype).toBe("markdown");
    expect(answer!.text).toContain("只对招聘同事开放");
    expect(answer!.text).toContain("intern_zhou");
    expect((await bot.store.findInterviews({ limit: 1000 })).length).toBe(before);
  });

  it("answers /help, its Chinese alias, unknown commands and plain text with the command list", async () => {
    const help = markdownOf(await ask(sim(), "recruiter_li", "/help"));
    for (const c of ["/invite", "/list", "/status", "/reschedule", "/cancel", "/checkin", "/noshow", "/done", "/approve", "/decline", "/remind", "/handoff", "/stats"]) {
      expect(help).toContain(c);
    }
    expect(markdownOf(await ask(sim(), "recruiter_li", "／帮助"))).toContain("/invite");
    const unknown = markdownOf(await ask(sim(), "recruiter_li", "/frobnicate 12"));
    expect(unknown).toContain("没有「/frobnicate」这个命令");
    expect(unknown).toContain("/invite");
    const plainText = markdownOf(await ask(sim(), "recruiter_li", "你好"));
    expect(plainText).toContain("以 / 开头");
  });

  it("/invite creates the interview and answers with a summary card and the one-time kf link", async () => {
    const answer = await ask(sim(), "recruiter_li", "/invite 张三 13800138000 前端工程师 周三下午2点 科技园A座 BOSS直聘", 2);
    const card = cardOf(answer);
    expect(card?.title).toMatch(/已创建面试 #\d+/);
    const text = markdownOf(answer);
    const link = /https:\/\/work\.weixin\.qq\.com\/kfid\/\S+/.exec(text)?.[0];
    expect(link).toBeDefined();
    const code = new URL(link!).searchParams.get("scene_param");
    expect(code).toBeTruthy();

    const [created] = (await interviewsOf("recruiter_li")).filter((r) => r.candidate.name === "张三");
    expect(created!.interview.scheduledAt.toISOString()).toBe("2025-11-26T06:00:00.000Z");
    expect(created!.interview.location?.address).toBe("科技园A座");
    expect(created!.interview.position).toBe("前端工程师");
    expect(created!.candidate.sourceChannel).toBe("BOSS直聘");
    expect(created!.candidate.mobile).toBe("13800138000");
    expect(text).toContain(`#${created!.interview.id}`);

    // The link works: the candidate opening it gets the invitation for this interview.
    const invitation = await enterWithLink(sim(), newExternalUserId("inv"), code!);
    expect(invitation.text).toContain("前端工程师");
  });

  it("/invite with a missing, ambiguous or past time, a bad mobile or too few words creates nothing and shows an example", async () => {
    const before = (await interviewsOf("recruiter_wang")).length;
    const cases: Array<[string, RegExp]> = [
      ["/邀约 李四 13800138001 测试工程师", /用法：`\/invite/],
      ["/invite 李四 1380013 测试工程师 周三下午2点", /手机号「1380013」不对/],
      ["/invite 李四 13800138001 测试工程师 下午3点", /没有写哪一天/],
      ["/invite 李四 13800138001 测试工程师 周三", /没有写几点/],
      ["/invite 李四 13800138001 测试工程师 今天上午9点", /已经过去了/],
      ["/invite 李四 13800138001 测试工程师 随便什么时候", /看不懂时间/],
    ];
    for (const [command, expected] of cases) {
      const text = markdownOf(await ask(sim(), "recruiter_wang", command));
      expect(text, command).toMatch(expected);
      expect(text, command).toContain("周三下午2点");
    }
    expect((await interviewsOf("recruiter_wang")).length).toBe(before);
  });

  it("/invite flags a clash with another interview of the same recruiter, and a URL place makes it online", async () => {
    await ask(sim(), "recruiter_zhao", "/invite 王五 13800138002 产品经理 周四上午10点 会议室B", 2);
    const answer = markdownOf(await ask(sim(), "recruiter_zhao", "/invite 赵六 13800138003 产品经理 11月27日 10:30 https://meeting.tencent.com/dm/abc", 2));
    expect(answer).toContain("注意：你在这个时间已有面试");
    expect(answer).toContain("王五");
    const [online] = (await interviewsOf("recruiter_zhao")).filter((r) => r.candidate.name === "赵六");
    expect(online!.interview.meetingUrl).toBe("https://meeting.tencent.com/dm/abc");
    expect(online!.interview.location).toBeNull();
    expect(online!.interview.scheduledAt.toISOString()).toBe("2025-11-27T02:30:00.000Z");
  });

  it("a redelivered /invite (the worker re-running an item after a crash) creates one interview and answers once", async () => {
    const handlers = recruiterBot({
      store: bot.store,
      engine: bot.engine,
      clock,
      logger: silentLogger,
      timeZone: "Asia/Shanghai",
      access: { recruiters: ["recruiter_dup"], admins: [] },
      stats: ({ days }) => statsMarkdown(bot.store, { days, now: clock.now() }),
    });
    const event = { type: "text", channel: "app", from: "recruiter_dup", createTime: Math.floor(clock.now().getTime() / 1000), msgId: "7300000000000000001", content: "/invite 钱七 13800138004 设计师 周五上午10点", agentId: "1000002" };
    const item = { id: "x", kind: "text", payload: event, attempts: 1 } as unknown as InboundItem;
    await handlers.text!(item);
    await handlers.text!(item);
    expect((await interviewsOf("recruiter_dup")).length).toBe(1);
    await expect.poll(() => appMessagesTo(sim(), "recruiter_dup").length, { timeout: 10_000 }).toBe(2);
  });

  it("/list shows today's, tomorrow's and this week's interviews with status, last reply and nudges", async () => {
    const today = await inviteCandidate(bot, "今天面", { recruiterUserId: "recruiter_wang", scheduledAt: new Date("2025-11-24T08:00:00Z") });
    await inviteCandidate(bot, "明天面", { recruiterUserId: "recruiter_wang", scheduledAt: new Date("2025-11-25T03:00:00Z") });
    await inviteCandidate(bot, "下周面", { recruiterUserId: "recruiter_wang", scheduledAt: new Date("2025-12-02T03:00:00Z") });
    await bot.store.planNudge({ interviewId: today.interview.id, kind: "two_hours_before", dueAt: new Date("2025-11-24T06:00:00Z") });

    const todayList = markdownOf(await ask(sim(), "recruiter_wang", "/list 今天"));
    expect(todayList).toContain("今天的面试");
    expect(todayList).toContain("今天面");
    expect(todayList).toContain("two_hours_before");
    expect(todayList).toContain("未回复");
    expect(todayList).not.toContain("明天面");
    const tomorrow = markdownOf(await ask(sim(), "recruiter_wang", "/列表 明天"));
    expect(tomorrow).toContain("明天面");
    expect(tomorrow).not.toContain("今天面");
    const week = markdownOf(await ask(sim(), "recruiter_wang", "/list 本周"));
    expect(week).toContain("今天面");
    expect(week).toContain("明天面");
    expect(week).not.toContain("下周面");
    expect(markdownOf(await ask(sim(), "recruiter_wang", "/list 下个月"))).toContain("用法：`/list");
    // Another recruiter sees none of these; the admin sees them all.
    expect(markdownOf(await ask(sim(), "recruiter_zhao", "/list 今天"))).toContain("没有面试");
    expect(markdownOf(await ask(sim(), "hr_admin", "/list 今天"))).toContain("今天面");
  });

  it("/status by id and by name shows the timeline; an unknown id or name answers with suggestions", async () => {
    const created = await inviteCandidate(bot, "周八", { recruiterUserId: "recruiter_zhao" });
    const ext = newExternalUserId("st");
    await enterWithLink(sim(), ext, created.code);
    await expect.poll(() => kfTo(sim(), ext).length).toBeGreaterThan(0);

    const byId = markdownOf(await ask(sim(), "recruiter_zhao", `/status ${created.interview.id}`));
    expect(byId).toContain(`面试 #${created.interview.id}`);
    expect(byId).toContain("周八");
    expect(byId).toContain("状态 → 已邀约");
    expect(byId).toContain("机器人：");
    const byName = markdownOf(await ask(sim(), "recruiter_zhao", "/状态 周八"));
    expect(byName).toContain(`面试 #${created.interview.id}`);

    const unknownId = markdownOf(await ask(sim(), "recruiter_zhao", "/status 999999"));
    expect(unknownId).toContain("找不到面试「999999」");
    expect(unknownId).toContain(`#${created.interview.id}`);
    const unknownName = markdownOf(await ask(sim(), "recruiter_zhao", "/status 不存在的人"));
    expect(unknownName).toContain("找不到面试");

    await inviteCandidate(bot, "周八", { recruiterUserId: "recruiter_zhao" });
    const ambiguous = markdownOf(await ask(sim(), "recruiter_zhao", "/status 周八"));
    expect(ambiguous).toContain("有 2 场面试符合「周八」");
    expect(markdownOf(await ask(sim(), "recruiter_zhao", "/status"))).toContain("用法");
  });
});
