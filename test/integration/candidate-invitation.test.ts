import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/clock.js";
import { enterWithLink, inviteCandidate, kfTo, MONDAY_10AM, newExternalUserId, say, settle } from "../support/candidate-harness.js";
import { POSTGRES_SKIP_REASON, startPostgres, type PostgresServer } from "../support/postgres-server.js";
import { startTestBot } from "../support/test-bot.js";

type TestBot = Awaited<ReturnType<typeof startTestBot>>;

describe("candidate on PGlite: bind by link → invitation → confirm", () => invitationSuite(async () => ({})));

describe("candidate on PostgreSQL: bind by link → invitation → confirm", async () => {
  const pg: PostgresServer | null = await startPostgres();
  if (!pg) console.warn(`PostgreSQL candidate suite skipped: ${POSTGRES_SKIP_REASON}`);
  afterAll(async () => pg?.stop());
  describe.skipIf(!pg)("on a server", () => invitationSuite(async () => ({ DATABASE_URL: pg!.url })));
});

function invitationSuite(env: () => Promise<Record<string, string>>): void {
  const clock = new ManualClock(MONDAY_10AM);
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ clock, env: await env() });
  });
  afterAll(async () => bot?.stop());

  it("binds the link opener and sends the invitation on the welcome code, then confirms by menu tap", async () => {
    const sim = bot.simulator!;
    const { interview, candidate, code, link } = await inviteCandidate(bot, "张三");
    expect(link).toMatch(new RegExp(`^https://work\\.weixin\\.qq\\.com/kfid/${bot.config.wecom.kf.openKfId}\\?scene_param=`));

    const ext = newExternalUserId("Zhang");
    const invitation = await enterWithLink(sim, ext, code);
    // One message on the welcome code: the invitation text folded into its menu.
    expect(invitation.api).toBe("kf/send_msg_on_event");
    expect(invitation.msgtype).toBe("msgmenu");
    expect(invitation.text).toContain("张三您好");
    expect(invitation.text).toContain("后端工程师");
    expect(invitation.text).toContain("11月26日");
    expect(invitation.text).toContain("14:00");
    expect(invitation.text).toContain("中关村大街1号");
    expect(invitation.text).toContain("身份证、纸质简历");
    expect(invitation.text).toContain("[confirm] 确认参加");
    expect(invitation.text).toContain("[reschedule] 申请改期");
    expect(invitation.text).toContain("[cancel] 无法参加");

    expect((await bot.store.getCandidate(candidate.id))?.externalUserId).toBe(ext);
    const conversation = await bot.store.getConversation(bot.config.wecom.kf.openKfId, ext);
    expect(conversation?.interviewId).toBe(interview.id);
    expect(conversation?.step).toBe("awaiting_reply");
    expect((await bot.store.listEvents({ interviewId: interview.id, types: ["candidate.bound"] })).length).toBe(1);

    const replies = await say(sim, ext, { menuId: "confirm", text: "确认参加" });
    expect(replies[0]!.api).toBe("kf/send_msg");
    expect(replies[0]!.text).toContain("感谢确认");
    await settle();
    expect((await bot.store.getInterview(interview.id))?.status).toBe("confirmed");
    const log = await bot.store.listMessages({ interviewId: interview.id });
    const inbound = log.filter((m) => m.direction === "in");
    expect(inbound).toEqual([expect.objectContaining({ kind: "menu", menuId: "confirm", text: "确认参加" })]);
    const outbound = log.filter((m) => m.direction === "out" && m.channel === "kf");
    expect(outbound.length).toBe(kfTo(sim, ext).length);
    expect(outbound.every((m) => m.wecomMsgId !== null)).toBe(true);
    expect((await bot.store.listEvents({ interviewId: interview.id, types: ["candidate.confirmed"] })).length).toBe(1);
  });

  it("confirms by free text", async () => {
    const sim = bot.simulator!;
    const { interview, code } = await inviteCandidate(bot, "李四");
    const ext = newExternalUserId("Li");
    await enterWithLink(sim, ext, code);
    const replies = await say(sim, ext, "好的，我会准时到");
    expect(replies[0]!.text).toContain("感谢确认");
    await settle();
    expect((await bot.store.getInterview(interview.id))?.status).toBe("confirmed");
    const [inbound] = await bot.store.listMessages({ interviewId: interview.id, direction: "in" });
    expect(inbound).toMatchObject({ kind: "text", text: "好的，我会准时到", intent: "confirm" });
    expect(inbound!.confidence).toBeGreaterThan(0.6);
  });
}
