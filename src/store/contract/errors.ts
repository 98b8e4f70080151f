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

/**
 * A value cannot be passed to the database exactly as given (a NaN, a lone
 * UTF-16 surrogate, a NUL byte, an object where a scalar belongs, …). Raised
 * before anything is sent: the store never stores a silently altered value.
 * Text from outside is cleaned explicitly where the contract says so (NUL and
 * lone surrogates become U+FFFD); reaching this error means a caller passed
 * something no column can hold.
 */
export class StoreValueError extends Error {
  override readonly name = "StoreValueError";
  constructor(
    /** Which parameter (1-based, as in `$1`) and, for arrays, which element. */
    readonly position: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`parameter ${position}: ${message}`, options);
  }
}
