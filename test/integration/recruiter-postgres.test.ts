import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/clock.js";
import { enterWithLink, inviteCandidate, kfTo, MONDAY_10AM, newExternalUserId, say } from "../support/candidate-harness.js";
import { POSTGRES_SKIP_REASON, startPostgres, type PostgresServer } from "../support/postgres-server.js";
import { ask, markdownOf, RECRUITER_ENV } from "../support/recruiter-harness.js";
import { startTestBot } from "../support/test-bot.js";

describe("recruiter commands and HR alerts on PostgreSQL", async () => {
  const pg: PostgresServer | null = await startPostgres();
  if (!pg) console.warn(`PostgreSQL recruiter suite skipped: ${POSTGRES_SKIP_REASON}`);
  afterAll(async () => pg?.stop());

  describe.skipIf(!pg)("on a server", () => {
    const clock = new ManualClock(MONDAY_10AM);
    let bot: Awaited<ReturnType<typeof startTestBot>>;
    beforeAll(async () => {
      bot = await startTestBot({ clock, env: { ...RECRUITER_ENV, DATABASE_URL: pg!.url }, hrAlerts: { paceMs: 200, pollMs: 100, digestAt: false } });
    });
    afterAll(async () => bot?.stop());

    it("/invite, /cancel with the candidate told, and the cancellation alert in the group", async () => {
      const sim = bot.simulator!;
      const answer = markdownOf(await ask(sim, "recruiter_li", "/invite 郑九 13800138009 运营专员 周三下午2点 科技园A座", 2));
      expect(answer).toContain("已创建");
      const created = await inviteCandidate(bot, "郑十", { recruiterUserId: "recruiter_li" });
      const ext = newExternalUserId("pg");
      await enterWithLink(sim, ext, created.code);
      await say(sim, ext, "收到");
      const before = kfTo(sim, ext).length;
      expect(markdownOf(await ask(sim, "recruiter_li", `/cancel ${created.interview.id}`))).toContain("已取消面试");
      await expect.poll(() => kfTo(sim, ext).length, { timeout: 10_000 }).toBeGreaterThan(before);
      expect((await bot.store.getInterview(created.interview.id))?.status).toBe("cancelled");

      await bot.store.recordEvent({ type: "nudge.not_checked_in", interviewId: created.interview.id, payload: {} });
      await expect
        .poll(() => sim.sent.some((r) => r.channel === "robot" && r.text.includes("候选人还没签到") && r.text.includes("郑十")), { timeout: 15_000 })
        .toBe(true);
    });
  });
});
