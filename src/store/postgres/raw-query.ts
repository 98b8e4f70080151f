import { StoreUsageError } from "../contract/errors.js";
import type { PgContext } from "./context.js";

/** A statement whose text never changes: PostgreSQL parses and plans it once per connection. */
export interface RawStatement {
  /** Prepared-statement name on a server connection; unique per distinct `text`. */
  name: string;
  text: string;
  values: unknown[];
}

interface PgClient {
  query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: unknown[] }>;
}

interface PgliteClient {
  query(text: string, params: unknown[]): Promise<{ rows: unknown[] }>;
}

/**
 * Runs a hot statement on the driver under Drizzle (the pool or transaction
 * client of node-postgres, the PGlite instance or its transaction), skipping
 * Drizzle's per-call query building and, on a server, re-parsing: the
 * statement is named, so each connection prepares it once. Rows come back as
 * the driver parses them — select ids as `::text` (PGlite reads int8 as a
 * number), timestamps and jsonb arrive as Date and objects on both drivers.
 *
 * Drizzle keeps the client of a database or transaction in `session.client`;
 * the store contract suite runs every raw statement on both drivers, so a
 * Drizzle upgrade that moves it fails there, not in production.
 */
export async function rawQuery<R>(ctx: PgContext, statement: RawStatement): Promise<R[]> {
  const client = (ctx.db as unknown as { session?: { client?: PgClient & PgliteClient } }).session?.client;
  if (typeof client?.query !== "function") throw new StoreUsageError("the Drizzle handle exposes no driver client (session.client)");
  const result =
    ctx.driver === "postgres"
      ? await client.query({ name: statement.name, text: statement.text, values: statement.values })
      : await client.query(statement.text, statement.values);
  return result.rows as R[];
}
