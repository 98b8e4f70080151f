/**
 * The one contract every {@link Coordination} backend must pass. TTLs are short
 * real ones (tens to hundreds of ms) so the same tests run against Redis, whose
 * clock we cannot move.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LockTimeoutError, withLock, type Coordination } from "../../src/coord/coordination.js";

/** Makes a fresh, isolated coordination (own instance or own key prefix) for one test. */
export type CoordinationFactory = () => Promise<Coordination>;

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export function coordinationContract(name: string, factory: CoordinationFactory): void {
  describe(`Coordination contract: ${name}`, () => {
    let coord: Coordination;
    beforeEach(async () => {
      coord = await factory();
    });
    afterEach(async () => {
      await coord.close();
    });

    describe("claim / unclaim", () => {
      it("claims a key once until it expires", async () => {
        expect(await coord.claim("msg:1", 5_000)).toBe(true);
        expect(await coord.claim("msg:1", 5_000)).toBe(false);
        expect(await coord.claim("msg:2", 5_000)).toBe(true);
      });

      it("lets exactly one of many concurrent claimers win", async () => {
        const results = await Promise.all(Array.from({ length: 30 }, () => coord.claim("race", 5_000)));
        expect(results.filter(Boolean)).toHaveLength(1);
      });

      it("can be claimed again after the TTL", async () => {
        expect(await coord.claim("ttl", 80)).toBe(true);
        expect(await coord.claim("ttl", 80)).toBe(false);
        await sleep(200);
        expect(await coord.claim("ttl", 80)).toBe(true);
      });

      it("unclaim frees the key at once; unclaiming a free key is harmless", async () => {
        await coord.claim("u", 60_000);
        await coord.unclaim("u");
        expect(await coord.claim("u", 60_000)).toBe(true);
        await expect(coord.unclaim("never-claimed")).resolves.toBeUndefined();
      });

      it("rejects a non-positive TTL", async () => {
        await expect(coord.claim("bad", 0)).rejects.toThrow(RangeError);
        await expect(coord.set("bad", "v", -1)).rejects.toThrow(RangeError);
        await expect(coord.acquire("bad", Number.NaN)).rejects.toThrow(RangeError);
      });
    });

    describe("locks", () => {
      it("is exclusive and hands out distinct owner tokens", async () => {
        const a = await coord.acquire("L", 5_000);
        expect(a).not.toBeNull();
        expect(a?.key).toBe("L");
        expect(a?.token.length).toBeGreaterThanOrEqual(16);
        expect(await coord.acquire("L", 5_000)).toBeNull();
        expect(await a?.release()).toBe(true);
        const b = await coord.acquire("L", 5_000);
        expect(b).not.toBeNull();
        expect(b?.token).not.toBe(a?.token);
        await b?.release();
      });

      it("release is true once, then false", async () => {
        const lock = await coord.acquire("once", 5_000);
        expect(await lock?.release()).toBe(true);
        expect(await lock?.release()).toBe(false);
      });

      it("a stale holder cannot release or extend the lock someone took after expiry", async () => {
        const stale = await coord.acquire("owned", 80);
        expect(stale).not.toBeNull();
        await sleep(200);
        const fresh = await coord.acquire("owned", 5_000);
        expect(fresh).not.toBeNull();
        expect(await stale?.release()).toBe(false);
        expect(await stale?.extend(5_000)).toBe(false);
        // The fresh holder still holds it.
        expect(await coord.acquire("owned", 5_000)).toBeNull();
        expect(await fresh?.release()).toBe(true);
      });

      it("extend keeps the lock past its first TTL", async () => {
        const lock = await coord.acquire("ext", 150);
        await sleep(50);
        expect(await lock?.extend(2_000)).toBe(true);
        await sleep(250);
        expect(await coord.acquire("ext", 1_000)).toBeNull();
        expect(await lock?.release()).toBe(true);
      });

      it("extend of an expired, untaken lock is false", async () => {
        const lock = await coord.acquire("gone", 60);
        await sleep(180);
        expect(await lock?.extend(1_000)).toBe(false);
      });

      it("waitMs acquires once the holder releases", async () => {
        const holder = await coord.acquire("wait", 10_000);
        const started = performance.now();
        const pending = coord.acquire("wait", 5_000, { waitMs: 3_000 });
        await sleep(120);
        await holder?.release();
        const lock = await pending;
        const waited = performance.now() - started;
        expect(lock).not.toBeNull();
        expect(waited).toBeGreaterThanOrEqual(100);
        expect(waited).toBeLessThan(2_000);
        await lock?.release();
      });

      it("waitMs acquires once the holder's lock expires", async () => {
        await coord.acquire("expire-wait", 120);
        const lock = await coord.acquire("expire-wait", 5_000, { waitMs: 3_000 });
        expect(lock).not.toBeNull();
        await lock?.release();
      });

      it("waitMs gives up with null when the lock stays held", async () => {
        const holder = await coord.acquire("held", 10_000);
        const started = performance.now();
        expect(await coord.acquire("held", 1_000, { waitMs: 150 })).toBeNull();
        const waited = performance.now() - started;
        expect(waited).toBeGreaterThanOrEqual(140);
        expect(waited).toBeLessThan(1_500);
        await holder?.release();
      });

      it("withLock returns the result and releases", async () => {
        expect(await withLock(coord, "wl", { ttlMs: 5_000, waitMs: 0 }, async () => 42)).toBe(42);
        expect(await coord.acquire("wl", 1_000)).not.toBeNull();
      });

      it("withLock releases when fn throws", async () => {
        const boom = new Error("boom");
        await expect(
          withLock(coord, "wl-throw", { ttlMs: 60_000, waitMs: 0 }, async () => {
            throw boom;
          }),
        ).rejects.toBe(boom);
        expect(await coord.acquire("wl-throw", 1_000)).not.toBeNull();
      });

      it("withLock throws LockTimeoutError when the lock stays held", async () => {
        await coord.acquire("wl-held", 10_000);
        const error = await withLock(coord, "wl-held", { ttlMs: 1_000, waitMs: 50 }, async () => "never").catch(
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(LockTimeoutError);
        expect(error).toMatchObject({ name: "LockTimeoutError", key: "wl-held", waitedMs: 50 });
      });

      it("withLock serialises concurrent critical sections", async () => {
        let inside = 0;
        let maxInside = 0;
        let done = 0;
        await Promise.all(
          Array.from({ length: 8 }, () =>
            withLock(coord, "serial", { ttlMs: 5_000, waitMs: 10_000 }, async () => {
              inside += 1;
              maxInside = Math.max(maxInside, inside);
              await sleep(10);
              inside -= 1;
              done += 1;
            }),
          ),
        );
        expect(done).toBe(8);
        expect(maxInside).toBe(1);
      });
    });

    describe("get / set / delete", () => {
      it("stores, overwrites and deletes values", async () => {
        expect(await coord.get("v")).toBeUndefined();
        await coord.set("v", "one", 5_000);
        expect(await coord.get("v")).toBe("one");
        await coord.set("v", "two", 5_000);
        expect(await coord.get("v")).toBe("two");
        await coord.delete("v");
        expect(await coord.get("v")).toBeUndefined();
        await expect(coord.delete("v")).resolves.toBeUndefined();
      });

      it("round-trips empty and non-ASCII values", async () => {
        await coord.set("empty", "", 5_000);
        expect(await coord.get("empty")).toBe("");
        await coord.set("zh", "面试时间：周三 14:00 🙂", 5_000);
        expect(await coord.get("zh")).toBe("面试时间：周三 14:00 🙂");
      });

      it("forgets a value after its TTL", async () => {
        await coord.set("short", "x", 80);
        expect(await coord.get("short")).toBe("x");
        await sleep(200);
        expect(await coord.get("short")).toBeUndefined();
      });

      it("set replaces the TTL", async () => {
        await coord.set("re", "a", 80);
        await coord.set("re", "b", 5_000);
        await sleep(200);
        expect(await coord.get("re")).toBe("b");
      });
    });

    describe("getOrLoad", () => {
      it("runs the loader once for 50 concurrent callers; all get its value", async () => {
        let calls = 0;
        const load = async (): Promise<{ value: string; ttlMs: number }> => {
          calls += 1;
          await sleep(60);
          return { value: `token-${calls}`, ttlMs: 5_000 };
        };
        const values = await Promise.all(Array.from({ length: 50 }, () => coord.getOrLoad("tok", load)));
        expect(calls).toBe(1);
        expect(new Set(values)).toEqual(new Set(["token-1"]));
        expect(await coord.get("tok")).toBe("token-1");
        expect(await coord.getOrLoad("tok", load)).toBe("token-1");
        expect(calls).toBe(1);
      });

      it("returns an existing value without loading", async () => {
        await coord.set("pre", "cached", 5_000);
        let calls = 0;
        const value = await coord.getOrLoad("pre", async () => {
          calls += 1;
          return { value: "fresh", ttlMs: 5_000 };
        });
        expect(value).toBe("cached");
        expect(calls).toBe(0);
      });

      it("a throwing loader fails its callers but does not poison the key", async () => {
        const boom = new Error("token endpoint down");
        const failing = await Promise.allSettled(
          Array.from({ length: 5 }, () =>
            coord.getOrLoad("flaky", async () => {
              await sleep(20);
              throw boom;
            }),
          ),
        );
        for (const result of failing) expect(result).toMatchObject({ status: "rejected", reason: boom });
        expect(await coord.get("flaky")).toBeUndefined();
        expect(await coord.getOrLoad("flaky", async () => ({ value: "ok", ttlMs: 5_000 }))).toBe("ok");
      });

      it("loads again after the value's TTL", async () => {
        let calls = 0;
        const load = async (): Promise<{ value: string; ttlMs: number }> => {
          calls += 1;
          return { value: `v${calls}`, ttlMs: 80 };
        };
        expect(await coord.getOrLoad("exp", load)).toBe("v1");
        expect(await coord.getOrLoad("exp", load)).toBe("v1");
        await sleep(200);
        expect(await coord.getOrLoad("exp", load)).toBe("v2");
        expect(calls).toBe(2);
      });
    });

    describe("hit (sliding-window rate limit)", () => {
      it("allows exactly `limit` of many concurrent hits", async () => {
        const results = await Promise.all(Array.from({ length: 20 }, () => coord.hit("rl", 7, 10_000)));
        const allowed = results.filter((r) => r.allowed);
        const refused = results.filter((r) => !r.allowed);
        expect(allowed).toHaveLength(7);
        for (const r of allowed) expect(r.retryAfterMs).toBe(0);
        for (const r of refused) {
          expect(r.retryAfterMs).toBeGreaterThan(9_000);
          expect(r.retryAfterMs).toBeLessThanOrEqual(10_000);
        }
      });

      it("retryAfterMs counts down to when the oldest hit leaves the window", async () => {
        expect((await coord.hit("cd", 1, 600)).allowed).toBe(true);
        await sleep(200);
        const refused = await coord.hit("cd", 1, 600);
        expect(refused.allowed).toBe(false);
        expect(refused.retryAfterMs).toBeGreaterThan(150);
        expect(refused.retryAfterMs).toBeLessThanOrEqual(420);
        await sleep(refused.retryAfterMs + 30);
        expect((await coord.hit("cd", 1, 600)).allowed).toBe(true);
      });

      it("slides: old hits leave one by one rather than all at a window boundary", async () => {
        expect((await coord.hit("slide", 2, 500)).allowed).toBe(true); // t≈0
        await sleep(250);
        expect((await coord.hit("slide", 2, 500)).allowed).toBe(true); // t≈250
        expect((await coord.hit("slide", 2, 500)).allowed).toBe(false);
        await sleep(300); // t≈550: first hit has left, second has not
        expect((await coord.hit("slide", 2, 500)).allowed).toBe(true);
        const refused = await coord.hit("slide", 2, 500);
        expect(refused.allowed).toBe(false);
        // The oldest remaining hit is the one from t≈250, leaving at t≈750.
        expect(refused.retryAfterMs).toBeGreaterThan(0);
        expect(refused.retryAfterMs).toBeLessThanOrEqual(250);
      });

      it("refused hits are not recorded", async () => {
        expect((await coord.hit("nocount", 1, 150)).allowed).toBe(true);
        for (let i = 0; i < 5; i++) expect((await coord.hit("nocount", 1, 150)).allowed).toBe(false);
        await sleep(250);
        expect((await coord.hit("nocount", 1, 150)).allowed).toBe(true);
      });

      it("keeps keys independent", async () => {
        expect((await coord.hit("a", 1, 10_000)).allowed).toBe(true);
        expect((await coord.hit("b", 1, 10_000)).allowed).toBe(true);
        expect((await coord.hit("a", 1, 10_000)).allowed).toBe(false);
      });

      it("rejects a nonsensical limit or window", async () => {
        await expect(coord.hit("bad", 0, 1_000)).rejects.toThrow(RangeError);
        await expect(coord.hit("bad", 1.5, 1_000)).rejects.toThrow(RangeError);
        await expect(coord.hit("bad", 1, 0)).rejects.toThrow(RangeError);
      });
    });

    describe("ping / close", () => {
      it("pings while open and fails after close; close is idempotent", async () => {
        await expect(coord.ping()).resolves.toBeUndefined();
        await coord.close();
        await expect(coord.ping()).rejects.toThrow();
        await expect(coord.close()).resolves.toBeUndefined();
      });
    });
  });
}
