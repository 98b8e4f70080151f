/**
 * JSON values as the store keeps them. Payloads, slots and details are stored as
 * JSON (jsonb on PostgreSQL, BSON documents on MongoDB), so only what survives a
 * JSON round trip is allowed: a `Date` or `undefined` inside a payload is a type
 * error here rather than a silent change on the way back.
 *
 * One normalisation applies to every engine: U+0000 and lone UTF-16 surrogates
 * in strings (JSON values, message text, error texts) are stored as U+FFFD,
 * because PostgreSQL cannot hold NUL, UTF-8 cannot encode a lone surrogate, and
 * a callback that cannot be stored would be lost.
 */
export type JsonPrimitive = string | number | boolean | null;

/** Any JSON value. */
export type Json = JsonPrimitive | Json[] | { [key: string]: Json };

/** A JSON object (the shape of every payload, slot bag and details field). */
export type JsonObject = { [key: string]: Json };
