import { sql, type SQL } from "drizzle-orm";
import type { Json } from "../contract/json.js";

/** A UTF-16 surrogate without its other half (`u` mode pairs them). */
const LONE_SURROGATE = /\p{Surrogate}/gu;

/**
 * PostgreSQL text and jsonb cannot hold U+0000, and UTF-8 has no encoding for
 * a lone UTF-16 surrogate (JSON from outside may carry one as `\ud83d`): the
 * insert fails or the driver silently alters the text, and an inbound callback
 * that cannot be recorded is lost once WeCom stops retrying. So both become
 * U+FFFD in externally sourced strings (the contract says so).
 */
export function cleanText(text: string): string;
export function cleanText(text: string | null): string | null;
export function cleanText(text: string | null): string | null {
  return text === null ? null : text.replaceAll("\u0000", "\uFFFD").replace(LONE_SURROGATE, "\uFFFD");
}

/** A deep copy of `value` with NULs replaced in every string, keys included. */
export function cleanJson<T extends Json>(value: T): T {
  if (typeof value === "string") return cleanText(value) as T;
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => cleanJson(v)) as T;
  const out: { [key: string]: Json } = {};
  for (const [k, v] of Object.entries(value)) out[cleanText(k)] = cleanJson(v);
  return out as T;
}

/**
 * A jsonb parameter. Drizzle sends a JS null as SQL NULL, so the JSON value
 * `null` is written as the literal instead (payload columns are NOT NULL).
 */
export function jsonbParam(value: Json): Json | SQL {
  return value === null ? sql`'null'::jsonb` : cleanJson(value);
}
