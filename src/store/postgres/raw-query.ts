import { StoreUsageError } from "../contract/errors.js";
import type { PgContext } from "./context.js";
import { sqlLiteral, type LiteralValue } from "./sql-literal.js";

/** A statement whose text never changes, so the database parses and plans it once per connection. */
export interface RawStatement {
  /** Prepared-statement name: unique per distinct `text`, a plain SQL identifier. */
  readonly name: string;
  readonly text: string;
}

interface PgClient {
  query(config: { name: string; text: string; values: readonly LiteralValue[] }): Promise<{ rows: unknown[] }>;
}

interface PgliteClient {
  exec(sql: string): Promise<Array<{ rows: unknown[] }>>;
}

/**
 * Runs a hot statement on the driver under Drizzle (the pool or transaction
 * client of node-postgres, the PGlite instance or its transaction), skipping
 * Drizzle's per-call query building and the database's per-call parsing and
 * planning:
 * - on a server, node-postgres prepares the named statement once per connection;
 * - on PGlite, whose query API cannot bind parameters to a named statement,
 *   the statement was prepared when the store opened ({@link preparePglite})
 *   and runs as `EXECUTE name(literals)` — one call into PGlite instead of six.
 *
 * Rows come back as the driver parses them: select ids as `::text` (PGlite
 * reads int8 as a number); timestamps and jsonb arrive as Date and objects on
 * both. Drizzle keeps a database's or transaction's client in
 * `session.client`; the store contract suite runs every raw statement on both
 * drivers, so a Drizzle upgrade that moves it fails there, not in production.
 */
export async function rawQuery<R>(ctx: PgContext, statement: RawStatement, values: readonly LiteralValue[]): Promise<R[]> {
  const client = (ctx.db as unknown as { session?: { client?: PgClient & PgliteClient } }).session?.client;
  if (!client) throw new StoreUsageError("the Drizzle handle exposes no driver client (session.client)");
  if (ctx.driver === "postgres") return (await client.query({ name: statement.name, text: statement.text, values })).rows as R[];
  const [result] = await client.exec(`execute ${statement.name}(${values.map(sqlLiteral).join(", ")})`);
  return (result?.rows ?? []) as R[];
}

/** What {@link preparePglite} needs of a PGlite instance. */
export interface PgliteSession {
  query<T>(sql: string): Promise<{ rows: T[] }>;
  exec(sql: string): Promise<unknown>;
}

/**
 * Prepares `statements` in PGlite's one session (after migrations: the tables
 * must exist). Prepared statements outlive transactions, rolled back or not;
 * ones already there (a second store on the same instance) are kept.
 */
export async function preparePglite(db: PgliteSession, statements: readonly RawStatement[]): Promise<void> {
  const { rows } = await db.query<{ standard_conforming_strings: string }>("show standard_conforming_strings");
  // sqlLiteral relies on it: with it off, a backslash in a string would escape.
  if (rows[0]?.standard_conforming_strings !== "on") throw new Error("PGlite runs with standard_conforming_strings off");
  const existing = new Set((await db.query<{ name: string }>("select name from pg_prepared_statements")).rows.map((r) => r.name));
  for (const s of statements) if (!existing.has(s.name)) await db.exec(`prepare ${s.name} as ${s.text}`);
}
