/**
 * The one source of "now" for flows, jobs and the simulator. Production uses
 * the system clock; tests and the sandbox use {@link ManualClock} to move time.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that only moves when told to. Listeners hear every move (the sandbox redraws). */
export class ManualClock implements Clock {
  private ms: number;
  private readonly listeners = new Set<(now: Date) => void>();

  constructor(start: Date | string | number = Date.now()) {
    this.ms = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.ms);
  }

  set(to: Date | string | number): void {
    const next = new Date(to).getTime();
    if (Number.isNaN(next)) throw new RangeError(`invalid time: ${String(to)}`);
    this.ms = next;
    for (const listener of this.listeners) listener(this.now());
  }

  advance(ms: number): Date {
    this.set(this.ms + ms);
    return this.now();
  }

  onChange(listener: (now: Date) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** A clock that can be moved: what the sandbox's clock panel and tests drive. */
export interface MovableClock extends Clock {
  set(to: Date | string | number): void;
  advance(ms: number): Date;
  onChange(listener: (now: Date) => void): () => void;
}

/** True for clocks the sandbox can move ({@link ManualClock}, {@link OffsetClock}). */
export function isMovable(clock: Clock): clock is MovableClock {
  const c = clock as Partial<MovableClock>;
  return typeof c.set === "function" && typeof c.advance === "function" && typeof c.onChange === "function";
}

/**
 * Real time plus an offset: the sandbox clock. It ticks like a wall clock (so
 * callback timestamps, token expiry and kf windows behave as in production)
 * while "+1 h", "next job" and "to the interview" jump it forward. It never
 * moves backwards: jobs, kf windows and message order all assume time only grows.
 */
export class OffsetClock implements MovableClock {
  private readonly source: () => number;
  private offsetMs: number;
  private readonly listeners = new Set<(now: Date) => void>();

  /**
   * @param options.start  what `now()` reads at construction (default: real now).
   * @param options.source the underlying real time in ms (tests pass a fake).
   */
  constructor(options: { start?: Date | string | number; source?: () => number } = {}) {
    this.source = options.source ?? Date.now;
    const start = options.start === undefined ? this.source() : new Date(options.start).getTime();
    if (Number.isNaN(start)) throw new RangeError(`invalid time: ${String(options.start)}`);
    this.offsetMs = start - this.source();
  }

  now(): Date {
    return new Date(this.source() + this.offsetMs);
  }

  /** How far ahead of real time this clock runs. */
  get offset(): number {
    return this.offsetMs;
  }

  /** Jumps to `to`; throws RangeError for an invalid time or one in this clock's past. */
  set(to: Date | string | number): void {
    const target = new Date(to).getTime();
    if (Number.isNaN(target)) throw new RangeError(`invalid time: ${String(to)}`);
    const now = this.now().getTime();
    if (target < now) throw new RangeError(`the clock only moves forward (now ${new Date(now).toISOString()}, asked ${new Date(target).toISOString()})`);
    this.offsetMs += target - now;
    for (const listener of [...this.listeners]) listener(this.now());
  }

  /** Moves forward by `ms` (≥ 0) and returns the new time. */
  advance(ms: number): Date {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`cannot advance by ${ms} ms: only forward, by a finite amount`);
    this.set(this.now().getTime() + ms);
    return this.now();
  }

  onChange(listener: (now: Date) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
