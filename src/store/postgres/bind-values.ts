import { StoreValueError } from "../contract/errors.js";

/** A scalar a hot statement can bind. */
export type BindScalar = null | undefined | boolean | number | bigint | string | Date;
/** What hot statements pass: scalars and flat arrays of them (sent as PostgreSQL array text). */
export type BindValue = BindScalar | ReadonlyArray<BindScalar>;

/**
 * Longest string accepted, in UTF-16 code units. Far above anything a turn
 * writes (WeCom texts are a few KB); a bigger one is a bug or an attack, and
 * on PGlite it would be copied several times into the WebAssembly heap.
 */
export const MAX_BIND_STRING = 4 * 1024 * 1024;

/**
 * The text-format parameters of a hot statement, for both drivers: node-postgres
 * sends them as they are, PGlite binds them to its prepared statement (see
 * raw-query.ts). Exact or nothing: every value is sent as PostgreSQL reads it
 * back, or a {@link StoreValueError} is thrown before anything is sent —
 * NaN and ±Infinity (no integer column can hold them and a float one would
 * store a different fact), NUL (PostgreSQL text cannot hold it), lone UTF-16
 * surrogates (UTF-8 has no encoding for them: the drivers would silently send
 * U+FFFD), invalid Dates, nested arrays, objects and functions.
 */
export function toBindParams(values: readonly BindValue[]): Array<string | null> {
  return values.map((value, i) => {
    const at = String(i + 1);
    if (Array.isArray(value)) return arrayText(value as readonly unknown[], at);
    return scalarText(value, at);
  });
}

function scalarText(value: unknown, at: string): string | null {
  switch (typeof value) {
    case "undefined":
      return null;
    case "boolean":
      return value ? "t" : "f";
    case "bigint":
      return value.toString();
    case "number":
      if (!Number.isFinite(value)) throw new StoreValueError(at, `not a finite number: ${value}`);
      // String(-0) is "0": keep the sign a float column would keep.
      return Object.is(value, -0) ? "-0" : String(value);
    case "string":
      return checkedString(value, at);
    case "object":
      if (value === null) return null;
      if (value instanceof Date) {
        if (Number.isNaN(value.getTime())) throw new StoreValueError(at, "an invalid Date");
        return value.toISOString();
      }
      throw new StoreValueError(at, Array.isArray(value) ? "a nested array" : "an object (serialise JSON before binding it)");
    default:
      throw new StoreValueError(at, `a ${typeof value} cannot be stored`);
  }
}

/** A flat array as PostgreSQL array text: every element double-quoted with `"` and `\` escaped, NULL bare. */
function arrayText(values: readonly unknown[], at: string): string {
  const parts = values.map((element, j) => {
    const text = scalarText(element, `${at}[${j + 1}]`);
    return text === null ? "NULL" : `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
  });
  return `{${parts.join(",")}}`;
}

/** In `u` mode a paired surrogate is one code point, so this matches only lone halves. */
const LONE_SURROGATE = /\p{Surrogate}/u;

function checkedString(value: string, at: string): string {
  if (value.length > MAX_BIND_STRING) throw new StoreValueError(at, `a string of ${value.length} characters (at most ${MAX_BIND_STRING})`);
  if (value.includes("\u0000")) throw new StoreValueError(at, "contains U+0000, which PostgreSQL text cannot hold");
  if (LONE_SURROGATE.test(value)) throw new StoreValueError(at, "contains a lone UTF-16 surrogate, which UTF-8 cannot encode");
  return value;
}
