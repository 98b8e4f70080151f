import { createHash, randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import type { Logger } from "../log.js";
import type { Coordination, Lock } from "./coordination.js";

export interface RedisCoordinationOptions {
  /** Prepended to every key (e.g. `ib:`), so several apps or test runs can share one Redis. */
  keyPrefix?: string;
  /** Receives connection errors and failed lock releases; silent when absent. */
  logger?: Logger;
  /**
   * TTL of the `key:load` lock that makes {@link RedisCoordination.getOrLoad} a
   * single flight. It is extended while the loader runs, so it only bounds how
   * long other instances wait after a loader's process dies. Default 10 s.
   */
  loadLockTtlMs?: number;
  /** How long `ping` waits for PONG before reporting Redis unhealthy. Default 2 s. */
  pingTimeoutMs?: number;
}

/** Delete only if the caller still owns the lock (compare-and-delete). */
const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0`;

/** Extend only if the caller still owns the lock (compare-and-pexpire). */
const EXTEND = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0`;

/**
 * Sliding-window log over a sorted set scored by hit time. Time comes from the
 * Redis server's TIME, not the callers: every instance then measures windows on
 * one clock, and skew between bot hosts cannot let extra hits through. (Redis 7
 * replicates scripts by effect, so TIME before writes is allowed; the guarded
 * replicate_commands() call makes the same true on Redis 3.2–6.)
 * ARGV: limit, window ms (integer), unique member. Returns {allowed 0|1, retryAfterMs}.
 */
const HIT = `
if redis.replicate_commands then redis.replicate_commands() end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local limit = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) < limit then
  redis.call('ZADD', KEYS[1], now, ARGV[3])
  redis.call('PEXPIRE', KEYS[1], window)
  return {1, 0}
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
local retry = tonumber(oldest[2]) + window - now
if retry < 1 then retry = 1 end
return {0, retry}`;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Backoff for lock and single-flight waits: 5 ms doubling to 100 ms, ±50 % jitter so waiters spread out. */
function backoff(attempt: number): number {
  const base = Math.min(100, 5 * 2 ** attempt);
  return base * (0.5 + Math.random());
}

/**
 * {@link Coordination} over Redis, for any number of bot instances sharing one
 * server. Claims and locks are `SET NX PX`; lock release/extend are Lua
 * compare-and-delete / compare-and-pexpire on a random owner token; `hit` is
 * one Lua script on server time. Not for Redis Cluster (`getOrLoad` MGETs a key
 * and its `:load` lock together).
 */
export class RedisCoordination implements Coordination {
  readonly kind = "redis" as const;

  private readonly client: Redis;
  private readonly prefix: string;
  private readonly logger: Logger | undefined;
  private readonly loadLockTtlMs: number;
  private readonly pingTimeoutMs: number;
  /** Local half of the single flight: callers in this process share one cross-instance attempt. */
  private readonly inflight = new Map<string, Promise<string>>();
  private readonly shas = new Map<string, string>();

  /**
   * @param redis a `redis://` URL (a client is created that connects on first use
   *   or on {@link connect}) or an ioredis client. Either way {@link close} quits it.
   */
  constructor(redis: string | Redis, options: RedisCoordinationOptions = {}) {
    this.client =
      typeof redis === "string"
        ? // Fail commands after a few reconnect attempts rather than queueing for
          // ~20 retries: a bot request should see "Redis down" within a second.
          // Auto-pipelining sends the commands of one event-loop tick in one write:
          // under a burst of callbacks that is most of Redis's cost on our side.
          new Redis(redis, { lazyConnect: true, maxRetriesPerRequest: 3, connectTimeout: 5_000, enableAutoPipelining: true })
        : redis;
    this.prefix = options.keyPrefix ?? "";
    this.logger = options.logger;
    this.loadLockTtlMs = options.loadLockTtlMs ?? 10_000;
    this.pingTimeoutMs = options.pingTimeoutMs ?? 2_000;
    // Without a listener ioredis prints errors to the console itself.
    this.client.on("error", (error: unknown) => this.logger?.warn({ err: error }, "redis connection error"));
  }

  /** Connects (if not yet) and pings; rejects with the underlying error when Redis cannot be reached. */
  async connect(): Promise<void> {
    if (this.client.status === "wait") {
      let lastError: unknown;
      const remember = (error: unknown): void => {
        lastError = error;
      };
      this.client.on("error", remember);
      try {
        await this.client.connect();
      } catch (error) {
        // ioredis rejects with a bare "Connection is closed."; the useful error
        // (ECONNREFUSED, ENOTFOUND, WRONGPASS…) came through the error event.
        throw lastError ?? error;
      } finally {
        this.client.off("error", remember);
      }
    }
    await this.ping();
  }

  async claim(key: string, ttlMs: number): Promise<boolean> {
    return (await this.client.set(this.k(key), "1", "PX", checkTtl(ttlMs), "NX")) === "OK";
  }

  async unclaim(key: string): Promise<void> {
    await this.client.del(this.k(key));
  }

  async acquire(key: string, ttlMs: number, options: { waitMs?: number } = {}): Promise<Lock | null> {
    const ttl = checkTtl(ttlMs);
    const deadline = performance.now() + Math.max(0, options.waitMs ?? 0);
    const token = randomBytes(16).toString("hex");
    for (let attempt = 0; ; attempt++) {
      if ((await this.client.set(this.k(key), token, "PX", ttl, "NX")) === "OK") return this.lockFor(key, token);
      const remaining = deadline - performance.now();
      if (remaining <= 0) return null;
      await sleep(Math.min(remaining, backoff(attempt)));
    }
  }

  async get(key: string): Promise<string | undefined> {
    return (await this.client.get(this.k(key))) ?? undefined;
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    await this.client.set(this.k(key), value, "PX", checkTtl(ttlMs));
  }

  async delete(key: string): Promise<void> {
    await this.client.del(this.k(key));
  }

  async getOrLoad(key: string, load: () => Promise<{ value: string; ttlMs: number }>): Promise<string> {
    let flight = this.inflight.get(key);
    if (!flight) {
      flight = this.loadOnce(key, load).finally(() => this.inflight.delete(key));
      this.inflight.set(key, flight);
    }
    return flight;
  }

  async hit(key: string, limit: number, windowMs: number): Promise<{ allowed: boolean; retryAfterMs: number }> {
    checkLimit(limit, windowMs);
    const member = randomBytes(8).toString("hex");
    const reply = await this.script(HIT, [this.k(key)], [limit, Math.ceil(windowMs), member]);
    const [allowed, retryAfterMs] = Array.isArray(reply) ? reply : [];
    return { allowed: allowed === 1, retryAfterMs: Number(retryAfterMs ?? 0) };
  }

  async ping(): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`redis PING timed out after ${this.pingTimeoutMs} ms`)), this.pingTimeoutMs);
    });
    try {
      await Promise.race([this.client.ping(), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    if (this.client.status === "end") return;
    try {
      await this.client.quit();
    } catch {
      // Already broken: drop the socket and stop reconnecting.
      this.client.disconnect();
    }
  }

  /**
   * The cross-instance half of the single flight: whoever holds `key:load` runs
   * the loader; the rest poll until the value appears or the lock frees (its
   * loader failed or died), then try again from the top.
   */
  private async loadOnce(key: string, load: () => Promise<{ value: string; ttlMs: number }>): Promise<string> {
    const valueKey = this.k(key);
    const loadKey = `${key}:load`;
    for (;;) {
      const cached = await this.client.get(valueKey);
      if (cached !== null) return cached;
      const lock = await this.acquire(loadKey, this.loadLockTtlMs);
      if (lock) {
        try {
          // Someone may have stored it between our GET and our SET NX.
          const stored = await this.client.get(valueKey);
          if (stored !== null) return stored;
          const { value, ttlMs } = await this.whileHeld(lock, load);
          // A value that is already stale is returned but not cached.
          if (ttlMs > 0) await this.client.set(valueKey, value, "PX", Math.ceil(ttlMs));
          return value;
        } finally {
          await this.releaseQuietly(lock);
        }
      }
      for (let attempt = 0; ; attempt++) {
        await sleep(backoff(Math.min(attempt, 2))); // poll at ~10–30 ms: token loads are short
        const [value, holder] = await this.client.mget(valueKey, this.k(loadKey));
        if (value !== null && value !== undefined) return value;
        if (holder === null || holder === undefined) break;
      }
    }
  }

  /** Runs `load`, extending `lock` every third of its TTL so a slow loader keeps it. */
  private async whileHeld<T>(lock: Lock, load: () => Promise<T>): Promise<T> {
    const every = Math.max(10, Math.floor(this.loadLockTtlMs / 3));
    const timer = setInterval(() => {
      lock.extend(this.loadLockTtlMs).then(
        (kept) => {
          if (!kept) this.logger?.warn({ lock: lock.key }, "single-flight lock lost while loading");
        },
        (error: unknown) => this.logger?.warn({ err: error, lock: lock.key }, "could not extend single-flight lock"),
      );
    }, every);
    timer.unref();
    try {
      return await load();
    } finally {
      clearInterval(timer);
    }
  }

  /** A failed release must not hide the loader's own outcome; the lock's TTL frees it anyway. */
  private async releaseQuietly(lock: Lock): Promise<void> {
    try {
      await lock.release();
    } catch (error) {
      this.logger?.warn({ err: error, lock: lock.key }, "could not release lock; it will expire");
    }
  }

  private lockFor(key: string, token: string): Lock {
    const full = this.k(key);
    return {
      key,
      token,
      extend: async (ttlMs: number) => (await this.script(EXTEND, [full], [token, checkTtl(ttlMs)])) === 1,
      release: async () => (await this.script(RELEASE, [full], [token])) === 1,
    };
  }

  /** EVALSHA with a fallback to EVAL when the server's script cache lacks it (restart, SCRIPT FLUSH). */
  private async script(source: string, keys: string[], args: (string | number)[]): Promise<unknown> {
    let sha = this.shas.get(source);
    if (!sha) this.shas.set(source, (sha = createHash("sha1").update(source).digest("hex")));
    try {
      return await this.client.evalsha(sha, keys.length, ...keys, ...args);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith("NOSCRIPT")) throw error;
      return this.client.eval(source, keys.length, ...keys, ...args);
    }
  }

  private k(key: string): string {
    return this.prefix + key;
  }
}

/** Redis PX takes whole positive milliseconds; both backends accept the same TTLs. */
function checkTtl(ttlMs: number): number {
  if (!Number.isFinite(ttlMs) || ttlMs <= 0) throw new RangeError(`ttlMs must be a positive number, got ${ttlMs}`);
  return Math.ceil(ttlMs);
}

function checkLimit(limit: number, windowMs: number): void {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`);
  if (!Number.isFinite(windowMs) || windowMs <= 0) throw new RangeError(`windowMs must be a positive number, got ${windowMs}`);
}
