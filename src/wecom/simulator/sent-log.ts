import type { SentRecord } from "./types.js";

/**
 * Everything our server sent through the simulated WeCom, in order, with a
 * way to wait for something that has not happened yet.
 */
export class SentLog {
  readonly records: SentRecord[] = [];
  private readonly listeners = new Set<(record: SentRecord) => void>();

  add(record: Omit<SentRecord, "seq">): SentRecord {
    const full = { ...record, seq: this.records.length + 1 };
    this.records.push(full);
    for (const listener of [...this.listeners]) listener(full);
    return full;
  }

  /** Calls `listener` for every record from now on (benchmarks follow thousands of replies this way). */
  subscribe(listener: (record: SentRecord) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * The first record (already logged or still to come) matching `predicate`.
   * Rejects after `timeoutMs`, listing what was sent so the failure explains itself.
   */
  waitFor(predicate: (record: SentRecord) => boolean, timeoutMs = 2000): Promise<SentRecord> {
    const found = this.records.find(predicate);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const listener = (record: SentRecord): void => {
        if (!predicate(record)) return;
        clearTimeout(timer);
        this.listeners.delete(listener);
        resolve(record);
      };
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        const seen = this.records.map((r) => `${r.channel} ${r.api} → ${r.to.join(",")}: ${r.text.slice(0, 60)}`).join("\n  ");
        reject(new Error(`nothing matching was sent within ${timeoutMs} ms; sent so far:\n  ${seen || "(nothing)"}`));
      }, timeoutMs);
      this.listeners.add(listener);
    });
  }
}
