/**
 * A lexicon without its Latin-only alternatives, for replies that contain no Latin letter.
 *
 * Why: the lexicons now carry many English alternatives (business, Singlish, Taglish …). On a
 * Chinese reply none of them can match, yet at every position a match could start V8 still tries
 * each of them in turn. For a reply with no Latin letter, the same regex without the top-level
 * alternatives that need one finds exactly the same matches: an alternative that cannot match at
 * a position never changes which other alternative matches there (leftmost, first alternative
 * first), and captures inside the removed alternatives would have been undefined anyway.
 *
 * "Needs a Latin letter" is decided by `required-chars.ts`, which never claims too much: an
 * alternative is dropped only when every match of it must contain an ASCII letter. A first-
 * character guard (`first-chars.ts`) is rebuilt for the smaller regex, so it admits no Latin
 * letters either.
 */
import { captureCount, hasNamedGroups, joinKeepingCaptures } from "./captures.js";
import { guardedByFirstChars } from "./first-chars.js";
import { requiredCodeUnits } from "./required-chars.js";

const GUARD = /^\(\?=\[[^\]]*\]\)\(\?:/;

/** The top-level alternatives of a pattern (split at `|` outside groups and classes). */
export function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
    } else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

const isAsciiLetter = (u: number) => (u >= 0x41 && u <= 0x5a) || (u >= 0x61 && u <= 0x7a);

function needsLatin(alternative: string, flags: string): boolean {
  let units: ReadonlySet<number> | null;
  try {
    units = requiredCodeUnits(new RegExp(alternative, flags));
  } catch {
    return false;
  }
  return units !== null && units.size > 0 && [...units].every(isAsciiLetter);
}

/** `re` without its Latin-only alternatives (guarded again if `re` was), or `re` itself when there are none. */
export function hanVariantOf(re: RegExp): RegExp {
  // Case folding and code-point mode change what a letter stands for, and a global or sticky regex
  // carries state in itself: leave such regexes whole.
  if (/[iuvgy]/.test(re.flags)) return re;
  // Captures keep their numbers (captures.ts), but named groups cannot be stood for.
  if (hasNamedGroups(re.source)) return re;
  const guard = GUARD.exec(re.source);
  const source = guard ? re.source.slice(guard[0].length, -1) : re.source;
  const alternatives = topLevelAlternatives(source);
  const kept = alternatives.flatMap((a, i) => (needsLatin(a, re.flags) ? [] : [i]));
  if (kept.length === alternatives.length || kept.length === 0) return re;
  const counts = captureCount(source) === 0 ? alternatives.map(() => 0) : alternatives.map(captureCount);
  const smaller = new RegExp(joinKeepingCaptures(alternatives, counts, kept), re.flags);
  return guard ? guardedByFirstChars(smaller) : smaller;
}

const variants = new WeakMap<RegExp, RegExp>();
let lastText = "";
let lastHasLatin = false;

/** The regex to run on `text`: `re`'s Han variant when `text` has no Latin letter, else `re`. */
export function forText(re: RegExp, text: string): RegExp {
  if (text !== lastText) {
    lastText = text;
    lastHasLatin = /[A-Za-z]/.test(text);
  }
  if (lastHasLatin) return re;
  let v = variants.get(re);
  if (v === undefined) {
    v = hanVariantOf(re);
    variants.set(re, v);
  }
  return v;
}
