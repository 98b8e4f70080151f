/**
 * Who may see the dashboard: whoever knows the access token (DASHBOARD_TOKEN).
 * The login form trades it for a signed, HttpOnly, SameSite=Strict session
 * cookie, so the token never sits in a URL, a bookmark or a proxy log; scripts
 * send `Authorization: Bearer <token>` instead. Sessions are stateless
 * (expiry + HMAC keyed by the token), so any instance accepts them and
 * changing the token signs everyone out.
 */
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import type { Clock } from "../clock.js";

export const SESSION_COOKIE = "ib_dashboard";
export const SESSION_TTL_MS = 12 * 3_600_000;

/** Equal-length digests compared in constant time (lengths never leak). */
function sameSecret(a: string, b: string): boolean {
  const da = createHash("sha256").update(a).digest();
  const db = createHash("sha256").update(b).digest();
  return timingSafeEqual(da, db);
}

export class DashboardAuth {
  private readonly key: Buffer;

  constructor(
    private readonly token: string,
    private readonly clock: Clock,
  ) {
    this.key = createHash("sha256").update(`dashboard-session:${token}`).digest();
  }

  checkToken(candidate: string): boolean {
    return sameSecret(candidate, this.token);
  }

  /** A session value valid for {@link SESSION_TTL_MS} from now. */
  issueSession(): { value: string; maxAgeMs: number } {
    const expires = this.clock.now().getTime() + SESSION_TTL_MS;
    return { value: `v1.${expires}.${this.sign(expires)}`, maxAgeMs: SESSION_TTL_MS };
  }

  checkSession(value: string | undefined): boolean {
    const match = value ? /^v1\.(\d{1,16})\.([\w-]{43})$/.exec(value) : null;
    if (!match) return false;
    const expires = Number(match[1]);
    return sameSecret(match[2]!, this.sign(expires)) && expires > this.clock.now().getTime();
  }

  /** `Authorization: Bearer <token>` or a valid session cookie. */
  allows(authorization: string | undefined, session: string | undefined): boolean {
    const bearer = authorization && /^Bearer\s+(\S+)$/i.exec(authorization);
    if (bearer) return this.checkToken(bearer[1]!);
    return this.checkSession(session);
  }

  private sign(expires: number): string {
    return createHmac("sha256", this.key).update(String(expires)).digest("base64url");
  }
}
