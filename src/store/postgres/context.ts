import type { PGlite } from "@electric-sql/pglite";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type { Clock } from "../../clock.js";
import { StoreNotFoundError } from "../contract/errors.js";

/**
 * A Drizzle handle: the root database of either driver (node-postgres or
 * PGlite) or an open transaction of it. Operations are written once against it.
 */
export type Db = PgDatabase<PgQueryResultHKT>;

/** What every operation needs: where to run and what time it is. */
export interface PgContext {
  readonly db: Db;
  /** The store's clock; leases, expiries and default timestamps use it. */
  readonly clock: Clock;
  /** Which driver `db` runs on: hot statements that bypass Drizzle call it directly ({@link rawQuery}). */
  readonly driver: "postgres" | "pglite";
  /** The embedded instance (PGlite only): hot statements run through its protocol API ({@link rawQuery}). */
  readonly pglite?: PGlite | undefined;
}

/**
 * Runs `work` atomically: a transaction at the root, a savepoint inside an
 * open transaction (so a failing step rolls back only itself, then rethrows).
 */
export function atomic<T>(ctx: PgContext, work: (ctx: PgContext) => Promise<T>): Promise<T> {
  return ctx.db.transaction((tx) => work({ ...ctx, db: tx }));
}

const ID = /^(0|[1-9]\d{0,18})$/;
const INT8_MAX = 9223372036854775807n;

/**
 * Parses a store id (decimal bigint string). Malformed ids cannot name any row,
 * so callers treat undefined as "not found" rather than as a database error.
 */
export function parseId(id: string): bigint | undefined {
  if (!ID.test(id)) return undefined;
  const value = BigInt(id);
  return value <= INT8_MAX ? value : undefined;
}

/** Like {@link parseId} but throws StoreNotFoundError for a malformed id. */
export function requireId(entity: string, id: string): bigint {
  const value = parseId(id);
  if (value === undefined) throw new StoreNotFoundError(entity, id);
  return value;
}

/** For nullable references: null stays null. */
export function optionalRef(entity: string, id: string | null | undefined): bigint | null {
  return id === null || id === undefined ? null : requireId(entity, id);
}

export function idString(id: bigint | number): string {
  return id.toString();
}

/** Escapes LIKE wildcards so user text matches literally (backslash is the default escape). */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** A positive integer limit with a default and a hard cap (runaway queries hurt everyone). */
export function clampLimit(limit: number | undefined, fallback: number, max = 10_000): number {
  if (limit === undefined || !Number.isFinite(limit)) return fallback;
  return Math.max(0, Math.min(Math.floor(limit), max));
}
