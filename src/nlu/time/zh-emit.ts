/**
 * Shared plumbing for our chrono-node parsers: a parser is a pattern plus an extractor,
 * and every result it emits carries the richer {@link TimeToken} we group later.
 */
import type * as chrono from "chrono-node";
import type { ParsingContext } from "chrono-node";
import type { CivilDate } from "./calendar.js";
import { ZH_NUM_CHARS } from "./zh-numerals.js";
import type { TimeToken } from "./tokens.js";

// Each emitted result carries its token in a symbol-keyed field: no side table to look
// it up in (a WeakMap entry per result made the GC walk ephemerons on every reply).
const TOKEN = Symbol("nlu time token");
type WithToken = { [TOKEN]?: TimeToken };

/** The richer token behind a chrono result our parsers emitted (undefined for any other result). */
export function tokenOf(result: object): TimeToken | undefined {
  return (result as WithToken)[TOKEN];
}

/**
 * "Today" in the business zone, read from chrono's reference (instant + the zone's
 * offset at that instant, which `resolve-time.ts` passes in) — no module state.
 */
export function todayOf(c: ParsingContext): CivilDate {
  const shifted = new Date(c.reference.instant.getTime() + (c.reference.timezoneOffset ?? 0) * 60_000);
  return { y: shifted.getUTCFullYear(), m: shifted.getUTCMonth() + 1, d: shifted.getUTCDate() };
}

export const N = `(?:\\d{1,2}|[${ZH_NUM_CHARS}]{1,3})`;

export function emit(context: ParsingContext, match: RegExpMatchArray, token: Omit<TimeToken, "index" | "end">, text = match[0]) {
  const index = match.index ?? 0;
  const known: { [c in chrono.Component]?: number } = {};
  if (token.date) {
    known.year = token.date.y;
    known.month = token.date.m;
    known.day = token.date.d;
  }
  if (token.hour !== undefined) {
    known.hour = token.hour;
    known.minute = token.minute ?? 0;
  }
  const result = context.createParsingResult(index, text, known);
  result.addTag(`nlu/${token.kind}`);
  (result as WithToken)[TOKEN] = { ...token, index, end: index + text.length };
  return result;
}

/** A chrono parser that also exposes its (fixed) pattern, so a text that cannot match it can skip it. */
export interface ZhParser extends chrono.Parser {
  regex: RegExp;
}

export function parser(pattern: RegExp, extract: (c: ParsingContext, m: RegExpMatchArray) => chrono.ParsingResult | null): ZhParser {
  return { pattern: () => pattern, extract, regex: pattern };
}
