import { CallbackError } from "../errors.js";

export interface SignedQuery {
  msgSignature: string;
  timestamp: string;
  nonce: string;
  echostr: string | undefined;
}

/**
 * Reads the signature parameters from the raw query string. We decode with
 * decodeURIComponent ourselves because Koa's parser turns a literal "+" into a
 * space, which would break a base64 echostr sent without %2B-encoding.
 */
export function readSignedQuery(rawQuery: string): SignedQuery {
  const params = new Map<string, string>();
  for (const pair of rawQuery.split("&")) {
    const eq = pair.indexOf("=");
    if (eq <= 0) continue;
    try {
      params.set(pair.slice(0, eq), decodeURIComponent(pair.slice(eq + 1)));
    } catch {
      throw new CallbackError("missing_params", "query string is not valid percent-encoding");
    }
  }
  const msgSignature = params.get("msg_signature");
  const timestamp = params.get("timestamp");
  const nonce = params.get("nonce");
  if (!msgSignature || !timestamp || !nonce) {
    throw new CallbackError("missing_params", "msg_signature, timestamp and nonce are required", 401);
  }
  return { msgSignature, timestamp, nonce, echostr: params.get("echostr") };
}

/** WeCom's requests are fresh; one older or newer than this is a replay (or a broken clock). */
export const MAX_CLOCK_SKEW_SECONDS = 300;

export function assertFresh(timestamp: string, now: Date): void {
  const sent = Number(timestamp);
  if (!/^\d{1,12}$/.test(timestamp) || Math.abs(now.getTime() / 1000 - sent) > MAX_CLOCK_SKEW_SECONDS) {
    throw new CallbackError("stale_timestamp", "timestamp is more than 5 minutes off", 401);
  }
}
