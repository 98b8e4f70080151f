import { randomBytes } from "node:crypto";
import type { Coordination, Lock } from "./coordination.js";

/** Thrown by every {@link MemoryCoordination} method once `close()` has run. */
export class CoordinationClosedError extends Error {
  override readonly name = "CoordinationClosedError";
  constructor(options?: { cause?: unknown }) {
    super("coordination has been closed", options);
  }
}

export interface MemoryCoordinationOptions {
  /** Source of "now" for TTLs and rate-limit windows (ms since epoch); defaults to Date.now. */
  now?: () => number;
  /** How often the background sweep drops expired entries; defaults to 30 s. */
  sweepIntervalMs?: number;
}

interface Entry {
  value: string;
  expiresAt: number;
}

/** How long a waiting `acquire` sleeps between attempts when nobody wakes it. */
const MAX_POLL_MS = 25;

/**
 * Single-process {@link Coordination}: the zero-setup default when no Redis is
 * configured. Claims, locks and cached values share one key space, as they do in
 * Redis, so `get` of a claimed key sees the claim marker on both backends.
 *
 * TTLs and rate-limit windows use the injected `now` (so tests can move time);
 * `waitMs` in {@link acquire} is real elapsed time, because a waiter must not
 * hang forever under a frozen test clock.
 */
export class MemoryCoordination implements Coordination {
  readonly kind = "memory" as const;

  private readonly now: () => number;
  private readonly entries = new Map<string, Entry>();
  /** Sliding-window logs: hit times, oldest first, plus the window they were recorded under. */
  private readonly hits = new Map<string, { windowMs: number; times: number[] }>();
  private readonly inflight = new Map<string, Promise<string>>();
  /** Wake-up calls for `acquire` waiters, fired when a key is freed. */
  private readonly waiters = new Map<string, Set<() => void>>();
  private readonly sweepTimer: NodeJS.Timeout;
  private closed = false;

  constructor(options: MemoryCoordinationOptions = {}) {
    this.now = options.now ?? Date.now;
    this.sweepTimer = setInterval(() => this.sweep(), options.sweepIntervalMs ?? 30_000);
    // The sweep is housekeeping; it must never keep the process alive.
    this.sweepTimer.unref();
  }

  async claim(key: string, ttlMs: number): Promise<boolean> {
    this.assertOpen();
    return this.setIfAbsent(key, "1", checkTtl(ttlMs));
  }

  async unclaim(key: string): Promise<void> {
    this.assertOpen();
    this.remove(key);
  }

  async acquire(key: string, ttlMs: number, options: { waitMs?: number } = {}): Promise<Lock | null> {
    this.assertOpen();
    const ttl = checkTtl(ttlMs);
    const waitMs = Math.max(0, options.waitMs ?? 0);
    const deadline = performance.now() + waitMs;
    for (;;) {
      const token = randomBytes(16).toString("hex");
      if (this.setIfAbsent(key, token, ttl)) return this.lockFor(key, token);
      const remaining = deadline - performance.now();
      if (remaining <= 0) return null;
      await this.waitForRelease(key, Math.min(remaining, MAX_POLL_MS));
      this.assertOpen();
    }
  }

  async get(key: string): Promise<string | undefined> {
    this.assertOpen();
    return this.live(key)?.value;
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    this.assertOpen();
    this.entries.set(key, { value, expiresAt: this.now() + checkTtl(ttlMs) });
  }

  async delete(key: string): Promise<void> {
    this.assertOpen();
    this.remove(key);
  }

  async getOrLoad(key: string, load: () => Promise<{ value: string; ttlMs: number }>): Promise<string> {
    this.assertOpen();
    const cached = this.live(key);
    if (cached) return cached.value;
    // One process, so an in-flight promise is all the single flight needs; a
    // rejection reaches every waiter and leaves nothing behind for the next call.
    let flight = this.inflight.get(key);
    if (!flight) {
      flight = this.runLoad(key, load).finally(() => this.inflight.delete(key));
      this.inflight.set(key, flight);
    }
    return flight;
  }

  async hit(key: string, limit: number, windowMs: number): Promise<{ allowed: boolean; retryAfterMs: number }> {
    this.assertOpen();
    checkLimit(limit, windowMs);
    const now = this.now();
    // A hit exactly `windowMs` old has left the window (same rule as the Redis script).
    const times = (this.hits.get(key)?.times ?? []).filter((t) => t > now - windowMs);
    if (times.length < limit) {
      times.push(now);
      this.hits.set(key, { windowMs, times });
      return { allowed: true, retryAfterMs: 0 };
    }
    this.hits.set(key, { windowMs, times });
    const oldest = times[0] ?? now;
    return { allowed: false, retryAfterMs: Math.max(1, oldest + windowMs - now) };
  }

  async ping(): Promise<void> {
    this.assertOpen();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.sweepTimer);
    this.entries.clear();
    this.hits.clear();
    this.inflight.clear();
    // Wake waiters so they notice the close instead of sleeping out their wait.
    for (const set of this.waiters.values()) for (const wake of set) wake();
    this.waiters.clear();
  }

  /** Drops every expired entry and stale rate-limit log; runs on the timer and is safe to call any time. */
  sweep(): void {
    const now = this.now();
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(key);
    // A log whose newest hit has left its window is empty in effect (Redis PEXPIREs it).
    for (const [key, log] of this.hits) {
      const newest = log.times[log.times.length - 1];
      if (newest === undefined || newest <= now - log.windowMs) this.hits.delete(key);
    }
  }

  /** Number of live keys plus rate-limit logs held; lets tests prove expiry frees memory. */
  get size(): number {
    return this.entries.size + this.hits.size;
  }

  private async runLoad(key: string, load: () => Promise<{ value: string; ttlMs: number }>): Promise<string> {
    const { value, ttlMs } = await load();
    // A value that is already stale is returned but not cached.
    if (ttlMs > 0 && !this.closed) this.entries.set(key, { value, expiresAt: this.now() + Math.ceil(ttlMs) });
    return value;
  }

  private lockFor(key: string, token: string): Lock {
    const owned = (): Entry | undefined => {
      const entry = this.live(key);
      return entry?.value === token ? entry : undefined;
    };
    return {
      key,
      token,
      extend: async (ttlMs: number) => {
        this.assertOpen();
        const ttl = checkTtl(ttlMs);
        const entry = owned();
        if (!entry) return false;
        entry.expiresAt = this.now() + ttl;
        return true;
      },
      release: async () => {
        this.assertOpen();
        if (!owned()) return false;
        this.remove(key);
        return true;
      },
    };
  }

  private setIfAbsent(key: string, value: string, ttl: number): boolean {
    if (this.live(key)) return false;
    this.entries.set(key, { value, expiresAt: this.now() + ttl });
    return true;
  }

  /** The entry if it has not expired; an expired one is dropped on sight (lazy sweep). */
  private live(key: string): Entry | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt > this.now()) return entry;
    this.entries.delete(key);
    return undefined;
  }

  private remove(key: string): void {
    this.entries.delete(key);
    const set = this.waiters.get(key);
    if (set) for (const wake of set) wake();
  }

  private waitForRelease(key: string, ms: number): Promise<void> {
    return new Promise((resolve) => {
      let set = this.waiters.get(key);
      if (!set) this.waiters.set(key, (set = new Set()));
      const waiters = set;
      const done = (): void => {
        clearTimeout(timer);
        waiters.delete(done);
        if (waiters.size === 0 && this.waiters.get(key) === waiters) this.waiters.delete(key);
        resolve();
      };
      const timer = setTimeout(done, ms);
      waiters.add(done);
    });
  }

  private assertOpen(): void {
    if (this.closed) throw new CoordinationClosedError();
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
