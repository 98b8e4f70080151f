/**
 * Errors the client raises before or instead of asking WeCom. WeCom's own
 * refusals are {@link WecomApiError} (src/wecom/errors.ts).
 */

/**
 * A request WeCom would refuse for its shape (too many buttons, a bad task_id,
 * a bad msgid…): a bug in the caller, so retrying cannot help.
 */
export class InvalidRequestError extends Error {
  override readonly name = "InvalidRequestError";
  constructor(
    readonly api: string,
    readonly field: string,
    message: string,
  ) {
    super(`${api}: ${field} ${message}`);
  }
}

/** Which of our outbound limits refused the send. */
export type RateLimitScope = "robot" | "app-member-minute" | "app-member-hour";

/**
 * We did not send because WeCom's documented rate limit for this recipient or
 * robot is used up and the wait would exceed the client's bounded wait
 * (`rateLimit.maxWaitMs`). Retry after `retryAfterMs`. `partsSent` counts the
 * pieces of a split message that did go out, so a caller can resume.
 */
export class RateLimitedError extends Error {
  override readonly name = "RateLimitedError";
  constructor(
    readonly api: string,
    readonly scope: RateLimitScope,
    readonly retryAfterMs: number,
    readonly partsSent: number = 0,
  ) {
    super(`${api}: ${scope} rate limit reached; retry in ${retryAfterMs} ms`);
  }
}

/** The client was asked for a channel it was built without credentials for. */
export class ChannelNotConfiguredError extends Error {
  override readonly name = "ChannelNotConfiguredError";
  constructor(readonly channel: "app" | "kf" | "robot") {
    super(`WecomClient has no ${channel} credentials; pass them to the constructor`);
  }
}
