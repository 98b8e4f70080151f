import type { StoreTx } from "../store/store.js";
import type { Conversation, ConversationUpdate, NewDomainEvent, NewOutboxMessage, TurnMessage, TurnWrite, TurnWritten } from "../store/types.js";

/**
 * The rows one turn writes besides interview transitions and nudges, gathered
 * while its effects are worked out and written by {@link TurnWrites.flush}:
 * the first flush saves the conversation and every row so far in one
 * statement ({@link StoreTx.writeTurn}), instead of a round trip per row.
 * A later flush (only after an effect that had to see the rows first) writes
 * row by row with the same rules.
 */
export class TurnWrites {
  private messages: TurnMessage[] = [];
  private events: NewDomainEvent[] = [];
  private outbox: NewOutboxMessage[] = [];
  private pendingSave: ConversationUpdate | undefined;
  private savedConversation: Conversation | undefined;
  private readonly added = new Set<string>();
  private readonly known = new Set<string>();
  private taken: readonly NewOutboxMessage[] = [];
  /** Outbox rows this turn added. */
  enqueued = 0;
  /** Outbox keys that were already there (a flow re-used a key): their effects happened once before. */
  readonly duplicateKeys: string[] = [];

  constructor(
    private readonly tx: StoreTx,
    save: ConversationUpdate,
  ) {
    this.pendingSave = save;
  }

  /** A message-log row; with `ifEnqueued`, only if that outbox key turns out new. */
  message(row: TurnMessage): void {
    this.messages.push(row);
  }

  event(row: NewDomainEvent): void {
    this.events.push(row);
  }

  /** An outbox row; false (and counted as a duplicate) when this turn already enqueued its key. */
  enqueue(row: NewOutboxMessage): boolean {
    const key = row.idempotencyKey;
    if (this.known.has(key) || this.outbox.some((o) => o.idempotencyKey === key)) {
      this.duplicateKeys.push(key);
      return false;
    }
    this.outbox.push(row);
    return true;
  }

  /** Counts an outbox row a hook wrote through the transaction itself. */
  enqueuedElsewhere(): void {
    this.enqueued += 1;
  }

  /** The conversation as saved; only after the first flush. */
  get saved(): Conversation {
    if (!this.savedConversation) throw new Error("TurnWrites.saved read before the first flush");
    return this.savedConversation;
  }

  /**
   * Hands the first write (conversation save and every row so far) to a caller
   * that writes it together with other turns' ({@link StoreTx.writeTurns});
   * undefined when it was flushed already. Pass what was written to
   * {@link TurnWrites.written}.
   */
  take(): TurnWrite | undefined {
    if (!this.pendingSave) return undefined;
    const write: TurnWrite = { conversation: this.pendingSave, messages: this.messages, events: this.events, outbox: this.outbox };
    this.pendingSave = undefined;
    this.messages = [];
    this.events = [];
    this.outbox = [];
    this.taken = write.outbox ?? [];
    return write;
  }

  /** The outcome of the write {@link TurnWrites.take} handed out. */
  written(result: TurnWritten): void {
    this.savedConversation = result.conversation;
    for (const key of result.enqueued) this.added.add(key);
    this.count(this.taken);
    this.taken = [];
  }

  /** Writes everything gathered so far (the conversation save with the first flush). */
  async flush(): Promise<void> {
    const first = this.take();
    if (first) {
      this.written(await this.tx.writeTurn(first));
      return;
    }
    const [messages, events, outbox] = [this.messages, this.events, this.outbox];
    this.messages = [];
    this.events = [];
    this.outbox = [];
    for (const row of outbox) {
      if ((await this.tx.enqueueOutbox(row)).enqueued) this.added.add(row.idempotencyKey);
    }
    this.count(outbox);
    for (const { ifEnqueued, ...row } of messages) {
      if (ifEnqueued === undefined || this.added.has(ifEnqueued)) await this.tx.logMessage(row);
    }
    for (const row of events) await this.tx.recordEvent(row);
  }

  private count(rows: readonly NewOutboxMessage[]): void {
    for (const { idempotencyKey: key } of rows) {
      this.known.add(key);
      if (this.added.has(key)) this.enqueued += 1;
      else this.duplicateKeys.push(key);
    }
  }
}
