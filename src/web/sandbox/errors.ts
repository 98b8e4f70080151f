/**
 * A sandbox request that cannot be done as asked (bad input, a click no real
 * user could make, a piece not landed yet). `status` is 400/404/409; the
 * message is Chinese and safe to show on the page.
 */
export class SandboxError extends Error {
  override readonly name = "SandboxError";
  constructor(
    readonly status: 400 | 404 | 409 | 413 | 415 | 502,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
