import { InvalidRequestError, kfMsgIdFor, RateLimitedError, TRANSPORT_ERRCODE, type WecomClient } from "../wecom/api/index.js";
import { WecomApiError } from "../wecom/errors.js";
import type { OutboxMessage } from "../store/types.js";
import type { OutboxPayload } from "./outbox-payload.js";
import type { MissReason } from "./missed-message.js";

/** What one delivery attempt came to. */
export type Delivery =
  | { type: "sent"; remoteMsgId?: string }
  /** Transient (rate limit, busy, transport): try again after `afterMs`. */
  | { type: "retry"; afterMs: number; error: string }
  /** A human servicer holds the kf session (95018): wait, do not hammer. */
  | { type: "hold"; error: string }
  /** Will never go through: fail it (and tell the recruiter what was missed). */
  | { type: "undeliverable"; reason: MissReason; error: string };

/** errcode 95018: the session state (human, queued) does not allow API sends. */
const KF_STATE_FORBIDS_SEND = 95018;
/** errcode 95013: the session was ended (by a servicer); only the candidate writing again reopens it. */
const KF_SESSION_ENDED = 95013;
/** The simulator's (and, unconfirmed, WeCom's) answer to a re-used task_id. */
const INVALID_PARAMETER = 40058;

/**
 * Makes the WeCom call an outbox row asks for. kf messages carry
 * msgid = kfMsgIdFor(idempotency key), so re-sending after a crash or a lost
 * acknowledgement never shows the candidate a second copy.
 */
export async function deliverOutbox(client: WecomClient, entry: OutboxMessage, payload: OutboxPayload, now: Date, backoffMs: number): Promise<Delivery> {
  try {
    switch (payload.kind) {
      case "kf_message": {
        const msgid = kfMsgIdFor(entry.idempotencyKey);
        if (payload.welcomeCode && payload.welcomeCodeExpiresAt && now < new Date(payload.welcomeCodeExpiresAt)) {
          try {
            return sent((await client.kf.sendOnEvent(payload.welcomeCode, payload.message, { msgid })).msgid);
          } catch (err) {
            // A used or expired code falls back to send_msg; transient trouble retries the code.
            if (!(err instanceof WecomApiError) || isTransient(err)) throw err;
          }
        }
        return sent((await client.kf.send(payload.touser, payload.message, { msgid })).msgid);
      }
      case "kf_handoff":
        await client.kf.transServiceState(payload.touser, 3, payload.servicerUserId);
        return sent();
      case "app_text":
        await client.app.sendText(payload.touser, payload.content);
        return sent();
      case "app_markdown":
        await client.app.sendMarkdown(payload.touser, payload.content);
        return sent();
      case "app_card":
        return sent((await client.app.sendTemplateCard(payload.touser, payload.card)).msgid);
      case "app_card_update":
        await client.app.updateTemplateCard({ userids: payload.userids, responseCode: payload.responseCode, replaceName: payload.replaceName });
        return sent();
    }
  } catch (err) {
    return classify(err, entry, payload, backoffMs);
  }
}

function sent(remoteMsgId?: string): Delivery {
  return remoteMsgId ? { type: "sent", remoteMsgId } : { type: "sent" };
}

function isTransient(err: WecomApiError): boolean {
  return err.isRateLimit || err.errcode === TRANSPORT_ERRCODE;
}

function classify(err: unknown, entry: OutboxMessage, payload: OutboxPayload, backoffMs: number): Delivery {
  const error = err instanceof Error ? err.message : String(err);
  if (err instanceof RateLimitedError) return { type: "retry", afterMs: Math.max(err.retryAfterMs, 1000), error };
  if (err instanceof InvalidRequestError) return { type: "undeliverable", reason: "error", error };
  if (!(err instanceof WecomApiError)) return { type: "retry", afterMs: backoffMs, error };
  if (isTransient(err)) return { type: "retry", afterMs: backoffMs, error };
  if (payload.kind === "kf_message") {
    if (err.isKfWindowClosed) return { type: "undeliverable", reason: "window", error };
    if (err.errcode === KF_STATE_FORBIDS_SEND) return { type: "hold", error };
    if (err.errcode === KF_SESSION_ENDED) return { type: "undeliverable", reason: "ended", error };
  }
  // task_id is unique forever: refused on a retry means an earlier attempt got through.
  if (payload.kind === "app_card" && err.errcode === INVALID_PARAMETER && entry.attempts > 1) return sent();
  return { type: "undeliverable", reason: "error", error };
}
