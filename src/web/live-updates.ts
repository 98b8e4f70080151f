/**
 * Server-sent events for the dashboard: one poll of the store's change
 * marker ({@link Store.metricsVersion}) every few seconds while anyone is
 * watching, and an `update` event to every open stream when it moved. The
 * page then re-fetches its data; nothing else travels over the stream.
 */
import { PassThrough } from "node:stream";
import type { Logger } from "../log.js";
import type { Store } from "../store/store.js";

export class LiveUpdates {
  private readonly streams = new Set<PassThrough>();
  private timer: NodeJS.Timeout | undefined;
  private version: string | undefined;
  private polling = false;

  constructor(
    private readonly store: Store,
    private readonly logger: Logger,
    private readonly pollMs = 3_000,
  ) {}

  /**
   * A new event stream; it ends when the client goes away or on {@link close}.
   * The current version is read first, so a write right after `hello` already
   * counts as a change.
   */
  async open(): Promise<PassThrough> {
    const version = await this.store.metricsVersion();
    this.version ??= version;
    const stream = new PassThrough();
    this.streams.add(stream);
    stream.write(`retry: 5000\nevent: hello\ndata: ${JSON.stringify({ version })}\n\n`);
    stream.on("close", () => this.drop(stream));
    this.timer ??= setInterval(() => void this.poll(), this.pollMs);
    return stream;
  }

  /** Ends every stream (so the HTTP server can close) and stops polling. */
  close(): void {
    for (const stream of this.streams) stream.end();
    this.streams.clear();
    this.stopTimer();
  }

  private drop(stream: PassThrough): void {
    this.streams.delete(stream);
    if (this.streams.size === 0) this.stopTimer();
  }

  private stopTimer(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.version = undefined;
  }

  private async poll(): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    try {
      const version = await this.store.metricsVersion();
      const changed = this.version !== undefined && version !== this.version;
      this.version = version;
      const line = changed ? `event: update\ndata: ${JSON.stringify({ version })}\n\n` : `: keep-alive\n\n`;
      for (const stream of this.streams) stream.write(line);
    } catch (err) {
      this.logger.warn({ err }, "dashboard live-update poll failed");
    } finally {
      this.polling = false;
    }
  }
}
