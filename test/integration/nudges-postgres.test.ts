import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readConfig } from "../../config/settings.js";
import { startBot, type Bot } from "../../src/bot.js";
import { ManualClock } from "../../src/clock.js";
import { silentLogger } from "../../src/log.js";
import type { Simulator } from "../../src/wecom/simulator/index.js";
import { appTo, enterWithLink, inviteCandidate, kfTo, MONDAY_10AM, newExternalUserId, say, settle } from "../support/candidate-harness.js";
import { bt, nudgeStatuses } from "../support/nudge-harness.js";
import { POSTGRES_SKIP_REASON, startPostgres, type PostgresServer } from "../support/postgres-server.js";
import { startRedis, testKeyPrefix, type TestRedis } from "../support/redis-server.js";
import { startSharedWecom } from "../support/restartable-bot.js";
import { liveEnv } from "../support/test-bot.js";

/**
 * Two bot instances on one PostgreSQL (and one Redis), one WeCom, one app
 * clock: both run Agenda on the same jobs table and both run `runDue()` at
 * every step. Every nudge must still reach its candidate exactly once.
 */
describe("nudges on PostgreSQL with two instances", async () => {
  const pg: PostgresServer | null = await startPostgres();
  const redis: TestRedis | null = pg ? await startRedis() : null;
  const skip = !pg || !redis;
  if (skip) console.warn(`two-instance nudge test skipped: ${!pg ? POSTGRES_SKIP_REASON : "no REDIS_URL and no redis-server on PATH"}`);

  describe.skipIf(skip)("shared jobs", () => {
    const clock = new ManualClock(MONDAY_10AM);
    let sim: Simulator;
    let a: Bot;
    let b: Bot;
    const dirs: string[] = [];

    async function instance(port: number): Promise<Bot> {
      const dir = await mkdtemp(join(tmpdir(), "nudge-pg-"));
      dirs.push(dir);
      const env = { PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dir, LOG_LEVEL: "silent", ...liveEnv(sim.url), DATABASE_URL: pg!.url, REDIS_URL: redis!.url, REDIS_KEY_PREFIX: testKeyPrefix("nudge2") };
      return startBot({ config: readConfig(env), logger: silentLogger, clock });
    }

    beforeAll(async () => {
      const shared = await startSharedWecom(clock);
      sim = shared.sim;
      // WeCom calls back instance A; both share the database, Redis and the jobs.
      a = await instance(shared.port);
      b = await instance(0);
    });
    afterAll(async () => {
      await a?.stop();
      await b?.stop();
      await sim?.stop();
      await redis?.stop();
      await pg?.stop();
      for (const d of dirs) await rm(d, { recursive: true, force: true });
    });

    it("every nudge is sent exactly once", async () => {
      const candidates: Array<{ interviewId: string; ext: string }> = [];
      for (let i = 0; i < 6; i++) {
        const created = await inviteCandidate(a, `候选人${i}`);
        const ext = newExternalUserId(`pg${i}`);
        await enterWithLink(sim, ext, created.code);
        await say(sim, ext, { menuId: "confirm", text: "确认参加" });
        candidates.push({ interviewId: created.interview.id, ext });
      }
      await a.jobs.settle();
      // Agenda jobs exist once per planned nudge, whichever instance wrote them.
      for (const c of candidates) {
        const planned = (await b.jobs.listNudges(c.interviewId)).filter((n) => n.status === "planned");
        expect((await b.jobs.listJobs(c.interviewId)).map((j) => j.data.nudgeId).sort()).toEqual(planned.map((n) => n.id).sort());
      }

      const steps = ["2025-11-25T14:00:00", "2025-11-26T10:00:00", "2025-11-26T11:00:00", "2025-11-26T14:15:00"];
      for (const step of steps) {
        clock.set(bt(step));
        // Both instances race their Agenda processors and two explicit runs.
        await Promise.all([a.jobs.runDue(), b.jobs.runDue(), a.jobs.runDue(), b.jobs.runDue()]);
        await settle(300);
      }
      await expect.poll(async () => (await Promise.all(candidates.map((c) => nudgeStatuses(a, c.interviewId)))).every((s) => s.check_in_alert !== "planned"), { timeout: 15_000 }).toBe(true);
      await settle(1500);

      const notes = appTo(sim, "recruiter_li").map((r) => r.text);
      for (const [i, c] of candidates.entries()) {
        // T−24 h went out once; nobody answered, so the window (48 h from Monday's reply) closed
        // before the interview-day note: the recruiter was told once instead.
        const texts = kfTo(sim, c.ext).map((r) => r.text);
        expect(texts.filter((t) => t.includes("您还能按时参加吗"))).toHaveLength(1);
        expect(texts.filter((t) => t.includes("今天 14:00"))).toHaveLength(0);
        expect(notes.filter((t) => t.includes(`候选人${i}`) && t.includes("提前10分钟"))).toHaveLength(1);
        // And in our own log: one outbound message per nudge.
        const logged = await a.store.listMessages({ interviewId: c.interviewId, direction: "out", channel: "kf" });
        expect(logged.filter((m) => m.text?.includes("您还能按时参加吗"))).toHaveLength(1);
        expect(await nudgeStatuses(a, c.interviewId)).toMatchObject({
          reconfirm: "sent",
          day_of: "failed:kf_window: 48 h passed since the candidate's last message",
          reconfirm_unanswered: "sent:hr_alert_recorded",
          check_in_alert: "sent:hr_alert_recorded",
        });
        const alerts = await a.store.listEvents({ interviewId: c.interviewId, types: ["nudge.not_checked_in", "nudge.reconfirm_unanswered", "kf.window_exhausted"] });
        expect(alerts.map((e) => e.type).sort()).toEqual(["kf.window_exhausted", "nudge.not_checked_in", "nudge.reconfirm_unanswered"]);
      }
    });

    it("Agenda on PostgreSQL fires on a clock jump alone (LISTEN/NOTIFY wakes both instances)", async () => {
      clock.set(bt("2025-12-01T10:00:00"));
      const created = await inviteCandidate(a, "单独", { scheduledAt: bt("2025-12-03T14:00:00") });
      const ext = newExternalUserId("pgjump");
      await enterWithLink(sim, ext, created.code);
      await say(sim, ext, { menuId: "confirm", text: "确认参加" });
      await a.jobs.settle();
      const before = kfTo(sim, ext).length;
      clock.set(bt("2025-12-02T14:00:00"));
      await expect.poll(() => kfTo(sim, ext).length, { timeout: 15_000 }).toBe(before + 1);
      expect(kfTo(sim, ext)[before]!.text).toContain("您还能按时参加吗");
    });
  });
});
