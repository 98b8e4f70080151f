import type { Logger } from "../../log.js";
import type { KfPuller } from "./pull-messages.js";

/**
 * Keeps one 微信客服 account's inbox in step with WeCom, coalescing pull requests.
 *
 * A `kf_msg_or_event` callback carries no content, only "there is something to
 * pull"; the durable cursor decides what is new. So N callbacks during one pull
 * need one more pull after it, not N: while a pull runs, further requests only
 * mark it dirty. This turns a burst of callbacks into a couple of sync_msg calls.
 *
 * A failed pull is retried with backoff; if the process dies meanwhile, the
 * pull at start-up (and the next callback) resumes from the stored cursor, and
 * WeCom keeps messages for three days — so nothing is lost.
 */
export class KfSync {
  /** Callers of {@link pullNow} waiting for the next pull to start and finish. */
  private waiting: Waiter[] = [];
  private running = false;
  private dirty = false;
  private token: string | undefined;
  private idle: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly pull: KfPuller,
    private readonly logger: Logger,
    private readonly retryDelaysMs: readonly number[] = [500, 2_000, 5_000, 15_000, 30_000],
  ) {}

  /** Asks for a pull; returns at once. `token` (valid 10 min) eases WeCom's rate limit. */
  request(token?: string): void {
    if (token) this.token = token;
    this.dirty = true;
    if (!this.running && !this.stopped) this.idle = this.loop();
  }

  /**
   * Asks for a pull and resolves once a pull that started after this call has
   * finished, or rejects when that pull's first attempt failed (the sync keeps
   * retrying in the background). Concurrent callers share one pull: N
   * notifications during a running pull are all answered by the next one.
   */
  pullNow(token?: string): Promise<void> {
    if (this.stopped) return Promise.reject(new KfSyncStoppedError());
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ resolve, reject });
      this.request(token);
    });
  }

  /** Resolves when no pull is running or pending (tests, shutdown). */
  async settled(): Promise<void> {
    while (this.running) await this.idle;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.settled();
  }

  private async loop(): Promise<void> {
    this.running = true;
    try {
      while (this.dirty && !this.stopped) {
        this.dirty = false;
        // Whoever asked before this point is served by this pull: it starts after their request.
        await this.pullWithRetry(this.waiting.splice(0));
      }
    } finally {
      this.running = false;
      for (const waiter of this.waiting.splice(0)) waiter.reject(new KfSyncStoppedError());
    }
  }

  private async pullWithRetry(waiters: readonly Waiter[]): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        // A stale token fails the pull (95007); without one WeCom only limits harder.
        await this.pull(attempt === 0 ? this.token : undefined);
        if (attempt === 0) for (const waiter of waiters) waiter.resolve();
        return;
      } catch (err) {
        // Waiters do not sit through the backoff: they have their own fallback.
        if (attempt === 0) for (const waiter of waiters) waiter.reject(err);
        const delay = this.retryDelaysMs[attempt];
        if (delay === undefined || this.stopped) {
          this.logger.error({ err }, "kf pull failed; the next callback or restart resumes from the cursor");
          return;
        }
        this.logger.warn({ err, attempt: attempt + 1, retryInMs: delay }, "kf pull failed; retrying");
        await new Promise((r) => setTimeout(r, delay));
      }
    }
  }
}

interface Waiter {
  resolve: () => void;
  reject: (err: unknown) => void;
}

/** {@link KfSync.pullNow} after stop(): no pull will run. */
export class KfSyncStoppedError extends Error {
  override readonly name = "KfSyncStoppedError";
  constructor() {
    super("kf sync is stopped");
  }
}
