/**
 * Errors of the WeCom edge. One class per failure domain, each carrying what a
 * caller needs to act on it (see STYLE.md habit 6).
 */

/** Why an inbound callback was refused; every reason maps to a 4xx answer. */
export type CallbackRejection =
  | "missing_params"
  | "bad_signature"
  | "stale_timestamp"
  | "body_too_large"
  | "malformed_xml"
  | "forbidden_dtd"
  | "undecryptable"
  | "wrong_receiver";

/**
 * A callback we refuse. `status` is the HTTP status to answer with; the message
 * is safe to show to the caller (it never contains key material or plaintext).
 */
export class CallbackError extends Error {
  override readonly name = "CallbackError";
  readonly expose = true;
  constructor(
    readonly reason: CallbackRejection,
    message: string,
    readonly status: 400 | 401 | 403 | 413 = 400,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * A non-zero `errcode` from a WeCom HTTP API (or a transport failure talking to it,
 * with errcode -2). `api` is the path, e.g. `kf/send_msg`.
 */
export class WecomApiError extends Error {
  override readonly name = "WecomApiError";
  constructor(
    readonly api: string,
    readonly errcode: number,
    readonly errmsg: string,
    options?: { cause?: unknown },
  ) {
    super(`${api} failed: errcode ${errcode} (${errmsg})`, options);
  }

  /** Token invalid or expired: refetch the access token once and retry. */
  get isTokenError(): boolean {
    return this.errcode === 40014 || this.errcode === 42001;
  }

  /** WeCom asks us to slow down (frequency / concurrency / system busy). */
  get isRateLimit(): boolean {
    return this.errcode === 45009 || this.errcode === 45033 || this.errcode === -1;
  }

  /** The 微信客服 48 h / 5-message window is exhausted for this customer. */
  get isKfWindowClosed(): boolean {
    return this.errcode === 95001 || this.errcode === 95002;
  }
}
