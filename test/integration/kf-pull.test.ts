import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { InboundItem } from "../../src/store/types.js";
import type { KfTextItem } from "../../src/wecom/api/kf-types.js";
import type { KfActionResult, Simulator } from "../../src/wecom/simulator/index.js";
import { POSTGRES_SKIP_REASON, startPostgres, type PostgresServer } from "../support/postgres-server.js";
import { startRedis, testKeyPrefix, type TestRedis } from "../support/redis-server.js";
import { liveEnv, startQuietSimulator, startTestBot } from "../support/test-bot.js";

type TestBot = Awaited<ReturnType<typeof startTestBot>>;

function recorder() {
  const seen: string[] = [];
  return {
    seen,
    handlers: {
      "kf.text": async (item: InboundItem) => {
        seen.push((item.payload as unknown as KfTextItem).msgid);
      },
    },
  };
}

/** Every inbox row, whatever its status: pulled messages and stored notifications. */
const inboxSize = async (bot: TestBot): Promise<number> => Object.values(await bot.store.inboundCounts()).reduce((a, b) => a + b, 0);

describe("kf messages through the sandbox simulator", () => {
  const rec = recorder();
  let bot: TestBot;
  beforeAll(async () => {
    bot = await startTestBot({ handlers: rec.handlers });
  });
  afterAll(async () => bot?.stop());

  it("pulls what a candidate wrote after the kf_msg_or_event callback, once", async () => {
    const sim = bot.simulator!;
    const said = await sim.candidateSays("wmCandidateA", "好的，准时到");
    expect(said.delivery?.ok).toBe(true);
    await expect.poll(() => rec.seen).toContain(said.msgid);
    // WeCom re-delivers the same callback three more times: nothing new is handled.
    await sim.deliverTimes(said.callback, 3);
    await new Promise((r) => setTimeout(r, 300));
    expect(rec.seen.filter((id) => id === said.msgid)).toHaveLength(1);
    expect(await bot.store.getKfCursor(bot.config.wecom.kf.openKfId)).toBeTruthy();
  });

  it("answers a notification once the pull has stored its message, with no inbox row for the notification", async () => {
    const sim = bot.simulator!;
    const before = await inboxSize(bot);
    const pullsBefore = sim.callCount("kf/sync_msg");
    const said = await sim.candidateSays("wmCandidateB", "收到");
    expect(said.delivery?.ok).toBe(true);
    // Acknowledged: the message itself is durable already.
    expect(sim.callCount("kf/sync_msg")).toBe(pullsBefore + 1);
    expect(await inboxSize(bot)).toBe(before + 1);
    await expect.poll(() => rec.seen).toContain(said.msgid);
    await new Promise((r) => setTimeout(r, 200));
    // …and it stays the only new row: the notification never became one.
    expect(await inboxSize(bot)).toBe(before + 1);
  });

  it("stores the notification before answering when the pull fails, and the message still arrives once", async () => {
    const sim = bot.simulator!;
    const before = await inboxSize(bot);
    sim.failNext("kf/sync_msg", 95007);
    const said = await sim.candidateSays("wmCandidateC", "明天见");
    expect(said.delivery?.ok).toBe(true);
    expect(said.delivery?.attempts).toHaveLength(1);
    // The pull failed, so the row there at the acknowledgement is the notification.
    expect(await inboxSize(bot)).toBe(before + 1);
    await expect.poll(() => rec.seen, { timeout: 5_000 }).toContain(said.msgid);
    await new Promise((r) => setTimeout(r, 300));
    expect(rec.seen.filter((id) => id === said.msgid)).toHaveLength(1);
    expect(await inboxSize(bot)).toBe(before + 2);
  });

  it("coalesces notifications that arrive together into a few pulls", async () => {
    const sim = bot.simulator!;
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => sim.candidateSays(`wmBurst${i}`, `第${i}条`)));
    const before = await inboxSize(bot);
    const pulls = sim.callCount("kf/sync_msg");
    // Each callback again, all at once: one pull may be running, the others wait for the next one.
    const again = await Promise.all(results.map((r) => sim.deliverOnce(r.callback)));
    expect(again.every((a) => a.status === 200)).toBe(true);
    expect(sim.callCount("kf/sync_msg") - pulls).toBeLessThanOrEqual(3);
    const ids = results.map((r) => r.msgid);
    await expect.poll(() => ids.every((id) => rec.seen.includes(id))).toBe(true);
    expect(await inboxSize(bot)).toBe(before);
  });

  it("never handles a message twice when pulls race", async () => {
    const sim = bot.simulator!;
    const results: KfActionResult[] = [];
    for (let i = 0; i < 25; i++) results.push(await sim.candidateSays(`wmRacer${i % 5}`, `第${i}条`));
    // Deliver every callback again, all at once: many concurrent pulls for one open_kfid.
    await Promise.all(results.map((r) => sim.deliverOnce(r.callback)));
    const ids = results.map((r) => r.msgid);
    await expect.poll(() => ids.every((id) => rec.seen.includes(id)), { timeout: 15_000 }).toBe(true);
    await new Promise((r) => setTimeout(r, 300));
    const counts = new Map<string, number>();
    for (const id of rec.seen) counts.set(id, (counts.get(id) ?? 0) + 1);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
  });
});

/**
 * Two bot instances behind one load balancer: one PostgreSQL, one Redis, one
 * WeCom. Every callback reaches both instances (WeCom's retries landing on
 * different instances); every message must still be handled exactly once.
 */
describe("two instances on one PostgreSQL and one Redis", async () => {
  const pg: PostgresServer | null = await startPostgres();
  const redis: TestRedis | null = pg ? await startRedis() : null;
  const skip = !pg || !redis;
  if (skip) console.warn(`two-instance kf test skipped: ${!pg ? POSTGRES_SKIP_REASON : "no REDIS_URL and no redis-server on PATH"}`);

  describe.skipIf(skip)("shared pulls", () => {
    const recA = recorder();
    const recB = recorder();
    let sim: Simulator;
    let a: TestBot;
    let b: TestBot;

    beforeAll(async () => {
      sim = await startQuietSimulator();
      const env = { ...liveEnv(sim.url), DATABASE_URL: pg!.url, REDIS_URL: redis!.url, REDIS_KEY_PREFIX: testKeyPrefix("kf2") };
      a = await startTestBot({ env, handlers: recA.handlers });
      b = await startTestBot({ env, handlers: recB.handlers });
    });
    afterAll(async () => {
      await a?.stop();
      await b?.stop();
      await sim?.stop();
      await redis?.stop();
      await pg?.stop();
    });

    it("pulls again from the stored cursor when the other instance moved it since this one's last pull", async () => {
      const post = (bot: TestBot, r: KfActionResult) => fetch(`${bot.url}${r.callback.path}?${r.callback.query}`, { method: "POST", body: r.callback.body });
      const first = await sim.candidateSays("wmCursor", "一");
      // Both instances pull, so both remember the cursor after `first` (a retry may be needed to get there).
      expect((await post(a, first)).status).toBe(200);
      expect((await post(b, first)).status).toBe(200);
      await new Promise((r) => setTimeout(r, 1000));
      const second = await sim.candidateSays("wmCursor", "二");
      expect((await post(b, second)).status).toBe(200);
      // A remembers the cursor it saved after `first`; B has moved it past `second` since.
      const third = await sim.candidateSays("wmCursor", "三");
      const rows = await inboxSize(a);
      const pulls = sim.callCount("kf/sync_msg");
      expect((await post(a, third)).status).toBe(200);
      // One pull from the remembered cursor (refused on save), one from the stored one.
      expect(sim.callCount("kf/sync_msg") - pulls).toBe(2);
      // Acknowledged after the message was stored: it is the only new row (no stored notification).
      expect(await inboxSize(a)).toBe(rows + 1);
      const all = () => [...recA.seen, ...recB.seen];
      await expect.poll(() => [first, second, third].every((r) => all().includes(r.msgid))).toBe(true);
      expect(all().filter((id) => [first.msgid, second.msgid, third.msgid].includes(id))).toHaveLength(3);
    });

    it("handles each message once across both instances", async () => {
      const earlier = new Set([...recA.seen, ...recB.seen]);
      const results: KfActionResult[] = [];
      for (let i = 0; i < 30; i++) results.push(await sim.candidateSays(`wmShared${i % 6}`, `消息${i}`));
      const post = (url: string, r: KfActionResult) =>
        fetch(`${url}${r.callback.path}?${r.callback.query}`, { method: "POST", body: r.callback.body });
      const answers = await Promise.all(results.flatMap((r) => [post(a.url, r), post(b.url, r), post(a.url, r), post(b.url, r)]));
      expect(answers.every((res) => res.status === 200)).toBe(true);

      const ids = results.map((r) => r.msgid);
      const all = () => [...recA.seen, ...recB.seen];
      await expect.poll(() => ids.every((id) => all().includes(id)), { timeout: 20_000 }).toBe(true);
      await new Promise((r) => setTimeout(r, 500));
      expect(all().filter((id) => !earlier.has(id)).sort()).toEqual([...ids].sort());
      expect(new Set(all()).size).toBe(all().length);
    });
  });
});
