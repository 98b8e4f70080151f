import { setImmediate as nextMacrotask } from "node:timers/promises";

/**
 * Admits at most `limit` transactions at a time, in arrival order, so that
 * single statements outside transactions — above all the acknowledgement of a
 * WeCom callback, which must answer within 5 s — never queue behind a backlog
 * of turns:
 *
 * - PGlite has one connection and a FIFO lock: 64 queued turn transactions
 *   meant a callback's insert waited for all 64. Worse, PGlite runs each
 *   statement synchronously and resolves it as a microtask, so a backlog of
 *   transactions runs as one unbroken microtask chain that starves the event
 *   loop: no HTTP request is even read until the whole backlog is done (seen
 *   as 15 s stalls under a burst). So on PGlite the limit is 1 and a
 *   transaction first yields to the event loop (`yieldFirst`) when none did
 *   for a few milliseconds, letting pending I/O — callbacks — in between.
 * - node-postgres has a pool with a FIFO wait queue: the limit keeps a couple
 *   of connections free for single statements.
 */
export class TxGate {
  private active = 0;
  private readonly waiting: Array<() => void> = [];
  private lastYield = performance.now();

  constructor(
    private readonly limit: number,
    private readonly yieldFirst: boolean,
    /**
     * Yield only after this much time without one: a yield per transaction cost
     * PGlite ~4 ms of CPU per turn (smaller inbox and outbox batches, more loop
     * turns), while I/O still gets in every few transactions.
     */
    private readonly yieldEveryMs = 5,
  ) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active += 1;
    try {
      if (this.yieldFirst && performance.now() - this.lastYield >= this.yieldEveryMs) {
        await nextMacrotask();
        this.lastYield = performance.now();
      }
      return await work();
    } finally {
      const next = this.waiting.shift();
      // The slot passes straight to the next waiter, so a newcomer cannot overtake it.
      if (next) next();
      else this.active -= 1;
    }
  }
}
