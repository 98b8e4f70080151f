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
