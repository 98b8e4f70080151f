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
  /**
   * Items of one lane run in order, lanes run side by side. Default
   * {@link laneOfItem}: one lane per kf customer / app member, so one person's
   * messages stay in order while different conversations do not wait for each other.
   */
  laneOf?: (item: InboundItem) => string;
}

/**
 * The default lane: the kf customer (`external_userid` of a pulled item), the
 * app member (`from` of a callback event), else one shared lane (in order).
 */
export function laneOfItem(item: InboundItem): string {
  const payload = item.payload;
  if (payload !== null && typeof payload === "object" && !Array.isArray(payload)) {
    const ext = payload["external_userid"];
    if (typeof ext === "string" && ext !== "") return `kf:${ext}`;
    const from = payload["from"];
    if (typeof from === "string" && from !== "") return `${item.source}:${from}`;
  }
  return "shared";
}

/**
 * Drains the inbox: claims items under a lease, runs their handler, completes
 * them. A handler that throws is retried (on the next claim after its lease
 * expired) up to `maxAttempts`, then the item is marked failed with the error —
 * visible, never silently dropped. Within a batch, items of one lane (one
 * candidate, one recruiter) run in the order they were written; different lanes
 * run concurrently, so a slow turn of one conversation does not hold up the
 * others and the store's connection pool is used.
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
    this.batchSize = o.batchSize ?? 64;
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
    const lanes = new Map<string, InboundItem[]>();
    for (const item of items) {
      const lane = (this.o.laneOf ?? laneOfItem)(item);
      lanes.set(lane, [...(lanes.get(lane) ?? []), item]);
    }
    const handled: string[] = [];
    await Promise.all(
      [...lanes.values()].map(async (lane) => {
        for (const item of lane) if (await this.handle(item)) handled.push(item.id);
      }),
    );
    // One statement for the batch: on PGlite every round trip shares one connection
    // with the callback path, so per-item completion would slow the acknowledgements.
    if (handled.length > 0) await this.o.store.completeInboundMany(handled);
    return items.length;
  }

  /** Runs the item's handler; true when it is done (to be marked handled). */
  private async handle(item: InboundItem): Promise<boolean> {
    const handler = this.o.handlers[item.kind];
    // Built only when something is logged: a child logger serialises its bindings up front.
    const log = (): Logger => this.o.logger.child({ inbound: item.id, kind: item.kind, attempt: item.attempts });
    if (!handler) {
      log().debug("no handler for this kind of inbound item; recorded only");
      return true;
    }
    try {
      await handler(item);
      return true;
    } catch (err) {
      if (item.attempts >= this.maxAttempts) {
        log().error({ err }, "inbound item failed for the last time");
        await this.o.store.completeInbound(item.id, "failed", err instanceof Error ? err.message : String(err));
      } else {
        log().warn({ err }, "inbound item failed; it will be retried after its lease");
      }
      return false;
    }
  }
}
