/**
 * SQL literals for `EXECUTE name(…)` on PGlite, whose query API cannot run a
 * named prepared statement with protocol parameters (see raw-query.ts). Only
 * what our raw statements pass: null, booleans, finite numbers, strings and
 * flat arrays of those. Strings are single-quoted with quotes doubled, which
 * is exact with `standard_conforming_strings` on (PostgreSQL's default since
 * 9.1; checked when statements are prepared). U+0000 cannot be stored in text
 * and would cut the query short, so it becomes U+FFFD, as in sanitize.ts.
 */
export type LiteralValue = null | undefined | boolean | number | string | ReadonlyArray<null | undefined | boolean | number | string>;

export function sqlLiteral(value: LiteralValue): string {
  if (Array.isArray(value)) return quote(`{${value.map(arrayElement).join(",")}}`);
  return scalar(value as Exclude<LiteralValue, readonly unknown[]>);
}

function scalar(value: null | undefined | boolean | number | string): string {
  if (value === null || value === undefined) return "NULL";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (typeof value === "number") return quote(finite(value));
  return quote(value);
}

/** An element of an array literal: always double-quoted, with `"` and `\` escaped; NULL bare. */
function arrayElement(value: null | undefined | boolean | number | string): string {
  if (value === null || value === undefined) return "NULL";
  const text = typeof value === "number" ? finite(value) : String(value);
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

function quote(text: string): string {
  return `'${text.replaceAll("\u0000", "\uFFFD").replaceAll("'", "''")}'`;
}

function finite(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${n}`);
  return String(n);
}
