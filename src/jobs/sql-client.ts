/**
 * The scheduler's own connection to the bot's database, in the one shape
 * Agenda's PostgreSQL backend accepts: a `pg.Pool`.
 *
 * On a PostgreSQL server that is simply a pool of its own. On embedded PGlite
 * it is a pool-shaped adapter over the store's PGlite instance (one process can
 * open a PGlite directory only once). Why not `@electric-sql/pglite-socket`:
 * its server runs each wire-protocol message under PGlite's *query* lock only,
 * so a statement arriving over the socket can land inside a transaction the
 * store has open on the same single connection (and, with several sockets,
 * extended-protocol messages of two clients can interleave). `PGlite.query` /
 * `exec` take PGlite's transaction lock as well, so through this adapter every
 * Agenda statement runs between the store's transactions, never inside one.
 */
import type { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import type { Logger } from "../log.js";

/** What our own SQL needs (Agenda uses the full pool). */
export interface SqlClient {
  query<R extends Record<string, unknown> = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: R[]; rowCount: number }>;
}

export interface SchedulerPool {
  /** Handed to `new PostgresBackend({ pool })`. */
  pool: pg.Pool;
  sql: SqlClient;
  kind: "postgres" | "pglite";
  close(): Promise<void>;
}

/** A pool of its own on a PostgreSQL server. */
export function serverPool(databaseUrl: string, logger: Logger, max = 10): SchedulerPool {
  const pool = new pg.Pool({ connectionString: databaseUrl, max, connectionTimeoutMillis: 10_000 });
  pool.on("error", (err) => logger.warn({ err }, "idle scheduler PostgreSQL connection failed"));
  const sql: SqlClient = {
    async query(text, params) {
      const result = await pool.query(text, params);
      return { rows: result.rows, rowCount: result.rowCount ?? 0 };
    },
  };
  return { pool, sql, kind: "postgres", close: () => pool.end() };
}

/** A `pg.Pool` look-alike over the store's PGlite (see the module comment for why not a socket). */
export function pglitePool(db: PGlite): SchedulerPool {
  const sql: SqlClient = {
    async query<R extends Record<string, unknown>>(text: string, params?: unknown[]) {
      if (!params || params.length === 0) {
        // Parameterless text may hold several statements (Agenda's trigger DDL): simple protocol.
        const results = await db.exec(text);
        const last = results.at(-1);
        return { rows: (last?.rows ?? []) as R[], rowCount: last?.affectedRows ?? last?.rows.length ?? 0 };
      }
      const result = await db.query<R>(text, params);
      return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
    },
  };
  const client = { query: sql.query, release: () => undefined };
  const pool = {
    query: sql.query,
    connect: () => Promise.resolve(client),
    end: () => Promise.resolve(),
    on: () => pool,
  };
  return { pool: pool as unknown as pg.Pool, sql, kind: "pglite", close: () => Promise.resolve() };
}
