/**
 * Cross-instance coordination: what several bot instances behind one load
 * balancer must agree on. Two implementations pass one contract suite:
 * `redis.ts` (ioredis, any number of instances) and `memory.ts` (one process,
 * the zero-setup default). Keys are namespaced by the caller.
 */
export interface Coordination {
  readonly kind: "redis" | "memory";

  /**
   * Set-if-absent with a TTL: true when this call claimed `key`, false when it
   * was already claimed and has not expired. (Callback dedup no longer uses it: the
   * store's unique dedup key decides, see src/engine/accept-inbound.ts.)
   */
  claim(key: string, ttlMs: number): Promise<boolean>;

  /** Forgets a claim (e.g. when the work it guarded failed and must be retried). */
  unclaim(key: string): Promise<void>;

  /**
   * A lock with an owner token and an expiry. Resolves to null when the lock is
   * held by someone else and could not be had within `waitMs` (default 0: try once).
   */
  acquire(key: string, ttlMs: number, options?: { waitMs?: number }): Promise<Lock | null>;

  /** Cached value with a TTL (e.g. an access token), or undefined. */
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, ttlMs: number): Promise<void>;
  delete(key: string): Promise<void>;

  /**
   * Returns the cached value of `key`, or runs `load` to produce it — with at
   * most one `load` in flight across all instances (single flight); the others
   * wait for its result. `load` returns the value and how long it stays valid.
   */
  getOrLoad(key: string, load: () => Promise<{ value: string; ttlMs: number }>): Promise<string>;

  /**
   * Fixed-window-free rate limiting (sliding window): records one hit for `key`
   * if fewer than `limit` hits happened in the last `windowMs`. When refused,
   * `retryAfterMs` says when the oldest hit leaves the window.
   */
  hit(key: string, limit: number, windowMs: number): Promise<{ allowed: boolean; retryAfterMs: number }>;

  /** Throws when the backend is unreachable; used by /healthz. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface Lock {
  readonly key: string;
  /** Random owner token: only its holder can release or extend the lock. */
  readonly token: string;
  /** Extends the expiry; false if the lock was lost (expired and taken). */
  extend(ttlMs: number): Promise<boolean>;
  /** Releases if still owned; false if it had already expired or been taken. */
  release(): Promise<boolean>;
}

/** Runs `fn` holding `key`; throws {@link LockTimeoutError} if the lock cannot be had in time. */
export async function withLock<T>(
  coord: Coordination,
  key: string,
  options: { ttlMs: number; waitMs: number },
  fn: () => Promise<T>,
): Promise<T> {
  const lock = await coord.acquire(key, options.ttlMs, { waitMs: options.waitMs });
  if (!lock) throw new LockTimeoutError(key, options.waitMs);
  try {
    return await fn();
  } finally {
    // A failed release (backend down) must not replace fn's own outcome: the lock
    // expires by its TTL anyway.
    await lock.release().catch(() => false);
  }
}

export class LockTimeoutError extends Error {
  override readonly name = "LockTimeoutError";
  constructor(
    readonly key: string,
    readonly waitedMs: number,
  ) {
    super(`could not acquire lock ${key} within ${waitedMs} ms`);
  }
}
