import { createHash } from "node:crypto";
import { WECOM_LIMITS } from "./limits.js";

/**
 * A kf `msgid` derived from something stable on our side (e.g. an outbox row id),
 * so a retried send carries the same msgid and WeCom answers it idempotently.
 * 32 characters of base64url: within WeCom's `[0-9a-zA-Z_-]{1,32}`.
 */
export function kfMsgIdFor(stableKey: string): string {
  return createHash("sha256").update(stableKey, "utf8").digest("base64url").slice(0, WECOM_LIMITS.kfMsgIdBytes);
}
