import { createServer } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { silentLogger } from "../../src/log.js";
import { CoordinationUnavailableError, createCoordination, redactUrl } from "../../src/coord/index.js";
import { startRedis, testKeyPrefix } from "../support/redis-server.js";

/** A port nobody listens on: bind, read it, close. */
async function deadPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 1));
    });
  });
}

describe("createCoordination", () => {
  it("uses memory when no REDIS_URL is given", async () => {
    const coord = await createCoordination(undefined, silentLogger);
    expect(coord.kind).toBe("memory");
    await coord.close();
  });

  it("fails fast with an error naming REDIS_URL (password hidden) when Redis is unreachable", async () => {
    const url = `redis://:hunter2@127.0.0.1:${await deadPort()}`;
    const started = performance.now();
    const error = await createCoordination(url, silentLogger).catch((e: unknown) => e);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(error).toBeInstanceOf(CoordinationUnavailableError);
    expect(error).toMatchObject({ name: "CoordinationUnavailableError" });
    const message = error instanceof Error ? error.message : "";
    expect(message).toContain("REDIS_URL");
    expect(message).toContain("ECONNREFUSED");
    expect(message).not.toContain("hunter2");
  });

  it("redacts passwords", () => {
    expect(redactUrl("redis://user:s3cret@redis.internal:6380/2")).toBe("redis://user:***@redis.internal:6380/2");
    expect(redactUrl("not a url")).not.toContain("not a url");
  });
});

const server = await startRedis();
if (!server) {
  describe.skip("createCoordination with Redis skipped: no REDIS_URL and no redis-server on PATH", () => {
    it("needs a Redis server", () => undefined);
  });
} else {
  const { url } = server;
  afterAll(() => server.stop());

  describe("createCoordination with Redis", () => {
    it("connects, pings and namespaces keys", async () => {
      const keyPrefix = testKeyPrefix("factory");
      const coord = await createCoordination(url, silentLogger, { keyPrefix });
      expect(coord.kind).toBe("redis");
      await coord.ping();
      await coord.set("k", "v", 5_000);
      const { Redis } = await import("ioredis");
      const raw = new Redis(url);
      expect(await raw.get(`${keyPrefix}k`)).toBe("v");
      await raw.quit();
      await coord.close();
    });
  });
}
