import type { Json } from "./json.js";

/** One message pulled with kf/sync_msg. */
export interface KfPulledMessage {
  /** WeCom's msgid (text; it is not numeric). Dedup key becomes `kf:<msgid>`. */
  msgid: string;
  /** Inbox kind, e.g. "kf.text", "kf.event.enter_session". */
  kind: string;
  payload: Json;
  receivedAt: Date;
}

/** What happened to one pulled message. */
export interface KfAcceptResult {
  msgid: string;
  /** Inbox item id (the existing one for a duplicate). */
  id: string;
  /** False when this msgid was already in the inbox. */
  accepted: boolean;
}

/** Options for {@link KfCursorOperations.saveKfBatch}. */
export interface SaveKfBatchOptions {
  /**
   * Only move the cursor if it is still this value (`null`: no cursor saved
   * yet); otherwise nothing is written and StoreConflictError is thrown. Stops
   * a slow puller from moving the cursor backwards over a faster one.
   */
  expectedCursor?: string | null;
}

/** Where each kf account's sync_msg pull stands. */
export interface KfCursorOperations {
  /** The saved cursor of an open_kfid, or undefined before the first batch. */
  getKfCursor(openKfId: string): Promise<string | undefined>;

  /**
   * In ONE transaction: inserts the pulled messages into the inbox (source
   * "kf", dedup key `kf:<msgid>`) and moves the cursor to `nextCursor`. Either
   * both happen or neither, so a crash can at worst re-pull a batch (which the
   * dedup key absorbs), never skip one. Returns one result per message, in order.
   */
  saveKfBatch(
    openKfId: string,
    nextCursor: string,
    messages: readonly KfPulledMessage[],
    options?: SaveKfBatchOptions,
  ): Promise<KfAcceptResult[]>;
}
