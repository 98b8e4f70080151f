import type { Clock } from "../clock.js";
import type { Logger } from "../log.js";
import type { Store } from "../store/store.js";
import type { OutboxMessage } from "../store/types.js";
import type { WecomClient } from "../wecom/api/index.js";
import { deliverOutbox, type Delivery } from "./deliver-outbox.js";
import { DrainLoop } from "./drain-loop.js";
import { GroupCommit } from "./group-commit.js";
import type { EngineTexts } from "./engine-texts.js";
import { writeHeldAlert, writeMissedAlert } from "./missed-message.js";
import { parseOutboxPayload, type OutboxPayload } from "./outbox-payload.js";

export interface DispatcherOptions {
  store: Store;
  client: WecomClient;
  clock: Clock;
  logger: Logger;
  texts: EngineTexts;
  timeZone: string;
  /** A claimed row is re-claimable after this long if its dispatcher died mid-send. */
  leaseMs?: number;
  batchSize?: number;
  /** Polls this often (real time) for retries that fell due and rows other instances wrote. */
  pollMs?: number;
  /** Transient failures are retried this many times, then the row fails (and a recruiter hears of it). */
  maxAttempts?: number;
  /** While a human holds the kf session, look again this often… */
  holdMs?: number;
  /** …for at most this long after the row was written (the kf window is 48 h). */
  maxHoldMs?: number;
  /** How long `stop()` waits for deliveries in flight; they are safe to repeat after a restart. */
  stopGraceMs?: number;
}

/**
 * Delivers the outbox: claims due rows under a lease, makes each WeCom call,
 * and records the outcome. Rows of one conversation go out in order, one at a
 * time; different conversations in parallel. Retries back off exponentially;
 * a closed kf window, a permanent refusal or a human session that never ends
 * fails the row and tells the recruiter what the candidate missed.
 */
export class OutboxDispatcher {
  private readonly leaseMs: number;
  private readonly batchSize: number;
  private readonly maxAttempts: number;
  private readonly holdMs: number;
  private readonly maxHoldMs: number;
  private readonly stopGraceMs: number;
  private readonly loop: DrainLoop;
  /** Deliveries of concurrent lanes are recorded together: one write per batch instead of one per row. */
  private readonly sent: GroupCommit<{ id: string; remoteMsgId?: string | undefined }, undefined>;

  constructor(private readonly o: DispatcherOptions) {
    this.sent = new GroupCommit(async (rows) => {
      await o.store.markSentMany(rows);
      return rows.map(() => undefined);
    });
    this.leaseMs = o.leaseMs ?? 60_000;
    this.batchSize = o.batchSize ?? 64;
    this.maxAttempts = o.maxAttempts ?? 8;
    this.holdMs = o.holdMs ?? 5 * 60_000;
    this.maxHoldMs = o.maxHoldMs ?? 48 * 3600_000;
    this.stopGraceMs = o.stopGraceMs ?? 3_000;
    this.loop = new DrainLoop(() => this.drainOnce(), { pollMs: o.pollMs ?? 1_000, logger: o.logger, what: "outbox" });
  }

  start(): void {
    this.loop.start();
  }

  /** Something was committed: look now rather than at the next poll. */
  notify(): void {
    this.loop.notify();
  }

  /**
   * Stops claiming and waits up to the grace period for deliveries in flight.
   * One still running after that is abandoned: its lease expires and a later
   * dispatcher repeats it with the same msgid, which WeCom does not show twice.
   */
  stop(): Promise<void> {
    return this.loop.stop(this.stopGraceMs);
  }

  /** Claims and delivers one batch; returns how many rows it handled. Tests and benches call this directly. */
  async drainOnce(): Promise<number> {
    const rows = await this.o.store.claimOutbox(this.batchSize, this.leaseMs);
    const lanes = new Map<string, OutboxMessage[]>();
    for (const row of rows) {
      const lane = row.conversationId === null ? `row:${row.id}` : `conv:${row.conversationId}`;
      lanes.set(lane, [...(lanes.get(lane) ?? []), row]);
    }
    await Promise.all([...lanes.values()].map((lane) => this.deliverLane(lane)));
    return rows.length;
  }

  /** One conversation's rows in order; after a row that must wait, the rest wait with it. */
  private async deliverLane(rows: OutboxMessage[]): Promise<void> {
    let deferUntil: Date | undefined;
    for (const row of rows) {
      try {
        if (deferUntil) {
          await this.o.store.markFailed(row.id, "waiting for an earlier message of this conversation", deferUntil);
          continue;
        }
        deferUntil = await this.deliverRow(row);
      } catch (err) {
        // Store trouble (or shutdown): the lease expires and the row is claimed again.
        this.o.logger.error({ err, outbox: row.id }, "could not record an outbox delivery; it will be retried after its lease");
        return;
      }
    }
  }

  /** Delivers one row and records the outcome; returns the retry time if it must wait. */
  private async deliverRow(row: OutboxMessage): Promise<Date | undefined> {
    // Built only when something is logged: a child logger serialises its bindings up front.
    const log = (): Logger => this.o.logger.child({ outbox: row.id, key: row.idempotencyKey, attempt: row.attempts });
    let payload: OutboxPayload;
    try {
      payload = parseOutboxPayload(row.payload);
    } catch (err) {
      log().error({ err }, "outbox row has a payload this version cannot send; failing it");
      await this.o.store.markFailed(row.id, String(err), null);
      return undefined;
    }
    const now = this.o.clock.now();
    const backoffMs = Math.min(1000 * 2 ** (row.attempts - 1), 5 * 60_000);
    let delivery: Delivery = await deliverOutbox(this.o.client, row, payload, now, backoffMs);
    if (delivery.type === "retry" && row.attempts >= this.maxAttempts) delivery = { type: "undeliverable", reason: "error", error: delivery.error };
    if (delivery.type === "hold" && now.getTime() - row.createdAt.getTime() > this.maxHoldMs) delivery = { type: "undeliverable", reason: "human", error: delivery.error };

    switch (delivery.type) {
      case "sent":
        await this.sent.submit({ id: row.id, remoteMsgId: delivery.remoteMsgId });
        return undefined;
      case "retry": {
        const at = new Date(now.getTime() + delivery.afterMs);
        log().warn({ error: delivery.error, retryAt: at }, "outbox delivery failed; retrying later");
        await this.o.store.markFailed(row.id, delivery.error, at);
        return at;
      }
      case "hold": {
        const at = new Date(now.getTime() + this.holdMs);
        log().info({ retryAt: at }, "a human servicer holds this kf session; holding the message");
        await this.hold(row, payload, delivery.error, at);
        return at;
      }
      case "undeliverable":
        log().warn({ error: delivery.error, reason: delivery.reason }, "outbox message cannot be delivered");
        await this.fail(row, payload, delivery);
        return undefined;
    }
  }

  /** Puts the row back for later and, the first time, tells the recruiter what is waiting. */
  private async hold(row: OutboxMessage, payload: OutboxPayload, error: string, retryAt: Date): Promise<void> {
    const interviewId = row.interviewId;
    const noted = await this.o.store.transaction(async (tx) => {
      await tx.markFailed(row.id, error, retryAt);
      if (payload.kind !== "kf_message" || interviewId === null) return false;
      return writeHeldAlert(tx, this.o.texts, this.o.timeZone, {
        interviewId,
        conversationId: row.conversationId,
        text: payload.summary,
        key: row.idempotencyKey,
        details: { outboxId: row.id, error, retryAt: retryAt.toISOString() },
        at: this.o.clock.now(),
      });
    });
    if (noted) this.notify();
  }

  private async fail(row: OutboxMessage, payload: OutboxPayload, delivery: Extract<Delivery, { type: "undeliverable" }>): Promise<void> {
    const interviewId = row.interviewId;
    const noted = await this.o.store.transaction(async (tx) => {
      await tx.markFailed(row.id, delivery.error, null);
      if (payload.kind !== "kf_message" || interviewId === null) return false;
      return writeMissedAlert(tx, this.o.texts, this.o.timeZone, {
        interviewId,
        conversationId: row.conversationId,
        text: payload.summary,
        reason: delivery.reason,
        key: row.idempotencyKey,
        details: { outboxId: row.id, error: delivery.error },
        at: this.o.clock.now(),
      });
    });
    if (noted) this.notify();
  }
}
