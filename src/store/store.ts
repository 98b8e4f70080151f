import type { BindCodeOperations } from "./contract/bind-codes.js";
import type { CandidateOperations } from "./contract/candidates.js";
import type { ConversationOperations } from "./contract/conversations.js";
import type { EventOperations } from "./contract/events.js";
import type { InboxOperations } from "./contract/inbox.js";
import type { InterviewOperations } from "./contract/interviews.js";
import type { KfCursorOperations } from "./contract/kf-cursors.js";
import type { MessageLogOperations } from "./contract/messages.js";
import type { MetricsOperations } from "./contract/metrics.js";
import type { NudgeOperations } from "./contract/nudges.js";
import type { OutboxOperations } from "./contract/outbox.js";
import type { TurnOperations } from "./contract/turns.js";

/**
 * Every read and write of the product, engine-neutral: ids are strings, times
 * are Dates, payloads are JSON. Each concept's operations are documented in
 * `contract/<concept>.ts`. Engines: PostgreSQL or PGlite (`postgres/`), both passing
 * `test/contract/store.suite.ts`; a MongoDB engine would pass the same suite (none exists yet).
 */
export interface StoreOperations
  extends InboxOperations,
    KfCursorOperations,
    CandidateOperations,
    InterviewOperations,
    BindCodeOperations,
    ConversationOperations,
    MessageLogOperations,
    EventOperations,
    OutboxOperations,
    NudgeOperations,
    TurnOperations,
    MetricsOperations {}

/**
 * The operations bound to one open transaction. Use it, and only it, inside
 * the callback; it must not be kept after the callback returns.
 */
export type StoreTx = StoreOperations;

export type StoreEngine = "postgres" | "pglite" | "mongodb";

export interface StoreHealth {
  ok: boolean;
  engine: StoreEngine;
  /** Why it is not ok, or a short description (e.g. server version). */
  detail?: string;
}

/** The store: all operations, plus units of work and lifecycle. */
export interface Store extends StoreOperations {
  readonly engine: StoreEngine;

  /**
   * Runs `work` in one transaction and returns its result: everything written
   * through `tx` commits together, or — when `work` throws — nothing does and
   * the error is rethrown. The conversation engine commits state, message log,
   * interview transitions, events and outbox this way.
   *
   * Inside `work`, use `tx`, not the store: a call on the store itself throws
   * StoreUsageError (it would escape the transaction). Keep `work` short and free
   * of network calls; on PGlite it holds the only connection.
   */
  transaction<T>(work: (tx: StoreTx) => Promise<T>): Promise<T>;

  /** Checks the database answers; never throws. */
  health(): Promise<StoreHealth>;

  /** Releases connections. The store must not be used afterwards. */
  close(): Promise<void>;
}
