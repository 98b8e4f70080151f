import type { Coordination } from "../../coord/coordination.js";
import type { Logger } from "../../log.js";
import { WecomApiError } from "../errors.js";
import type { HttpTransport } from "./http-transport.js";
import { requestJson, type WecomReply } from "./request-json.js";
import { TokenCache } from "./token-cache.js";

/**
 * How the client retries WeCom's transient refusals. Each array holds the waits
 * before successive retries, so its length is the number of retries.
 */
export interface RetryPolicy {
  /** errcode -1 "system busy": WeCom advises at most 3 retries. */
  busyDelaysMs: readonly number[];
  /**
   * 45009 frequency / 45033 concurrency. A per-minute limit blocks for up to
   * 60 s, longer than any caller should hang: a couple of short waits absorb
   * bursts, then the error surfaces and the caller (outbox) reschedules.
   */
  rateLimitDelaysMs: readonly number[];
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  busyDelaysMs: [200, 600, 1500],
  rateLimitDelaysMs: [1000, 3000],
};

export interface ApiCallerOptions {
  corpId: string;
  coord: Coordination;
  logger: Logger;
  /** Keep-alive HTTP to WeCom's API base URL. */
  transport: HttpTransport;
  sleep: (ms: number) => Promise<void>;
  retry: RetryPolicy;
  timeoutMs: number;
}

/** How a call authenticates: an access token for a secret, or none (gettoken, robot key in the query). */
export interface CallRequest {
  method?: "GET" | "POST";
  secret?: string;
  query?: Record<string, string>;
  body?: unknown;
}

/**
 * The one place that talks to WeCom: token attachment, errcode → typed error,
 * and the retry rules. Transport failures (errcode -2) are not retried here:
 * a send may have reached WeCom, and only the caller knows whether repeating
 * it is safe (kf sends carry a msgid that makes it so).
 */
export class ApiCaller {
  readonly tokens: TokenCache;

  constructor(private readonly o: ApiCallerOptions) {
    this.tokens = new TokenCache(o.coord, o.corpId, (secret) => this.fetchToken(secret));
  }

  async call<T extends WecomReply>(api: string, request: CallRequest): Promise<T> {
    let tokenRefetched = false;
    let busyRetries = 0;
    let rateRetries = 0;
    for (;;) {
      const token = request.secret === undefined ? undefined : await this.tokens.get(request.secret);
      const query = { ...request.query, ...(token === undefined ? {} : { access_token: token }) };
      const reply = await requestJson(this.o.transport, { api, method: request.method ?? "POST", query, body: request.body }, this.o.timeoutMs);
      const errcode = typeof reply.errcode === "number" ? reply.errcode : 0;
      if (errcode === 0) return reply as T;
      const error = new WecomApiError(api, errcode, typeof reply.errmsg === "string" ? reply.errmsg : "");

      if (error.isTokenError && token !== undefined && request.secret !== undefined && !tokenRefetched) {
        // Revoked early or expired under our cache: fetch a new token once, then retry.
        tokenRefetched = true;
        this.o.logger.warn({ api, errcode }, "WeCom refused the access token; fetching a new one");
        await this.tokens.invalidate(request.secret, token);
        continue;
      }
      const wait =
        errcode === -1
          ? this.o.retry.busyDelaysMs[busyRetries++]
          : errcode === 45009 || errcode === 45033
            ? this.o.retry.rateLimitDelaysMs[rateRetries++]
            : undefined;
      if (wait !== undefined) {
        this.o.logger.warn({ api, errcode, waitMs: wait }, "WeCom asked us to slow down; retrying");
        await this.o.sleep(wait);
        continue;
      }
      throw error;
    }
  }

  private async fetchToken(secret: string): Promise<{ accessToken: string; expiresInSeconds: number }> {
    const reply = await this.call<WecomReply & { access_token?: string; expires_in?: number }>("gettoken", {
      method: "GET",
      query: { corpid: this.o.corpId, corpsecret: secret },
    });
    if (typeof reply.access_token !== "string" || reply.access_token === "") {
      throw new WecomApiError("gettoken", -2, "answer has no access_token");
    }
    this.o.logger.debug({ expiresIn: reply.expires_in }, "fetched a WeCom access token");
    return { accessToken: reply.access_token, expiresInSeconds: Number(reply.expires_in ?? 7200) };
  }
}
