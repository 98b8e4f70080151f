/**
 * Shared plumbing for our chrono-node parsers: a parser is a pattern plus an extractor,
 * and every result it emits carries the richer {@link TimeToken} we group later.
 *
 * An extractor emits a plain {@link Emitted} (where, what text, which token); the chrono
 * adapter turns it into a chrono result only when the parser runs inside a chrono engine
 * (`zhTimeChrono`). `zhTimeTokens` drives the extractors itself and needs no chrono
 * result at all (creating one costs more than reading the match).
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

/** What an extractor reads: the text and chrono's reference (a chrono `ParsingContext` is one). */
export interface ZhContext {
  readonly text: string;
  readonly reference: { readonly instant: Date; readonly timezoneOffset?: number | null };
}

/**
 * "Today" in the business zone, read from chrono's reference (instant + the zone's
 * offset at that instant, which `resolve-time.ts` passes in) — no module state.
 */
export function todayOf(c: ZhContext): CivilDate {
  const shifted = new Date(c.reference.instant.getTime() + (c.reference.timezoneOffset ?? 0) * 60_000);
  return { y: shifted.getUTCFullYear(), m: shifted.getUTCMonth() + 1, d: shifted.getUTCDate() };
}

export const N = `(?:\\d{1,2}|[${ZH_NUM_CHARS}]{1,3})`;

/** A match an extractor accepted: where it is, the text it covers, and its token. */
export interface Emitted {
  index: number;
  text: string;
  token: TimeToken;
}

export function emit(_context: ZhContext, match: RegExpMatchArray, token: Omit<TimeToken, "index" | "end">, text = match[0]): Emitted {
  const index = match.index ?? 0;
  return { index, text, token: { ...token, index, end: index + text.length } };
}

/** The chrono result of an emitted match, carrying its token. */
function chronoResult(context: ParsingContext, e: Emitted): chrono.ParsingResult {
  const token = e.token;
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
  const result = context.createParsingResult(e.index, e.text, known);
  result.addTag(`nlu/${token.kind}`);
  (result as WithToken)[TOKEN] = token;
  return result;
}

export type ZhExtract = (c: ZhContext, m: RegExpMatchArray) => Emitted | null;

/** A chrono parser that also exposes its (fixed) pattern, so a text that cannot match it can skip it, and its extractor. */
export interface ZhParser extends chrono.Parser {
  regex: RegExp;
  read: ZhExtract;
}

export function parser(pattern: RegExp, read: ZhExtract): ZhParser {
  return {
    pattern: () => pattern,
    extract: (c, m) => {
      const e = read(c, m);
      return e ? chronoResult(c, e) : null;
    },
    regex: pattern,
    read,
  };
}
