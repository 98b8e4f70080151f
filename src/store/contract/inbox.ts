import type { Json } from "./json.js";

/** Which WeCom callback endpoint the item came from. */
export type InboundSource = "app" | "kf";

/**
 * `pending` → `processing` (claimed under a lease) → `handled` | `failed`.
 * A `processing` item whose lease expired is claimable again.
 */
export type InboundStatus = "pending" | "processing" | "handled" | "failed";

/** A verified inbound callback (or pulled kf message) to record exactly once. */
export interface NewInbound {
  /**
   * What makes two deliveries "the same": e.g. `app:<MsgId>` or
   * `app:<FromUserName>:<CreateTime>:<Event>`, and `kf:<msgid>` for kf messages.
   */
  dedupKey: string;
  source: InboundSource;
  /** Free-form type tag for the worker's dispatch, e.g. "text", "event.kf_msg_or_event". */
  kind: string;
  /** The decrypted callback or message, as JSON. */
  payload: Json;
  receivedAt: Date;
}

/** An inbox row. */
export interface InboundItem extends NewInbound {
  id: string;
  status: InboundStatus;
  /** How many times it was claimed; a worker may give up (`failed`) after N. */
  attempts: number;
  leaseOwner: string | null;
  leaseUntil: Date | null;
  error: string | null;
  completedAt: Date | null;
  createdAt: Date;
}

/** Result of recording an inbound item: `accepted` is false for a duplicate. */
export interface AcceptResult {
  accepted: boolean;
  /** The id of the item, the existing one when this was a duplicate. */
  id: string;
}

/** Inbox size by status, for /healthz and metrics. */
export type InboundCounts = Record<InboundStatus, number>;

/** Durable, deduplicated inbox of inbound callbacks and kf messages. */
export interface InboxOperations {
  /**
   * Records an inbound item unless its `dedupKey` was seen before. The unique
   * key is the single source of truth for "handled once": under any number of
   * concurrent deliveries exactly one call returns `accepted: true`.
   */
  acceptInbound(item: NewInbound): Promise<AcceptResult>;

  /**
   * {@link acceptInbound} for many items in one round trip (group commit), with
   * one result per item in order. A key repeated inside `items` is accepted at
   * its first occurrence and reported as a duplicate (same id) after that.
   */
  acceptInboundMany(items: readonly NewInbound[]): Promise<AcceptResult[]>;

  /**
   * Claims up to `limit` items that are pending or whose lease expired, oldest
   * first, leasing them to `workerId` for `leaseMs` and counting an attempt.
   * Two concurrent claimers never receive the same item; an item whose worker
   * crashed becomes claimable again once its lease runs out (never lost).
   */
  claimInbound(limit: number, workerId: string, leaseMs: number): Promise<InboundItem[]>;

  /**
   * Finishes an item: `handled`, or `failed` with the error (terminal; it is not
   * claimed again). Throws StoreNotFoundError for an unknown id.
   */
  completeInbound(id: string, outcome: "handled" | "failed", error?: string): Promise<void>;

  /**
   * Marks many items `handled` in one round trip and returns how many it found;
   * unknown ids are ignored. The worker completes a whole batch this way.
   */
  completeInboundMany(ids: readonly string[]): Promise<number>;

  /** One inbox item, or undefined. */
  getInbound(id: string): Promise<InboundItem | undefined>;

  /** Number of items per status. */
  inboundCounts(): Promise<InboundCounts>;

  /**
   * Deletes handled/failed items completed before `completedBefore` and returns
   * how many. Their dedup keys are forgotten too, so keep them longer than
   * WeCom's redelivery window (it retries a callback for a few seconds, kf
   * messages stay pullable for days).
   */
  pruneInbound(completedBefore: Date): Promise<number>;
}
