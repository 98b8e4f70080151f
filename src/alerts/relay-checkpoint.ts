import type { Store } from "../store/store.js";

/**
 * Where the HR relay stands: every alert event with an id ≤ `after` is dealt
 * with, and so are the ids in `done` above it. Event ids are allocated at
 * insert, not at commit, so a later-committing event may carry a smaller id
 * than one already relayed: `after` only moves over events that are done and
 * older than the settle time, and everything above it is re-read each round.
 */
export interface Checkpoint {
  after: string | null;
  done: string[];
}

/**
 * The checkpoint lives in the store's cursor table (the one kf/sync_msg uses,
 * under a key no open_kfid can have), written with compare-and-set so two
 * instances never move it over each other. A dedicated table can replace
 * this without changing the relay.
 */
export const CHECKPOINT_KEY = "relay:hr-alerts";

export async function loadCheckpoint(store: Store): Promise<{ raw: string | null; checkpoint: Checkpoint | undefined }> {
  const raw = (await store.getKfCursor(CHECKPOINT_KEY)) ?? null;
  if (raw === null) return { raw, checkpoint: undefined };
  const parsed = JSON.parse(raw) as Partial<Checkpoint>;
  return { raw, checkpoint: { after: typeof parsed.after === "string" ? parsed.after : null, done: Array.isArray(parsed.done) ? parsed.done.map(String) : [] } };
}

/** Saves `next` if the stored checkpoint is still `expected`; throws StoreConflictError otherwise. */
export async function saveCheckpoint(store: Store, expected: string | null, next: Checkpoint): Promise<string> {
  const raw = JSON.stringify(next);
  await store.saveKfBatch(CHECKPOINT_KEY, raw, [], { expectedCursor: expected });
  return raw;
}

/** Orders numeric-string ids. */
export function compareIds(a: string, b: string): number {
  const x = BigInt(a);
  const y = BigInt(b);
  return x < y ? -1 : x > y ? 1 : 0;
}
