import type { JsonObject } from "./json.js";
import type { MessageChannel } from "./messages.js";

/**
 * `pending` → `sending` (claimed under a lease) → `sent`, or back to `pending`
 * with a later nextAttemptAt, or `failed` for good. A `sending` row whose lease
 * expired (dispatcher crashed) is claimable again.
 */
export type OutboxStatus = "pending" | "sending" | "sent" | "failed";

export interface NewOutboxMessage {
  /** Unique per message; for kf it is the msgid we pass to kf/send_msg. */
  idempotencyKey: string;
  channel: MessageChannel;
  /** What the dispatcher sends (e.g. the send_msg body without the token). */
  payload: JsonObject;
  conversationId?: string | null;
  interviewId?: string | null;
  /** Do not send before this time; default: now. */
  notBefore?: Date;
}

export interface OutboxMessage {
  id: string;
  idempotencyKey: string;
  channel: MessageChannel;
  payload: JsonObject;
  conversationId: string | null;
  interviewId: string | null;
  status: OutboxStatus;
  /** How many times it was claimed. */
  attempts: number;
  /** When a `pending` row becomes due. */
  nextAttemptAt: Date;
  /** When a `sending` row's claim expires. */
  leaseUntil: Date | null;
  lastError: string | null;
  /** The msgid WeCom returned, if any. */
  remoteMsgId: string | null;
  createdAt: Date;
  updatedAt: Date;
  sentAt: Date | null;
}

export type OutboxCounts = Record<OutboxStatus, number>;

/** Outbound messages, written in the engine's transaction and delivered later. */
export interface OutboxOperations {
  /** Adds a message; a known idempotencyKey adds nothing and returns `enqueued: false`. */
  enqueueOutbox(message: NewOutboxMessage): Promise<{ enqueued: boolean; id: string }>;

  /**
   * Claims up to `limit` due messages (pending and due, or sending with an
   * expired lease), oldest due first, marks them `sending` for `leaseMs` and
   * counts an attempt. Concurrent claimers never receive the same message.
   */
  claimOutbox(limit: number, leaseMs: number): Promise<OutboxMessage[]>;

  /** Marks a message delivered. Throws StoreNotFoundError for an unknown id. */
  markSent(id: string, remoteMsgId?: string): Promise<void>;

  /**
   * Marks many messages delivered in one write (the dispatcher's batch);
   * returns how many it found. Unknown ids are skipped, not an error.
   */
  markSentMany(sent: ReadonlyArray<{ id: string; remoteMsgId?: string | undefined }>): Promise<number>;

  /**
   * Records a failed attempt: with `retryAt` it becomes pending again, due then;
   * with null it is failed for good. A message already sent stays sent.
   * Throws StoreNotFoundError for an unknown id.
   */
  markFailed(id: string, error: string, retryAt: Date | null): Promise<void>;

  getOutbox(id: string): Promise<OutboxMessage | undefined>;
  outboxCounts(): Promise<OutboxCounts>;
}
