import type { Clock } from "../../clock.js";
import type { KfSyncItem } from "../api/kf-types.js";
import { randomHex, randomToken } from "./random-pool.js";
import { ERR, RULES } from "./rules.js";

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** An item before the inbox stamps its id, account and time. */
export type NewKfItem = DistributiveOmit<KfSyncItem, "msgid" | "open_kfid" | "send_time">;

/**
 * What kf/sync_msg serves for one kf account: customer messages (origin 3),
 * system events (4) and servicer messages (5), never what we sent through the
 * API. Only the last 3 days are served; the cursor is an opaque position.
 *
 * The item with sequence number n sits at index n - 1, so a page is read from
 * the cursor's position rather than by scanning everything appended so far
 * (which grew with every message of a benchmark); sync Tokens, one per
 * callback, are dropped once expired.
 */
export class KfInbox {
  private readonly items: KfSyncItem[] = [];
  /** Token → expiry. Every token lives equally long, so insertion order is expiry order. */
  private readonly syncTokens = new Map<string, number>();

  constructor(
    private readonly clock: Clock,
    private readonly openKfId: string,
  ) {}

  append(item: NewKfItem): KfSyncItem {
    const seq = this.items.length + 1;
    const full = {
      ...item,
      msgid: `sim${seq.toString().padStart(8, "0")}${randomHex(6)}`,
      open_kfid: this.openKfId,
      send_time: Math.floor(this.clock.now().getTime() / 1000),
    } as KfSyncItem;
    this.items.push(full);
    return full;
  }

  /** A callback Token: authorises sync_msg for 10 minutes. */
  issueToken(): string {
    const now = this.clock.now().getTime();
    this.pruneTokens(now);
    const token = `ENC${randomToken(30)}`;
    this.syncTokens.set(token, now + RULES.kfSyncTokenMs);
    return token;
  }

  tokenValid(token: string): boolean {
    const expiresAt = this.syncTokens.get(token);
    return expiresAt !== undefined && expiresAt > this.clock.now().getTime();
  }

  /** How many sync Tokens are held (expired ones are dropped as new ones are issued). */
  get tokenCount(): number {
    return this.syncTokens.size;
  }

  page(cursor: string | undefined, limit: number): { errcode: number } | { items: KfSyncItem[]; nextCursor: string; hasMore: boolean } {
    const after = cursor === undefined || cursor === "" ? 0 : decodeCursor(cursor);
    if (after === undefined) return { errcode: ERR.badParam };
    const oldest = this.clock.now().getTime() - RULES.kfHistoryMs;
    const items: KfSyncItem[] = [];
    let last = after;
    let hasMore = false;
    for (let index = after; index < this.items.length; index++) {
      const item = this.items[index]!;
      if (item.send_time * 1000 < oldest) continue;
      if (items.length === limit) {
        hasMore = true;
        break;
      }
      items.push(item);
      last = index + 1;
    }
    return { items, nextCursor: encodeCursor(last), hasMore };
  }

  /** Stops at the first live token: with a clock moved back, a few expired ones may stay until later (tokenValid still refuses them). */
  private pruneTokens(now: number): void {
    for (const [token, expiresAt] of this.syncTokens) {
      if (expiresAt > now) break;
      this.syncTokens.delete(token);
    }
  }
}

function encodeCursor(seq: number): string {
  return Buffer.from(`kfsim:${seq}`, "utf8").toString("base64url");
}

function decodeCursor(cursor: string): number | undefined {
  const match = /^kfsim:(\d{1,12})$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  return match ? Number(match[1]) : undefined;
}
