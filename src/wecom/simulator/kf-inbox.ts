import { randomBytes } from "node:crypto";
import type { Clock } from "../../clock.js";
import type { KfSyncItem } from "../api/kf-types.js";
import { ERR, RULES } from "./rules.js";

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** An item before the inbox stamps its id, account and time. */
export type NewKfItem = DistributiveOmit<KfSyncItem, "msgid" | "open_kfid" | "send_time">;

/**
 * What kf/sync_msg serves for one kf account: customer messages (origin 3),
 * system events (4) and servicer messages (5), never what we sent through the
 * API. Only the last 3 days are served; the cursor is an opaque position.
 */
export class KfInbox {
  private readonly items: Array<{ seq: number; item: KfSyncItem }> = [];
  private readonly syncTokens = new Map<string, number>();

  constructor(
    private readonly clock: Clock,
    private readonly openKfId: string,
  ) {}

  append(item: NewKfItem): KfSyncItem {
    const seq = this.items.length + 1;
    const full = {
      ...item,
      msgid: `sim${seq.toString().padStart(8, "0")}${randomBytes(6).toString("hex")}`,
      open_kfid: this.openKfId,
      send_time: Math.floor(this.clock.now().getTime() / 1000),
    } as KfSyncItem;
    this.items.push({ seq, item: full });
    return full;
  }

  /** A callback Token: authorises sync_msg for 10 minutes. */
  issueToken(): string {
    const token = `ENC${randomBytes(30).toString("base64url")}`;
    this.syncTokens.set(token, this.clock.now().getTime() + RULES.kfSyncTokenMs);
    return token;
  }

  tokenValid(token: string): boolean {
    const expiresAt = this.syncTokens.get(token);
    return expiresAt !== undefined && expiresAt > this.clock.now().getTime();
  }

  page(cursor: string | undefined, limit: number): { errcode: number } | { items: KfSyncItem[]; nextCursor: string; hasMore: boolean } {
    const after = cursor === undefined || cursor === "" ? 0 : decodeCursor(cursor);
    if (after === undefined) return { errcode: ERR.badParam };
    const oldest = this.clock.now().getTime() - RULES.kfHistoryMs;
    const fresh = this.items.filter((e) => e.seq > after && e.item.send_time * 1000 >= oldest);
    const page = fresh.slice(0, limit);
    const last = page[page.length - 1]?.seq ?? after;
    return { items: page.map((e) => e.item), nextCursor: encodeCursor(last), hasMore: fresh.length > limit };
  }
}

function encodeCursor(seq: number): string {
  return Buffer.from(`kfsim:${seq}`, "utf8").toString("base64url");
}

function decodeCursor(cursor: string): number | undefined {
  const match = /^kfsim:(\d{1,12})$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  return match ? Number(match[1]) : undefined;
}
