/**
 * The store: every durable read and write of the bot. `openStore` picks the
 * engine from the configuration; callers only ever see the {@link Store} contract.
 */
import { join } from "node:path";
import type { Clock } from "../clock.js";
import type { Logger } from "../log.js";
import type { PGlite } from "@electric-sql/pglite";
import { PostgresStore } from "./postgres/engine.js";
import { openPostgresStore } from "./postgres/open.js";
import type { Store } from "./store.js";

export type { Store, StoreEngine, StoreHealth, StoreOperations, StoreTx } from "./store.js";
export * from "./types.js";
export { StoreConflictError, StoreNotFoundError, StoreOpenError, StoreUsageError, StoreValueError } from "./contract/errors.js";

export interface OpenStoreOptions {
  /** postgres://… → that server; unset → embedded PGlite. */
  databaseUrl?: string | undefined;
  /** PGlite keeps its files in `<dataDir>/pglite`; `memory://` keeps nothing (tests). */
  dataDir: string;
  logger: Logger;
  /** The app clock (a ManualClock in the sandbox); default: system time. */
  clock?: Clock;
}

/**
 * Opens the configured store, migrated and ready. Throws StoreOpenError when
 * the database cannot be reached or migrated.
 */
export function openStore(options: OpenStoreOptions): Promise<Store> {
  const pglite = options.dataDir.startsWith("memory://") ? "memory://" : join(options.dataDir, "pglite");
  return openPostgresStore({
    connection: options.databaseUrl ? { databaseUrl: options.databaseUrl } : { pglite },
    logger: options.logger,
    ...(options.clock ? { clock: options.clock } : {}),
  });
}

/**
 * The embedded PGlite behind `store`, or undefined on a server. One process can
 * open a PGlite directory once, so the job scheduler (Agenda) shares this one.
 */
export function embeddedPglite(store: Store): PGlite | undefined {
  return store instanceof PostgresStore ? store.pglite : undefined;
}
