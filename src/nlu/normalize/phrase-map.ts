/**
 * Replace many fixed phrases in one pass: one alternation regex, longest phrase first,
 * and a Map lookup in the callback. Precompiled once per table (throughput matters:
 * every reply goes through several tables).
 */
import { mayMatch } from "../regex/prefilter.js";

export function compilePhraseMap(pairs: ReadonlyArray<readonly [string, string]>): (text: string) => string {
  const map = new Map<string, string>(pairs.map(([from, to]) => [from, to]));
  const keys = [...map.keys()].sort((a, b) => b.length - a.length);
  const escaped = keys.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const re = new RegExp(escaped.join("|"), "g");
  // Most replies contain no phrase of a table: a scan for the characters the phrases need
  // is cheaper than the alternation failing at every position.
  return (text) => (mayMatch(re, text) ? text.replace(re, (m) => map.get(m) ?? m) : text);
}
