import { parse, protocol, type PGlite } from "@electric-sql/pglite";
import { StoreUsageError } from "../contract/errors.js";
import { toBindParams, type BindValue } from "./bind-values.js";
import type { PgContext } from "./context.js";

/** A statement whose text never changes, so the database parses and plans it once per connection. */
export interface RawStatement {
  /** Prepared-statement name: unique per distinct `text`, a plain SQL identifier. */
  readonly name: string;
  readonly text: string;
}

interface PgClient {
  query(config: { name: string; text: string; values: ReadonlyArray<string | null> }): Promise<{ rows: unknown[] }>;
}

/**
 * Runs a hot statement on the driver under Drizzle (the pool or transaction
 * client of node-postgres, the PGlite instance or its transaction), skipping
 * Drizzle's per-call query building and the database's per-call parsing and
 * planning. Parameters are bound, never spliced into SQL text: both drivers
 * get the same exact text-format values ({@link toBindParams}, which rejects
 * what cannot be sent exactly).
 * - on a server, node-postgres prepares the named statement once per connection;
 * - on PGlite, the statement was prepared when the store opened
 *   ({@link preparePglite}) and runs through PGlite's wire-protocol API as
 *   Bind + Describe + Execute + Sync in one call ({@link executePglite}).
 *
 * Rows come back as the driver parses them: select ids as `::text` (PGlite
 * reads int8 as a number); timestamps and jsonb arrive as Date and objects on
 * both. Drizzle keeps a database's or transaction's client in
 * `session.client`; the store contract suite runs every raw statement on both
 * drivers, so a Drizzle upgrade that moves it fails there, not in production.
 */
export async function rawQuery<R>(ctx: PgContext, statement: RawStatement, values: readonly BindValue[]): Promise<R[]> {
  const params = toBindParams(values);
  const client = (ctx.db as unknown as { session?: { client?: unknown } }).session?.client;
  if (!client) throw new StoreUsageError("the Drizzle handle exposes no driver client (session.client)");
  if (ctx.driver === "postgres") return (await (client as PgClient).query({ name: statement.name, text: statement.text, values: params })).rows as R[];
  if (!ctx.pglite) throw new StoreUsageError("a PGlite context without its PGlite instance");
  // The root instance itself, or the Transaction object of an open PGlite transaction.
  return executePglite<R>(ctx.pglite, client !== ctx.pglite, statement.name, params);
}

const { serialize } = protocol;

/**
 * Runs a prepared statement on PGlite with bound text parameters. PGlite's own
 * `query` would parse the text again on every call; its protocol API
 * (`execProtocol`) is not guarded by its locks, so this takes them as `query`
 * does: inside a transaction its callback already holds the transaction lock
 * and only the per-message lock is needed; outside, both.
 */
async function executePglite<R>(pglite: PGlite, inTransaction: boolean, name: string, params: Array<string | null>): Promise<R[]> {
  const parts = [serialize.bind({ statement: name, values: params }), serialize.describe({ type: "P" }), serialize.execute({}), serialize.sync()];
  const message = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    message.set(part, offset);
    offset += part.length;
  }
  // Outside a transaction the Sync commits, so the files are synced as PGlite's query does.
  const run = () => pglite.runExclusive(() => pglite.execProtocol(message, { syncToFs: !inTransaction }));
  const { messages } = inTransaction ? await run() : await pglite._runExclusiveTransaction(run);
  return (parse.parseResults(messages, pglite.parsers)[0]?.rows ?? []) as R[];
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
  const existing = new Set((await db.query<{ name: string }>("select name from pg_prepared_statements")).rows.map((r) => r.name));
  for (const s of statements) if (!existing.has(s.name)) await db.exec(`prepare ${s.name} as ${s.text}`);
}
