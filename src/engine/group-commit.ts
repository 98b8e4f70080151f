/**
 * Adaptive group commit: callers submit one item each and get its own result,
 * while the items reach `flush` in batches. When idle, a submission is flushed
 * on the next turn of the event loop (no added latency beyond one tick); while a
 * flush is in flight, new submissions queue and go together in the next one.
 * Under load batches grow by themselves, which is what lets a single PGlite
 * connection keep up with many concurrent WeCom callbacks.
 *
 * With `keyOf`, a batch holds at most one item per key: a later item of the
 * same key waits for the next batch (its order among its key's items kept),
 * e.g. two turns of one conversation never share a transaction.
 */
export class GroupCommit<T, R> {
  private queue: Array<{ item: T; resolve: (r: R) => void; reject: (e: unknown) => void }> = [];
  private flushing = false;
  private scheduled = false;

  constructor(
    private readonly flush: (items: T[]) => Promise<R[]>,
    private readonly maxBatch = 200,
    private readonly keyOf?: (item: T) => string,
  ) {}

  submit(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.flushing || this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.run();
    });
  }

  /** The next batch, off the queue: the first `maxBatch` items, one per key. */
  private take(): typeof this.queue {
    if (!this.keyOf) return this.queue.splice(0, this.maxBatch);
    const batch: typeof this.queue = [];
    const rest: typeof this.queue = [];
    const keys = new Set<string>();
    for (const entry of this.queue) {
      const key = this.keyOf(entry.item);
      if (batch.length >= this.maxBatch || keys.has(key)) rest.push(entry);
      else {
        keys.add(key);
        batch.push(entry);
      }
    }
    this.queue = rest;
    return batch;
  }

  private async run(): Promise<void> {
    if (this.flushing || this.queue.length === 0) return;
    this.flushing = true;
    const batch = this.take();
    try {
      const results = await this.flush(batch.map((b) => b.item));
      if (results.length !== batch.length) throw new Error(`flush returned ${results.length} results for ${batch.length} items`);
      batch.forEach((b, i) => b.resolve(results[i]!));
    } catch (err) {
      for (const b of batch) b.reject(err);
    } finally {
      this.flushing = false;
      if (this.queue.length > 0) this.schedule();
    }
  }
}
