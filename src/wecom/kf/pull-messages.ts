import type { Coordination } from "../../coord/coordination.js";
import type { Logger } from "../../log.js";
import { StoreConflictError } from "../../store/index.js";
import type { Store } from "../../store/store.js";
import type { Json, KfAcceptResult, KfPulledMessage } from "../../store/types.js";
import type { KfApi } from "../api/kf-api.js";
import type { KfSyncItem } from "../api/kf-types.js";

export interface KfPullerOptions {
  kf: KfApi;
  store: Store;
  coord: Coordination;
  logger: Logger;
  /** How long a pull may hold its account's lock between pages. */
  lockTtlMs?: number;
  /** How long a second pull waits for the first one to finish. */
  lockWaitMs?: number;
  /**
   * Messages per sync_msg page (WeCom allows 1000). Each page is stored in one
   * transaction; smaller pages keep the embedded database's single connection
   * free for acknowledging callbacks during a large catch-up.
   */
  pageSize?: number;
}

export class KfPullBusyError extends Error {
  override readonly name = "KfPullBusyError";
  constructor(readonly openKfId: string) {
    super(`another instance is still pulling ${openKfId}`);
  }
}

/**
 * Pulls every new message of one 微信客服 account into the inbox. One puller per
 * open_kfid at a time (a coordination lock); each page is stored together with
 * the cursor after it (one transaction), so a crash re-pulls at most one page —
 * which the msgid dedup key absorbs — and never skips one.
 *
 * A pull waits for a running one instead of skipping: messages that arrived
 * while the first pull was finishing would otherwise wait for the next callback.
 *
 * The cursor this process last saved is remembered, so a pull does not read it
 * back first (one statement per pull, i.e. per callback at moderate load).
 * Another instance may have moved it since; the save's expected-cursor check
 * then refuses the page (nothing is written) and the pull re-reads the stored
 * cursor and pulls again, so a stale memory costs one sync_msg, never a gap.
 */
export function createKfPuller({ kf, store, coord, logger, lockTtlMs = 30_000, lockWaitMs = 20_000, pageSize = 200 }: KfPullerOptions) {
  /** The cursor we saved last (null: none saved yet), or undefined when it must be read from the store. */
  let remembered: string | null | undefined = undefined;
  return async function pull(token: string | undefined): Promise<{ accepted: number; pulled: number }> {
    const openKfId = kf.openKfId;
    const lock = await coord.acquire(`kf:pull:${openKfId}`, lockTtlMs, { waitMs: lockWaitMs });
    if (!lock) throw new KfPullBusyError(openKfId);
    let accepted = 0;
    let pulled = 0;
    try {
      for (;;) {
        const fromMemory = remembered !== undefined;
        const cursor = fromMemory ? remembered! : ((await store.getKfCursor(openKfId)) ?? null);
        // Forgotten until this page is saved: whatever happens in between, the next read goes to the store.
        remembered = undefined;
        const page = await kf.syncMsg({ limit: pageSize, ...(cursor ? { cursor } : {}), ...(token ? { token } : {}) });
        const messages = page.items.map(toPulled);
        let results: KfAcceptResult[];
        try {
          results = await store.saveKfBatch(openKfId, page.nextCursor, messages, { expectedCursor: cursor });
        } catch (err) {
          // Another instance moved the cursor since we saved it: read it and pull again.
          if (fromMemory && err instanceof StoreConflictError) continue;
          throw err;
        }
        remembered = page.nextCursor;
        pulled += messages.length;
        accepted += results.filter((r) => r.accepted).length;
        if (!page.hasMore) break;
        if (!(await lock.extend(lockTtlMs))) throw new KfPullBusyError(openKfId);
      }
    } finally {
      await lock.release().catch(() => false);
    }
    logger.debug({ openKfId, pulled, accepted }, "kf pull finished");
    return { accepted, pulled };
  };
}

export type KfPuller = ReturnType<typeof createKfPuller>;

/** Inbox kind of a pulled item: `kf.text`, `kf.event.enter_session`, `kf.image` … */
export function kfKind(item: KfSyncItem): string {
  if (item.msgtype === "event") return `kf.event.${item.event.event_type}`;
  return `kf.${item.msgtype}`;
}

function toPulled(item: KfSyncItem): KfPulledMessage {
  return {
    msgid: item.msgid,
    kind: kfKind(item),
    payload: item as unknown as Json,
    receivedAt: new Date(item.send_time * 1000),
  };
}
