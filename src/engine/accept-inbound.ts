import type { Clock } from "../clock.js";
import type { Logger } from "../log.js";
import type { Store } from "../store/store.js";
import type { Json } from "../store/types.js";
import type { AcceptResult, NewInbound } from "../store/types.js";
import { dedupKey, type AcceptEvent } from "../wecom/callback/index.js";
import { GroupCommit } from "./group-commit.js";

export interface AcceptorOptions {
  store: Store;
  clock: Clock;
  logger: Logger;
  /** Called after a new item was recorded, to wake the inbox worker. */
  onAccepted?: () => void;
}

/**
 * Makes a verified callback durable exactly once: the store's unique dedup key
 * decides, so a redelivery (WeCom re-sends an unacknowledged callback up to 3
 * times) is answered "duplicate" on every instance. Concurrent callbacks are
 * written in batches ({@link GroupCommit}, one statement each): an
 * acknowledgement still means "durable".
 *
 * There is no coordination fast path in front of the store any more: it cost
 * two Redis round trips (get, then set) on every callback to spare the database
 * a redelivery, which is rare and, inside a batch insert, costs one row that
 * meets the unique index.
 */
export function createAcceptor({ store, clock, onAccepted }: AcceptorOptions): AcceptEvent {
  const inbox = new GroupCommit<NewInbound, AcceptResult>((items) => store.acceptInboundMany(items));
  return async (event) => {
    const { accepted } = await inbox.submit({
      dedupKey: dedupKey(event),
      source: event.channel,
      kind: event.type,
      payload: event as unknown as Json,
      receivedAt: clock.now(),
    });
    if (accepted) onAccepted?.();
    return accepted ? "accepted" : "duplicate";
  };
}
