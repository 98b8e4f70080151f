import type { Clock } from "../../clock.js";
import type { Logger } from "../../log.js";
import { HttpTransport } from "../api/http-transport.js";
import type { CallbackCipher } from "../crypto.js";
import { envelope, xmlField } from "./callback-xml.js";
import { randomBytesFromPool, randomIntFromPool } from "./random-pool.js";
import type { AttemptResult, CallbackRequest, DeliveryResult } from "./types.js";

export interface CallbackSenderOptions {
  clock: Clock;
  corpId: string;
  agentId: number;
  ciphers: Record<"app" | "kf", CallbackCipher>;
  callbackBase: string | undefined;
  timeoutMs: number;
  retries: number;
  retryDelayMs: number;
  logger: Logger;
  onPassiveReply: (channel: "app" | "kf", xml: string) => void;
}

/**
 * WeCom's side of a callback: seal (encrypt + sign with receiveId = corp id),
 * POST to our server, and re-deliver up to 3 times when the answer is not a
 * 200 within 5 s. Each retry sends the identical request, so our server must
 * deduplicate on content.
 */
export class CallbackSender {
  readonly history: CallbackRequest[] = [];
  private readonly inFlight = new Set<Promise<unknown>>();
  /** Keep-alive HTTP to our server, as WeCom's own senders keep connections open. */
  private readonly transport: HttpTransport | undefined;

  constructor(private readonly o: CallbackSenderOptions) {
    this.transport = o.callbackBase ? new HttpTransport(o.callbackBase) : undefined;
  }

  seal(channel: "app" | "kf", plaintext: string): CallbackRequest {
    const timestamp = String(Math.floor(this.o.clock.now().getTime() / 1000));
    const nonce = String(randomIntFromPool(1_000_000_000, 9_999_999_999));
    const sealed = this.o.ciphers[channel].seal(plaintext, timestamp, nonce, randomBytesFromPool(16));
    const query = `msg_signature=${encodeURIComponent(sealed.msgSignature)}&timestamp=${encodeURIComponent(timestamp)}&nonce=${encodeURIComponent(nonce)}`;
    const request: CallbackRequest = {
      channel,
      path: `/wecom/${channel}/callback`,
      query,
      body: envelope(this.o.corpId, sealed.encrypt, channel === "app" ? String(this.o.agentId) : ""),
      plaintext,
    };
    this.history.push(request);
    return request;
  }

  /** One POST, no retry. Never throws: failures are described in the result. */
  async deliverOnce(request: CallbackRequest): Promise<AttemptResult> {
    const started = performance.now();
    const elapsed = (): number => Math.round(performance.now() - started);
    if (!this.transport) return { status: undefined, body: "", error: "no callbackBase configured", ms: 0 };
    try {
      const response = await this.transport.request({
        method: "POST",
        path: `${request.path}?${request.query}`,
        body: request.body,
        contentType: "text/xml; charset=utf-8",
        timeoutMs: this.o.timeoutMs,
      });
      return { status: response.status, body: response.text, error: undefined, ms: elapsed() };
    } catch (cause) {
      return { status: undefined, body: "", error: cause instanceof Error ? cause.message : String(cause), ms: elapsed() };
    }
  }

  /** Delivers as WeCom does: the first attempt plus up to `retries` more while the answer is not 200. */
  deliver(request: CallbackRequest): Promise<DeliveryResult> {
    const run = (async (): Promise<DeliveryResult> => {
      const attempts: AttemptResult[] = [];
      for (let i = 0; i <= this.o.retries; i++) {
        if (i > 0) await new Promise((resolve) => setTimeout(resolve, this.o.retryDelayMs));
        const attempt = await this.deliverOnce(request);
        attempts.push(attempt);
        if (attempt.status === 200) {
          return { ok: true, attempts, reply: this.openReply(request.channel, attempt.body) };
        }
        this.o.logger.debug({ path: request.path, attempt: i + 1, status: attempt.status, error: attempt.error }, "callback not acknowledged");
      }
      return { ok: false, attempts, reply: undefined };
    })();
    return this.track(run);
  }

  /** Sends the same request `times` times, one after another, regardless of answers. */
  async deliverTimes(request: CallbackRequest, times: number): Promise<AttemptResult[]> {
    const results: AttemptResult[] = [];
    for (let i = 0; i < times; i++) results.push(await this.track(this.deliverOnce(request)));
    return results;
  }

  /** Waits for every delivery still running (used by stop()). */
  async drain(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  /** Closes the kept-alive connections (simulator stop, after {@link drain}). */
  close(): void {
    this.transport?.close();
  }

  private track<T>(promise: Promise<T>): Promise<T> {
    this.inFlight.add(promise);
    void promise.finally(() => this.inFlight.delete(promise)).catch(() => undefined);
    return promise;
  }

  /** A 200 body that is an encrypted passive reply: verify and decrypt it like our server's peer would. */
  private openReply(channel: "app" | "kf", body: string): string | undefined {
    const trimmed = body.trim();
    if (trimmed === "" || trimmed === "success") return undefined;
    const encrypted = xmlField(trimmed, "Encrypt");
    const signature = xmlField(trimmed, "MsgSignature");
    const timestamp = xmlField(trimmed, "TimeStamp");
    const nonce = xmlField(trimmed, "Nonce");
    if (!encrypted || !signature || !timestamp || !nonce) {
      this.o.logger.warn({ channel }, "200 answer is neither empty, 'success' nor an encrypted reply; WeCom would show an error");
      return undefined;
    }
    const cipher = this.o.ciphers[channel];
    try {
      cipher.verify(signature, timestamp, nonce, encrypted);
      const xml = cipher.decrypt(encrypted);
      this.o.onPassiveReply(channel, xml);
      return xml;
    } catch (err) {
      this.o.logger.warn({ channel, err }, "passive reply does not verify or decrypt; WeCom would drop it");
      return undefined;
    }
  }
}
