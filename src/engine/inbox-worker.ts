import { randomUUID } from "node:crypto";
import type { Logger } from "../log.js";
import { DrainLoop } from "./drain-loop.js";
import type { Store } from "../store/store.js";
import type { InboundItem } from "../store/types.js";

/** Handles one inbox item; throwing leaves it for a retry after the lease. */
export type InboundHandler = (item: InboundItem) => Promise<void>;

export interface InboxWorkerOptions {
  store: Store;
  logger: Logger;
  /** By inbox kind (`text`, `kf_msg_or_event`, `kf.text`, …). */
  handlers: Readonly<Record<string, InboundHandler>>;
  /** A claimed item is retried after this long if its worker died. */
  leaseMs?: number;
  /** After this many attempts an item is marked failed instead of retried. */
  maxAttempts?: number;
  /** Polls this often for items whose lease expired or that another instance accepted. */
  pollMs?: number;
  batchSize?: number;
}

/**
 * Drains the inbox: claims items under a lease, runs their handler, completes
 * them. A handler that throws is retried (on the next claim after its lease
 * expired) up to `maxAttempts`, then the item is marked failed with the error —
 * visible, never silently dropped. Items of one batch run in order, so one
 * candidate's messages are handled in the order they were written.
 */
export class InboxWorker {
  readonly id = `worker-${randomUUID().slice(0, 8)}`;
  private readonly leaseMs: number;
  private readonly maxAttempts: number;
  private readonly batchSize: number;
  private readonly loop: DrainLoop;

  constructor(private readonly o: InboxWorkerOptions) {
    this.leaseMs = o.leaseMs ?? 30_000;
    this.maxAttempts = o.maxAttempts ?? 5;
    this.batchSize = o.batchSize ?? 20;
    this.loop = new DrainLoop(() => this.drainOnce(), { pollMs: o.pollMs ?? 1_000, logger: o.logger, what: "inbox" });
  }

  start(): void {
    this.loop.start();
  }

  /** Something was accepted: look now rather than at the next poll. */
  notify(): void {
    this.loop.notify();
  }

  /** Stops claiming and waits for the batch in hand to finish. */
  stop(): Promise<void> {
    return this.loop.stop();
  }

  /** Claims and handles one batch; returns how many items it handled. Tests call this directly. */
  async drainOnce(): Promise<number> {
    const items = await this.o.store.claimInbound(this.batchSize, this.id, this.leaseMs);
    const handled: string[] = [];
    for (const item of items) if (await this.handle(item)) handled.push(item.id);
    // One statement for the batch: on PGlite every round trip shares one connection
    // with the callback path, so per-item completion would slow the acknowledgements.
    if (handled.length > 0) await this.o.store.completeInboundMany(handled);
    return items.length;
  }

  /** Runs the item's handler; true when it is done (to be marked handled). */
  private async handle(item: InboundItem): Promise<boolean> {
    const handler = this.o.handlers[item.kind];
    const log = this.o.logger.child({ inbound: item.id, kind: item.kind, attempt: item.attempts });
    if (!handler) {
      log.debug("no handler for this kind of inbound item; recorded only");
      return true;
    }
    try {
      await handler(item);
      return true;
    } catch (err) {
      if (item.attempts >= this.maxAttempts) {
        log.error({ err }, "inbound item failed for the last time");
        await this.o.store.completeInbound(item.id, "failed", err instanceof Error ? err.message : String(err));
      } else {
        log.warn({ err }, "inbound item failed; it will be retried after its lease");
      }
      return false;
    }
  }
}
