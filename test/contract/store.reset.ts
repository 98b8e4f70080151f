/** Empties every table of a PostgreSQL-family store between contract tests. */

/** Runs one SQL statement (PGlite's `exec`, or a pg client's `query`) and returns its rows. */
export type RunSql = (text: string) => Promise<Array<Record<string, unknown>>>;

/**
 * TRUNCATE all application tables in one statement (the migrations journal
 * lives in the `drizzle` schema and is kept). RESTART IDENTITY keeps ids small.
 */
export async function truncateAll(run: RunSql): Promise<void> {
  const rows = await run("select tablename from pg_tables where schemaname = 'public'");
  const tables = rows.map((r) => `"public"."${String(r.tablename)}"`);
  if (tables.length === 0) throw new Error("no tables to reset: did migrations run?");
  await run(`truncate ${tables.join(", ")} restart identity cascade`);
}
