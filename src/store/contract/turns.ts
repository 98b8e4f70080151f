import type { Candidate } from "./candidates.js";
import type { Conversation, ConversationUpdate } from "./conversations.js";
import type { NewDomainEvent } from "./events.js";
import type { Interview } from "./interviews.js";
import type { NewMessage } from "./messages.js";
import type { NewOutboxMessage } from "./outbox.js";

/** What one conversation turn works on, read together. */
export interface TurnLoad {
  conversation: Conversation;
  /** The conversation's interview, when it is bound to one. */
  interview: Interview | undefined;
  /** That interview's candidate. */
  candidate: Candidate | undefined;
  /** Whether the message log already holds the inbound `inboundMsgId` of this conversation (a turn for it was committed). */
  inboundSeen: boolean;
}

/** A message-log row that may depend on its outbox row being new. */
export interface TurnMessage extends NewMessage {
  /** Written only when the outbox row with this idempotency key is written by the same call (not already known). */
  ifEnqueued?: string;
}

/**
 * Everything a handled turn writes besides interview transitions and nudges,
 * as one unit. Rows of each kind are written in the order given.
 */
export interface TurnWrite {
  /** Saved first, with the optimistic version check of `saveConversation`; nothing else is written when it fails. */
  conversation: ConversationUpdate;
  messages?: readonly TurnMessage[];
  events?: readonly NewDomainEvent[];
  /** Added unless their idempotency key is already known (like `enqueueOutbox`); a key repeated here counts once. */
  outbox?: readonly NewOutboxMessage[];
}

export interface TurnWritten {
  /** The conversation as saved (version + 1). */
  conversation: Conversation;
  /** Idempotency keys of the outbox rows this call added; the others were already there. */
  enqueued: string[];
}

/**
 * The conversation engine's hot path in as few round trips as the engine
 * allows: one read and one write per turn, instead of one per row.
 */
export interface TurnOperations {
  /**
   * The conversation with its interview and candidate, and whether the inbound
   * message `inboundMsgId` was logged for it already — one read. Inside a
   * transaction it also locks the conversation until the transaction ends, so
   * turns of one conversation run one after the other (a second one waits
   * here). Undefined for an unknown conversation.
   */
  loadTurn(conversationId: string, options?: { inboundMsgId?: string }): Promise<TurnLoad | undefined>;

  /**
   * Saves the conversation and writes the turn's message-log rows, events and
   * outbox rows, all or nothing. Throws StoreConflictError when the
   * conversation is no longer at `expectedVersion` (nothing is written),
   * StoreNotFoundError for an unknown conversation.
   */
  writeTurn(write: TurnWrite): Promise<TurnWritten>;

  /**
   * {@link loadTurn} for several conversations in one read (group commit of
   * turns across conversations): one result per request, in request order,
   * undefined for an unknown or malformed id. Inside a transaction it locks every
   * conversation found, in ascending id order — the same order on every
   * instance, so two batches never wait on each other in a cycle.
   */
  loadTurns(requests: readonly TurnLoadRequest[]): Promise<Array<TurnLoad | undefined>>;

  /**
   * {@link writeTurn} for turns of different conversations in one write: one
   * result per turn, in order; undefined when that conversation is unknown or no
   * longer at its `expectedVersion` — then nothing of that turn is written,
   * while the others are (run it inside a transaction to get all or nothing).
   * An outbox key given by two turns is added for the first only, as two
   * `writeTurn` calls in that order would. Throws StoreUsageError when one
   * conversation appears twice, StoreNotFoundError for a malformed id.
   */
  writeTurns(writes: readonly TurnWrite[]): Promise<Array<TurnWritten | undefined>>;
}

/** One conversation to read with {@link TurnOperations.loadTurns}. */
export interface TurnLoadRequest {
  conversationId: string;
  /** As `options.inboundMsgId` of {@link TurnOperations.loadTurn}. */
  inboundMsgId?: string | undefined;
}
