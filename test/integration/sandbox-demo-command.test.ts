import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/clock.js";
import type { InboundHandler } from "../../src/engine/inbox-worker.js";
import type { AppTextEvent } from "../../src/wecom/callback/index.js";
import { MONDAY_10AM } from "../support/candidate-harness.js";
import { startTestBot } from "../support/test-bot.js";

type TestBot = Awaited<ReturnType<typeof startTestBot>>;

/**
 * When recruiter commands (#6) answer `/invite` with the kf link, the demo must
 * use that link and create nothing itself. #6 is not merged on this branch, so a
 * minimal `/invite` handler stands in for it: it answers the app text through the
 * same engine and WeCom client #6 will use.
 */
describe("sandbox demo with a recruiter command answering /invite", () => {
  const clock = new ManualClock(MONDAY_10AM);
  let bot: TestBot;
  const commands: string[] = [];
  const invite: InboundHandler = async (item) => {
    const event = item.payload as unknown as AppTextEvent;
    commands.push(event.content);
    const [, name, mobile, position] = event.content.split(" ");
    const created = await bot.engine.createInterview({
      candidate: { name: name!, mobile: mobile! },
      interview: { position: position!, recruiterUserId: event.from, scheduledAt: new Date("2025-11-26T06:00:00Z"), durationMinutes: 45 },
      actor: `recruiter:${event.from}`,
    });
    await bot.wecom.app.sendMarkdown(event.from, `**已创建面试** ${name}\n请把链接发给候选人：[候选人链接](${created.link})`);
  };

  beforeAll(async () => {
    bot = await startTestBot({ clock, handlers: { text: invite } });
  });
  afterAll(async () => bot?.stop());

  it("opens the link from the command's answer", async () => {
    const res = await fetch(`${bot.url}/sandbox/api/demo`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    const demo = (await res.json()) as Record<string, string>;
    expect(res.status).toBe(200);
    expect(demo).toMatchObject({ via: "command", candidateName: "张三" });
    expect(commands).toEqual(["/invite 张三 13800138000 后端工程师 11月26日下午2点 科技园A座 BOSS直聘"]);
    // Exactly one interview: the command's, bound to the demo's WeChat user.
    expect(await bot.store.findInterviews({})).toHaveLength(1);
    await expect
      .poll(async () => (await bot.store.getConversation(bot.config.wecom.kf.openKfId, demo["externalUserId"]!))?.interviewId ?? null, { timeout: 10_000 })
      .not.toBeNull();
    const state = (await (await fetch(`${bot.url}/sandbox/api/state`)).json()) as { items: Array<{ pane: string; side: string; body: { kind: string } }> };
    expect(state.items.filter((i) => i.pane === "recruiter").map((i) => `${i.side}:${i.body.kind}`)).toEqual(["out:text", "in:markdown"]);
  });
});
