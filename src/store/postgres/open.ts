import { fileURLToPath } from "node:url";
import type { PGlite } from "@electric-sql/pglite";
import { systemClock, type Clock } from "../../clock.js";
import type { Logger } from "../../log.js";
import { StoreOpenError } from "../contract/errors.js";
import { connectPglite, connectPostgres, type Driver } from "./driver.js";
import { PostgresStore } from "./engine.js";
import { BATCH_STATEMENTS } from "./hot-batch-statements.js";
import { HOT_STATEMENTS } from "./hot-statements.js";

/** The committed drizzle-kit migrations at the repository root. */
export const DEFAULT_MIGRATIONS_FOLDER = fileURLToPath(new URL("../../../drizzle/", import.meta.url));

export interface PostgresStoreOptions {
  /** A server URL, or PGlite: a directory, `memory://`, or an instance the caller owns and closes. */
  connection: { databaseUrl: string; poolSize?: number } | { pglite: string | PGlite };
  logger: Logger;
  clock?: Clock;
  migrationsFolder?: string;
}

/**
 * Connects, brings the schema up to date (migrations are applied in order and
 * recorded in `drizzle.__drizzle_migrations`) and returns the store.
 * Throws StoreOpenError when either step fails.
 */
export async function openPostgresStore(options: PostgresStoreOptions): Promise<PostgresStore> {
  let driver: Driver;
  try {
    driver =
      "databaseUrl" in options.connection
        ? connectPostgres({
            databaseUrl: options.connection.databaseUrl,
            logger: options.logger,
            ...(options.connection.poolSize !== undefined ? { poolSize: options.connection.poolSize } : {}),
          })
        : await connectPglite(options.connection.pglite);
  } catch (err) {
    throw new StoreOpenError(`could not open the database: ${message(err)}`, { cause: err });
  }
  const started = Date.now();
  try {
    await driver.migrate(options.migrationsFolder ?? DEFAULT_MIGRATIONS_FOLDER);
    await driver.prepare([...HOT_STATEMENTS, ...BATCH_STATEMENTS]);
  } catch (err) {
    await driver.close().catch(() => undefined);
    throw new StoreOpenError(`could not migrate the ${driver.kind} database at ${driver.where}: ${message(err)}`, { cause: err });
  }
  options.logger.info({ engine: driver.kind, where: driver.where, migrateMs: Date.now() - started }, "store ready");
  return new PostgresStore(driver, options.clock ?? systemClock);
}

function message(err: unknown): string {
  // Drizzle wraps driver errors ("Failed query: …"); the cause says what really happened.
  const cause = err instanceof Error && err.cause instanceof Error ? `: ${err.cause.message}` : "";
  return `${err instanceof Error ? err.message : String(err)}${cause}`;
}
