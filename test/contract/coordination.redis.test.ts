import { Redis } from "ioredis";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import type { Coordination } from "../../src/coord/coordination.js";
import { RedisCoordination } from "../../src/coord/redis.js";
import { startRedis, testKeyPrefix } from "../support/redis-server.js";
import { coordinationContract, sleep } from "./coordination.suite.js";

const server = await startRedis();

if (!server) {
  describe.skip("Redis contract suite skipped: no REDIS_URL and no redis-server on PATH", () => {
    it("needs a Redis server", () => undefined);
  });
} else {
  const { url } = server;
  afterAll(() => server.stop());

  coordinationContract("redis", async () => new RedisCoordination(url, { keyPrefix: testKeyPrefix("contract") }));

  describe("RedisCoordination across two instances", () => {
    let a: Coordination;
    let b: Coordination;
    const open: Coordination[] = [];
    /** Two coordinations on separate connections sharing one prefix: two bot instances. */
    const pair = (): void => {
      const keyPrefix = testKeyPrefix("pair");
      a = new RedisCoordination(url, { keyPrefix });
      b = new RedisCoordination(url, { keyPrefix });
      open.push(a, b);
    };
    afterEach(async () => {
      await Promise.all(open.splice(0).map((c) => c.close()));
    });

    it("lets exactly one instance claim a key", async () => {
      pair();
      const results = await Promise.all(
        Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? a : b).claim("callback:msg-1", 5_000)),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await b.claim("callback:msg-1", 5_000)).toBe(false);
      await a.unclaim("callback:msg-1");
      expect(await b.claim("callback:msg-1", 5_000)).toBe(true);
    });

    it("keeps a lock exclusive across instances and hands it over on release", async () => {
      pair();
      const held = await a.acquire("job:nudge", 10_000);
      expect(held).not.toBeNull();
      expect(await b.acquire("job:nudge", 10_000)).toBeNull();
      const waiting = b.acquire("job:nudge", 10_000, { waitMs: 3_000 });
      await sleep(80);
      expect(await held?.release()).toBe(true);
      const taken = await waiting;
      expect(taken).not.toBeNull();
      expect(await a.acquire("job:nudge", 10_000)).toBeNull();
      // The first instance's stale handle cannot touch the second's lock.
      expect(await held?.release()).toBe(false);
      expect(await held?.extend(10_000)).toBe(false);
      expect(await taken?.release()).toBe(true);
    });

    it("runs getOrLoad's loader once across instances", async () => {
      pair();
      let calls = 0;
      const load = async (): Promise<{ value: string; ttlMs: number }> => {
        calls += 1;
        await sleep(100);
        return { value: `access-token-${calls}`, ttlMs: 5_000 };
      };
      const values = await Promise.all(
        Array.from({ length: 50 }, (_, i) => (i % 2 === 0 ? a : b).getOrLoad("wecom:token", load)),
      );
      expect(calls).toBe(1);
      expect(new Set(values)).toEqual(new Set(["access-token-1"]));
      expect(await b.get("wecom:token")).toBe("access-token-1");
    });

    it("when one instance's loader fails, the waiting instance loads for itself", async () => {
      pair();
      const failing = a.getOrLoad("flaky", async () => {
        await sleep(100);
        throw new Error("token endpoint down");
      });
      await sleep(20); // let instance A take the load lock first
      let bCalls = 0;
      const fromB = b.getOrLoad("flaky", async () => {
        bCalls += 1;
        return { value: "from-b", ttlMs: 5_000 };
      });
      await expect(failing).rejects.toThrow("token endpoint down");
      expect(await fromB).toBe("from-b");
      expect(bCalls).toBe(1);
    });

    it("a dead loader's lock expires and another instance takes over", async () => {
      const keyPrefix = testKeyPrefix("dead");
      const survivor = new RedisCoordination(url, { keyPrefix, loadLockTtlMs: 150 });
      open.push(survivor);
      // Simulate a crashed instance: its load lock is left behind with no loader.
      const raw = new Redis(url);
      await raw.set(`${keyPrefix}orphan:load`, "dead-instance-token", "PX", 150);
      await raw.quit();
      const started = performance.now();
      expect(await survivor.getOrLoad("orphan", async () => ({ value: "recovered", ttlMs: 5_000 }))).toBe("recovered");
      expect(performance.now() - started).toBeGreaterThanOrEqual(100);
    });

    it("a slow loader keeps its load lock past the lock TTL", async () => {
      const keyPrefix = testKeyPrefix("slow");
      const one = new RedisCoordination(url, { keyPrefix, loadLockTtlMs: 90 });
      const two = new RedisCoordination(url, { keyPrefix, loadLockTtlMs: 90 });
      open.push(one, two);
      let calls = 0;
      const load = async (): Promise<{ value: string; ttlMs: number }> => {
        calls += 1;
        await sleep(400);
        return { value: "slow", ttlMs: 5_000 };
      };
      const first = one.getOrLoad("k", load);
      await sleep(20);
      const second = two.getOrLoad("k", load);
      expect(await Promise.all([first, second])).toEqual(["slow", "slow"]);
      expect(calls).toBe(1);
    });

    it("shares one rate-limit window across instances", async () => {
      pair();
      const results = await Promise.all(
        Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? a : b).hit("send:hr-1", 5, 10_000)),
      );
      expect(results.filter((r) => r.allowed)).toHaveLength(5);
    });

    it("isolates key prefixes", async () => {
      const x = new RedisCoordination(url, { keyPrefix: testKeyPrefix("x") });
      const y = new RedisCoordination(url, { keyPrefix: testKeyPrefix("y") });
      open.push(x, y);
      expect(await x.claim("same", 5_000)).toBe(true);
      expect(await y.claim("same", 5_000)).toBe(true);
      await x.set("v", "from-x", 5_000);
      expect(await y.get("v")).toBeUndefined();
    });

    it("reloads Lua scripts after SCRIPT FLUSH", async () => {
      const coord = new RedisCoordination(url, { keyPrefix: testKeyPrefix("flush") });
      open.push(coord);
      const lock = await coord.acquire("l", 5_000);
      const raw = new Redis(url);
      await raw.script("FLUSH");
      await raw.quit();
      expect(await lock?.extend(5_000)).toBe(true);
      expect(await lock?.release()).toBe(true);
    });
  });
}
