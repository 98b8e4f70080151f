/**
 * Cheap "can this regex match here at all?" checks in front of the big lexicons.
 *
 * Each regex gets, once, a one-character-class regex of the characters every match needs
 * (`required-chars.ts`); scanning a reply for a few characters costs a fraction of what
 * a long alternation costs when it fails, and most lexicons fail on most replies. A regex
 * whose needs cannot be bounded simply has no prefilter and always runs.
 */
import { requiredCodeUnits } from "./required-chars.js";

const prefilters = new WeakMap<RegExp, RegExp | null>();

const hex4 = (c: number) => `\\u${c.toString(16).padStart(4, "0")}`;

/** The prefilter of `re`: a character class of its required code units, or null. */
export function prefilterOf(re: RegExp): RegExp | null {
  let p = prefilters.get(re);
  if (p === undefined) {
    const units = requiredCodeUnits(re);
    // Code units, not code points: no `u` flag, so a required high surrogate matches
    // inside a pair as well as alone.
    p = units ? new RegExp(`[${[...units].sort((a, b) => a - b).map(hex4).join("")}]`) : null;
    prefilters.set(re, p);
  }
  return p;
}

/** False only when `re` cannot match anywhere in `text` (none of the characters it needs occurs). */
export function mayMatch(re: RegExp, text: string): boolean {
  const p = prefilterOf(re);
  return p === null || p.test(text);
}

/** `re.test(text)`, without running `re` when its prefilter rules a match out. */
export function matches(re: RegExp, text: string): boolean {
  if (mayMatch(re, text)) return re.test(text);
  // A failed test of a global or sticky regex resets it; skipping the test must too.
  if (re.global || re.sticky) re.lastIndex = 0;
  return false;
}
