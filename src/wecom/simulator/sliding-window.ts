import type { Clock } from "../../clock.js";

/** Counts events per key over a sliding window of the simulator clock. */
export class SlidingWindow {
  private readonly times = new Map<string, number[]>();

  constructor(
    private readonly clock: Clock,
    private readonly windowMs: number,
  ) {}

  count(key: string): number {
    const now = this.clock.now().getTime();
    const live = (this.times.get(key) ?? []).filter((t) => t > now - this.windowMs);
    this.times.set(key, live);
    return live.length;
  }

  add(key: string): void {
    this.count(key);
    this.times.get(key)!.push(this.clock.now().getTime());
  }
}
