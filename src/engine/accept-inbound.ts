import type { Clock } from "../clock.js";
import type { Coordination } from "../coord/coordination.js";
import type { Logger } from "../log.js";
import type { Store } from "../store/store.js";
import type { Json } from "../store/types.js";
import type { AcceptResult, NewInbound } from "../store/types.js";
import { dedupKey, type AcceptEvent } from "../wecom/callback/index.js";
import { GroupCommit } from "./group-commit.js";

/** Long past WeCom's redelivery window (3 retries within seconds). */
const FAST_DEDUP_TTL_MS = 10 * 60_000;

export interface AcceptorOptions {
  store: Store;
  coord: Coordination;
  clock: Clock;
  logger: Logger;
  /** Called after a new item was recorded, to wake the inbox worker. */
  onAccepted?: () => void;
}

/**
 * Makes a verified callback durable exactly once. The store's unique dedup key
 * is the source of truth; coordination is only a fast path that spares the
 * database WeCom's redeliveries. The fast-path mark is set *after* the store
 * accepted the item, so an instance that dies in between never causes a
 * redelivery to be mistaken for a handled one. Concurrent callbacks are written
 * in batches ({@link GroupCommit}): an acknowledgement still means "durable".
 */
export function createAcceptor({ store, coord, clock, logger, onAccepted }: AcceptorOptions): AcceptEvent {
  const inbox = new GroupCommit<NewInbound, AcceptResult>((items) => store.acceptInboundMany(items));
  return async (event) => {
    const key = dedupKey(event);
    const mark = `dedup:${key}`;
    const seen = await coord.get(mark).catch((err: unknown) => {
      logger.warn({ err }, "dedup fast path unavailable; relying on the store");
      return undefined;
    });
    if (seen !== undefined) return "duplicate";

    const { accepted } = await inbox.submit({
      dedupKey: key,
      source: event.channel,
      kind: event.type,
      payload: event as unknown as Json,
      receivedAt: clock.now(),
    });
    await coord.set(mark, "1", FAST_DEDUP_TTL_MS).catch(() => undefined);
    if (accepted) onAccepted?.();
    return accepted ? "accepted" : "duplicate";
  };
}
