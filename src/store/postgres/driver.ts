import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import type { Logger } from "../../log.js";
import type { Db } from "./context.js";
import { preparePglite, type RawStatement } from "./raw-query.js";

/**
 * One database connection (pool) of either kind, behind what the engine needs:
 * a Drizzle handle, schema migration and shutdown.
 */
export interface Driver {
  readonly kind: "postgres" | "pglite";
  readonly db: Db;
  /** Where it points, without credentials, for logs and health. */
  readonly where: string;
  /**
   * How many store transactions may run at once (see tx-gate.ts): PGlite has
   * one connection; a pool keeps two connections for single statements.
   */
  readonly concurrentTransactions: number;
  /** The embedded database itself (PGlite only): the job scheduler shares it (src/jobs). */
  readonly pglite?: PGlite;
  migrate(migrationsFolder: string): Promise<void>;
  /** Prepares the hot statements where the driver needs it done up front (PGlite; see raw-query.ts). */
  prepare(statements: readonly RawStatement[]): Promise<void>;
  close(): Promise<void>;
}

/**
 * Session advisory lock held while migrating, so that instances starting
 * together on one server migrate one after the other (the later ones find
 * nothing left to do). The value is arbitrary but must never change.
 */
const MIGRATION_LOCK_KEY = "7347829641190520113";

export interface PgDriverOptions {
  databaseUrl: string;
  /** Pool size; default 10. */
  poolSize?: number;
  logger: Logger;
}

export function connectPostgres(options: PgDriverOptions): Driver {
  const poolSize = options.poolSize ?? 10;
  const pool = new pg.Pool({
    connectionString: options.databaseUrl,
    max: poolSize,
    // Without a timeout a dead server makes every query (and /healthz) hang forever.
    connectionTimeoutMillis: 10_000,
  });
  // An idle client losing its connection emits here; unhandled it would crash the process.
  pool.on("error", (err) => options.logger.warn({ err }, "idle PostgreSQL connection failed"));
  return {
    kind: "postgres",
    db: drizzlePg({ client: pool }),
    concurrentTransactions: Math.max(1, poolSize - 2),
    where: describeUrl(options.databaseUrl),
    async migrate(migrationsFolder) {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query("select pg_advisory_lock($1::bigint)", [MIGRATION_LOCK_KEY]);
        try {
          await migratePg(drizzlePg({ client }), { migrationsFolder });
        } finally {
          await client.query("select pg_advisory_unlock($1::bigint)", [MIGRATION_LOCK_KEY]);
        }
      } catch (err) {
        broken = err instanceof Error ? err : new Error(String(err));
        throw err;
      } finally {
        // A failed session may still hold the lock: destroy it rather than pool it.
        client.release(broken);
      }
    },
    // node-postgres prepares a named statement on each connection at its first use.
    prepare: async () => undefined,
    close: () => pool.end(),
  };
}

/**
 * PGlite in a directory (created if missing), `memory://`, or an instance the
 * caller owns (then close() leaves it open). A PGlite directory can be opened
 * by one process only, so migrations need no lock here.
 */
export async function connectPglite(source: string | PGlite): Promise<Driver> {
  const owned = typeof source === "string";
  if (typeof source === "string" && !source.startsWith("memory://")) mkdirSync(source, { recursive: true });
  const client = typeof source === "string" ? await PGlite.create(source) : source;
  await client.waitReady;
  return {
    kind: "pglite",
    db: drizzlePglite({ client }),
    concurrentTransactions: 1,
    where: typeof source === "string" ? source : (client.dataDir ?? "memory://"),
    pglite: client,
    migrate: (migrationsFolder) => migratePglite(drizzlePglite({ client }), { migrationsFolder }),
    prepare: (statements) => preparePglite(client, statements),
    close: async () => {
      if (owned && !client.closed) await client.close();
    },
  };
}

/** host:port/database of a postgres:// URL, never the password. */
function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}${u.port ? `:${u.port}` : ""}${u.pathname}`;
  } catch {
    return "postgres (unparseable URL)";
  }
}
