/**
 * Errors every Store engine throws for the same situations, so callers can act
 * on them without knowing which database is underneath.
 */

/**
 * A write lost a race: an optimistic version did not match, an expected state
 * was no longer current, or a unique key was already taken.
 * The caller should reload and decide again (or give up); retrying blindly
 * would overwrite someone else's decision.
 */
export class StoreConflictError extends Error {
  override readonly name = "StoreConflictError";
  constructor(
    /** What kind of record, e.g. "conversation", "interview", "kf_cursor". */
    readonly entity: string,
    /** Which record (its id or natural key). */
    readonly key: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** An update or completion named a record that does not exist. */
export class StoreNotFoundError extends Error {
  override readonly name = "StoreNotFoundError";
  constructor(
    readonly entity: string,
    readonly key: string,
    options?: { cause?: unknown },
  ) {
    super(`${entity} ${key} not found`, options);
  }
}

/**
 * The store was used in a way that cannot work, e.g. calling the root store
 * inside `store.transaction(...)` instead of the `tx` it was given (that write
 * would escape the transaction, and on PGlite it would wait forever for it).
 */
export class StoreUsageError extends Error {
  override readonly name = "StoreUsageError";
}

/** The store could not start: the database was unreachable or its schema could not be migrated. */
export class StoreOpenError extends Error {
  override readonly name = "StoreOpenError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
