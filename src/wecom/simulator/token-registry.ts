import type { Clock } from "../../clock.js";
import { randomToken } from "./random-pool.js";
import { ERR, RULES } from "./rules.js";

/** Which APIs a token may call: the app's secret → app APIs, the kf secret → kf APIs. */
export type TokenScope = "app" | "kf";

interface Issued {
  token: string;
  scopes: ReadonlySet<TokenScope>;
  expiresAt: number;
  revoked: boolean;
}

/**
 * Access tokens as WeCom hands them out: one live token per secret. Asking
 * again while it lives returns the same token with its lifetime renewed
 * (unconfirmed: the docs say "有效期内重复获取返回相同结果"; renewal is what
 * deployments report). Expired → 42001; revoked or unknown → 40014.
 */
export class TokenRegistry {
  private readonly bySecret = new Map<string, Issued>();
  private readonly byToken = new Map<string, Issued>();
  private readonly scopesBySecret = new Map<string, Set<TokenScope>>();
  /** gettoken calls that returned a token. */
  issuedCount = 0;

  constructor(private readonly clock: Clock, secrets: Record<TokenScope, string>) {
    for (const scope of ["app", "kf"] as const) {
      const set = this.scopesBySecret.get(secrets[scope]) ?? new Set<TokenScope>();
      set.add(scope);
      this.scopesBySecret.set(secrets[scope], set);
    }
  }

  issue(secret: string): { token: string; expiresIn: number } | { errcode: number } {
    const scopes = this.scopesBySecret.get(secret);
    if (!scopes) return { errcode: ERR.badSecret };
    const now = this.clock.now().getTime();
    let issued = this.bySecret.get(secret);
    if (!issued || issued.revoked || issued.expiresAt <= now) {
      issued = { token: randomToken(48), scopes, expiresAt: 0, revoked: false };
      this.bySecret.set(secret, issued);
      this.byToken.set(issued.token, issued);
    }
    issued.expiresAt = now + RULES.tokenLifetimeMs;
    this.issuedCount += 1;
    return { token: issued.token, expiresIn: RULES.tokenLifetimeMs / 1000 };
  }

  /** 0 when `token` may call an API of `scope`, else the errcode WeCom would answer. */
  check(token: string | undefined, scope: TokenScope): number {
    if (!token) return ERR.missingToken;
    const issued = this.byToken.get(token);
    if (!issued || issued.revoked) return ERR.badToken;
    if (issued.expiresAt <= this.clock.now().getTime()) return ERR.tokenExpired;
    return issued.scopes.has(scope) ? 0 : ERR.apiForbidden;
  }

  /** Invalidates live tokens early (WeCom may, e.g. after a secret reset): their next use gets 40014. */
  revoke(scope?: TokenScope): number {
    let count = 0;
    for (const issued of this.bySecret.values()) {
      if (issued.revoked || (scope && !issued.scopes.has(scope))) continue;
      issued.revoked = true;
      count += 1;
    }
    return count;
  }
}
