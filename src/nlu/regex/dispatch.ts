/**
 * A long alternation run as one small sticky regex per first character.
 *
 * Why: at every position where a match of `a1|a2|…|a150` could start, V8 tries the
 * alternatives one by one (a first-character guard, `first-chars.ts`, only skips the positions
 * where none can start). Most alternatives of a lexicon begin with different characters, so
 * at a given position only a handful can match at all. Here the alternatives are grouped, once,
 * by the code units they can begin with, and a search looks up the group of the character at
 * each position and tries only that group, anchored there (sticky).
 *
 * Why it finds exactly the same matches: a regex without captures that is a disjunction of
 * alternatives, none of which can match the empty string, matches at position p with the first
 * alternative (in source order) that matches at p. An alternative can only match at p when the
 * code unit at p is one it can begin with (`firstCodeUnits` never leaves one out), so the group
 * of that code unit holds every alternative that can match at p, in source order: the group,
 * anchored at p, gives the same match. The search visits positions in the order V8 does (one
 * code unit at a time, no flags that change that), so the first match found is the same one.
 * Lookbehinds and lookaheads inside an alternative still see the whole text.
 */
import { firstCodeUnits } from "./first-chars.js";
import { topLevelAlternatives } from "./han-variant.js";

/** Below this many alternatives V8's own loop is as fast (measured: 60 alternatives gain ~20%, 150 gain ~4x). */
const MIN_ALTERNATIVES = 100;

const GUARD = /^\(\?=\[[^\]]*\]\)\(\?:/;

export class FirstCharDispatch {
  private constructor(
    /**
     * Code unit → 1 + the index in `groups` of the regex for the alternatives that can begin
     * with it, or 0 (a typed-array load per position: a Map lookup there cost as much as the
     * alternatives it saved).
     */
    private readonly slotOf: Uint8Array,
    private readonly groups: readonly RegExp[],
  ) {}

  /**
   * The dispatch form of `re`, or null when `re` is not a long alternation whose alternatives'
   * first code units are all known (or it has captures, or flags that change positions or letters).
   */
  static of(re: RegExp, minAlternatives = MIN_ALTERNATIVES): FirstCharDispatch | null {
    // Case folding, code-point mode and dot-all change what a unit stands for; g and y are state.
    if (/[iuvsgy]/.test(re.flags)) return null;
    // Grouping alternatives would renumber captures.
    if (new RegExp(`(?:${re.source})|`).exec("")!.length > 1) return null;
    // A first-character guard (first-chars.ts) adds nothing here: unwrap it.
    const guard = GUARD.exec(re.source);
    const source = guard ? re.source.slice(guard[0].length, -1) : re.source;
    const alternatives = topLevelAlternatives(source);
    if (alternatives.length < minAlternatives) return null;
    const byUnit = new Map<number, number[]>();
    for (let i = 0; i < alternatives.length; i++) {
      let units: ReadonlySet<number> | null;
      try {
        units = firstCodeUnits(new RegExp(alternatives[i]!, re.flags));
      } catch {
        return null;
      }
      // Unknown first units, or an alternative that can match the empty string: no dispatch.
      if (units === null) return null;
      for (const u of units) {
        const list = byUnit.get(u);
        if (list) list.push(i);
        else byUnit.set(u, [i]);
      }
    }
    // Units with the same alternatives share one compiled regex.
    const slots = new Map<string, number>();
    const groups: RegExp[] = [];
    const slotOf = new Uint8Array(0x10000);
    for (const [u, list] of byUnit) {
      const src = list.map((i) => alternatives[i]).join("|");
      let slot = slots.get(src);
      if (slot === undefined) {
        groups.push(new RegExp(src, `${re.flags}y`));
        slot = groups.length;
        if (slot > 0xff) return null;
        slots.set(src, slot);
      }
      slotOf[u] = slot;
    }
    return new FirstCharDispatch(slotOf, groups);
  }

  /** The first match at or after `from`, as `re` with lastIndex = from and the g flag would find it. */
  exec(text: string, from = 0): RegExpExecArray | null {
    const slotOf = this.slotOf;
    for (let p = from; p < text.length; p++) {
      const slot = slotOf[text.charCodeAt(p)]!;
      if (slot === 0) continue;
      const g = this.groups[slot - 1]!;
      g.lastIndex = p;
      const m = g.exec(text);
      if (m !== null) return m;
    }
    return null;
  }
}

const dispatches = new WeakMap<RegExp, FirstCharDispatch | null>();

/** The cached {@link FirstCharDispatch} of `re`, or null when it has none. */
export function dispatchOf(re: RegExp): FirstCharDispatch | null {
  let d = dispatches.get(re);
  if (d === undefined) {
    d = FirstCharDispatch.of(re);
    dispatches.set(re, d);
  }
  return d;
}
