import type { Clock } from "../clock.js";
import { clockMinutes, wallClock } from "../domain/business-time.js";
import type { Logger } from "../log.js";

export interface DigestTimerOptions {
  clock: Clock;
  logger: Logger;
  timeZone: string;
  /** Business wall-clock time, `HH:MM`; default 09:00. */
  at?: string;
  /** Real time between checks; default one minute. */
  checkMs?: number;
  /** Queues today's digest; returns false when it already was (see sendDailyDigest). */
  send: (now: Date) => Promise<boolean>;
}

/**
 * A stop-gap scheduler for the daily digest until the Agenda jobs take it
 * over: every minute, once the business clock is past `at`, it asks for
 * today's digest. sendDailyDigest itself makes that once per day, so several
 * instances or a restart after 09:00 still post one digest (late rather than never).
 */
export class DigestTimer {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(private readonly o: DigestTimerOptions) {}

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.check(), this.o.checkMs ?? 60_000);
    this.timer.unref();
  }

  /** Checks now; resolves when any digest it queued is recorded. */
  check(): Promise<void> {
    this.running ??= this.tick().finally(() => (this.running = undefined));
    return this.running;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private async tick(): Promise<void> {
    const now = this.o.clock.now();
    const w = wallClock(now, this.o.timeZone);
    if (w.hour * 60 + w.minute < clockMinutes(this.o.at ?? "09:00")) return;
    try {
      if (await this.o.send(now)) this.o.logger.info("daily digest queued for the HR group");
    } catch (err) {
      this.o.logger.error({ err }, "daily digest could not be queued; retrying at the next check");
    }
  }
}
