import type { Logger } from "../log.js";

/**
 * The claim-and-work loop shared by the inbox worker and the outbox dispatcher:
 * drain while there is work, otherwise sleep until `notify()` or the poll
 * interval (which picks up expired leases, due retries and rows other instances
 * wrote). A failing drain is logged and retried after the poll interval.
 */
export class DrainLoop {
  private running = false;
  private loop: Promise<void> | undefined;
  private wake: (() => void) | undefined;
  private pendingWake = false;

  constructor(
    private readonly drain: () => Promise<number>,
    private readonly o: { pollMs: number; logger: Logger; what: string },
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** New work was committed: look now rather than at the next poll. */
  notify(): void {
    this.pendingWake = true;
    this.wake?.();
  }

  /** Stops claiming; resolves when the batch in hand finished, or after `graceMs` if given. */
  async stop(graceMs?: number): Promise<void> {
    this.running = false;
    this.wake?.();
    if (graceMs === undefined) return void (await this.loop);
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)));
    await Promise.race([this.loop, grace]);
    clearTimeout(timer);
  }

  private async run(): Promise<void> {
    while (this.running) {
      this.pendingWake = false;
      let handled = 0;
      try {
        handled = await this.drain();
      } catch (err) {
        if (!this.running) break;
        this.o.logger.error({ err }, `${this.o.what} claim failed; retrying after the poll interval`);
      }
      if (!this.running) break;
      if (handled > 0 || this.pendingWake) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.o.pollMs);
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = undefined;
    }
  }
}
