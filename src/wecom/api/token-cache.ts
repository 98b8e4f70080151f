import { createHash } from "node:crypto";
import type { Coordination } from "../../coord/coordination.js";

/** Refresh this long before WeCom's expiry, so no request carries a token that dies in flight. */
export const TOKEN_EARLY_REFRESH_MS = 5 * 60_000;

export interface FetchedToken {
  accessToken: string;
  expiresInSeconds: number;
}

/**
 * Access tokens, one per (corp, secret), shared by every instance through
 * {@link Coordination.getOrLoad}: while a token is cached nobody calls gettoken,
 * and when it is not, exactly one caller fetches it (WeCom rate-limits gettoken).
 * The secret itself never becomes part of a key; a hash prefix identifies it.
 */
export class TokenCache {
  constructor(
    private readonly coord: Coordination,
    private readonly corpId: string,
    private readonly fetchToken: (secret: string) => Promise<FetchedToken>,
  ) {}

  /** Keys by secret: hashing the secret on every API call was measurable per turn, and a client has one or two secrets. */
  private readonly keys = new Map<string, string>();

  /** The coordination key for a secret's token. */
  keyFor(secret: string): string {
    let key = this.keys.get(secret);
    if (key === undefined) {
      const digest = createHash("sha256").update(secret, "utf8").digest("hex").slice(0, 16);
      key = `wecom:token:${this.corpId}:${digest}`;
      this.keys.set(secret, key);
    }
    return key;
  }

  get(secret: string): Promise<string> {
    return this.coord.getOrLoad(this.keyFor(secret), async () => {
      const { accessToken, expiresInSeconds } = await this.fetchToken(secret);
      // ttl 0 (a token with ≤ 5 min left) is used once and not cached.
      return { value: accessToken, ttlMs: Math.max(0, expiresInSeconds * 1000 - TOKEN_EARLY_REFRESH_MS) };
    });
  }

  /**
   * Forgets `rejected` after WeCom refused it (40014/42001). Only that token:
   * when many callers fail at once, the first drops it and the rest then find
   * the replacement instead of each dropping a fresh token again.
   */
  async invalidate(secret: string, rejected: string): Promise<void> {
    const key = this.keyFor(secret);
    if ((await this.coord.get(key)) === rejected) await this.coord.delete(key);
  }
}
