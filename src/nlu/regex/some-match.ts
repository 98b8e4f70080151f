/**
 * Whether some match of a regex in a text passes a test, found through the same machinery as
 * `matches` (prefilter, Han variant, first-character dispatch), in the order `matchAll` gives them.
 *
 * Why its own module: it serves every lexicon that accepts a match only in context, not only the
 * negation checks (negation.ts). `reportsNewJob` used to test FOUND_JOB and then run a global copy
 * of it over the whole reply again, without the dispatch, to look at the matches; one pass does both.
 */
import { dispatchOf } from "./dispatch.js";
import { forText } from "./han-variant.js";
import { mayMatch } from "./prefilter.js";

// Global copies of the callers' regexes, compiled once (these run on every reply).
const globals = new WeakMap<RegExp, RegExp>();
function global(re: RegExp): RegExp {
  let g = globals.get(re);
  if (!g) {
    g = new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`);
    globals.set(re, g);
  }
  return g;
}

/**
 * Whether `accept` holds for some match of `re` in `text`, visiting the matches in order
 * as `text.matchAll(re)` would. A plain exec loop: no iterator and no regex clone per call,
 * and no separate `re.test` first (the first exec is that test).
 */
export function someMatch(text: string, re: RegExp, accept: (m: RegExpExecArray) => boolean): boolean {
  if (!mayMatch(re, text)) return false;
  const v = re.global || re.sticky ? re : forText(re, text);
  const d = dispatchOf(v); // (none for a global or sticky regex)
  if (d) {
    // Its matches are never empty: the next search starts where the last match ended, as with g.
    for (let m = d.exec(text); m !== null; m = d.exec(text, m.index + m[0].length)) if (accept(m)) return true;
    return false;
  }
  const g = global(v);
  g.lastIndex = 0;
  for (let m = g.exec(text); m !== null; m = g.exec(text)) {
    if (accept(m)) return true;
    // An empty match would be found again at the same place: step past it, as matchAll does.
    if (m[0] === "") g.lastIndex += g.unicode && (text.codePointAt(g.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  return false;
}
