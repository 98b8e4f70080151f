import type { Coordination } from "../../coord/coordination.js";
import { RateLimitedError, type RateLimitScope } from "./errors.js";

export interface SlotRequest {
  api: string;
  scope: RateLimitScope;
  key: string;
  limit: number;
  windowMs: number;
  /** Longest we wait for a slot in total; beyond it we throw instead. */
  maxWaitMs: number;
  partsSent: number;
}

/**
 * Takes one slot of a sliding-window limit shared by all instances
 * ({@link Coordination.hit}). Policy: wait when the slot frees within
 * `maxWaitMs` (smooths short bursts), otherwise throw {@link RateLimitedError}
 * with `retryAfterMs` so the caller reschedules rather than blocking a worker
 * for up to a minute.
 */
export async function takeSlot(coord: Coordination, sleep: (ms: number) => Promise<void>, r: SlotRequest): Promise<void> {
  let waited = 0;
  for (;;) {
    const { allowed, retryAfterMs } = await coord.hit(r.key, r.limit, r.windowMs);
    if (allowed) return;
    if (waited + retryAfterMs > r.maxWaitMs) throw new RateLimitedError(r.api, r.scope, retryAfterMs, r.partsSent);
    await sleep(retryAfterMs);
    waited += retryAfterMs;
  }
}
