/**
 * A long alternation run as small sticky regexes keyed by the first two characters of a match.
 *
 * Why: at every position where a match of `a1|a2|…|a150` could start, V8 tries the
 * alternatives one by one (a first-character guard, `first-chars.ts`, only skips the positions
 * where none can start). Most alternatives of a lexicon begin with different characters, so
 * at a given position only a handful can match at all. Here the alternatives are grouped, once,
 * by the code units they can begin with, and a search looks up the group of the characters at
 * each position and tries only that group, anchored there (sticky). The group is keyed by the
 * first two code units (`first-pairs.ts`): in Chinese many alternatives share their first
 * character (some 70 of WITHDRAW's begin with 不), and keyed by one they were all tried wherever
 * a 不 occurs (measured: WITHDRAW on the public set's Chinese replies 940 → 400 ns a reply).
 *
 * Why it finds exactly the same matches: a regex that is a disjunction of alternatives, none of
 * which can match the empty string, matches at position p with the first
 * alternative (in source order) that matches at p. An alternative can only match at p when the
 * code units at p and p + 1 are a pair it can begin with, or the unit at p alone is a whole match
 * of it (`firstPairs` never leaves one out), so the group of those units holds every alternative
 * that can match at p, in source order: the group, anchored at p, gives the same match. The
 * search visits positions in the order V8 does (one code unit at a time, no flags that change
 * that), so the first match found is the same one. Lookbehinds and lookaheads inside an
 * alternative still see the whole text, and captures keep their numbers (`captures.ts`), so the
 * match array is the same too.
 */
import { captureCount, hasNamedGroups, joinKeepingCaptures } from "./captures.js";
import { firstPairs } from "./first-pairs.js";
import { topLevelAlternatives } from "./han-variant.js";

/** Below this many alternatives V8's own loop is as fast (measured: 60 alternatives gain ~20%, 150 gain ~4x). */
const MIN_ALTERNATIVES = 100;

/** A first unit followed by more second units than this is dispatched on the first unit alone. */
const MAX_PAIRS_PER_UNIT = 64;

const GUARD = /^\(\?=\[[^\]]*\]\)\(\?:/;

/** Pair tables are open-addressed with this load factor at most (a miss stops at the first free slot). */
const LOAD = 0.5;

export class FirstCharDispatch {
  private constructor(
    /**
     * Code unit → its slot in `defaultGroup` and `endGroup`, or 0 when no alternative begins with it (a typed-array
     * load per position: a Map lookup there cost as much as the alternatives it saved).
     */
    private readonly slotOf: Uint16Array,
    /** Per first unit: the group for a second unit without a pair entry, and the group at the text's end (0: none). */
    private readonly defaultGroup: Uint32Array,
    private readonly endGroup: Uint32Array,
    /** (first unit << 16 | second unit) → group, open-addressed: keys and 1 + group index (0: free). */
    private readonly pairKeys: Uint32Array,
    private readonly pairGroups: Uint32Array,
    /** 32 - log2 of the pair table's size. */
    private readonly pairShift: number,
    /** Each group's alternatives (in source order), compiled sticky when first needed. */
    private readonly sources: readonly string[],
    private readonly flags: string,
  ) {
    this.compiled = new Array<RegExp | undefined>(sources.length).fill(undefined);
  }

  private readonly compiled: (RegExp | undefined)[];

  /**
   * The dispatch form of `re`, or null when `re` is not a long alternation whose alternatives'
   * first code units are all known (or it has named groups, or flags that change positions or letters).
   */
  static of(re: RegExp, minAlternatives = MIN_ALTERNATIVES): FirstCharDispatch | null {
    // Case folding, code-point mode and dot-all change what a unit stands for; g and y are state.
    if (/[iuvsgy]/.test(re.flags)) return null;
    // Captures keep their numbers in every group (captures.ts), but named groups cannot be stood for.
    if (hasNamedGroups(re.source)) return null;
    // A first-character guard (first-chars.ts) adds nothing here: unwrap it.
    const guard = GUARD.exec(re.source);
    const source = guard ? re.source.slice(guard[0].length, -1) : re.source;
    const alternatives = topLevelAlternatives(source);
    if (alternatives.length < minAlternatives) return null;
    // Per first unit, the alternatives that can match it alone, those that can go on with any
    // unit, and per second unit those that can go on with it (indices, in source order).
    const ones = new Map<number, number[]>();
    const anyNext = new Map<number, number[]>();
    const pairs = new Map<number, number[]>();
    const add = (into: Map<number, number[]>, key: number, i: number) => {
      const list = into.get(key);
      if (list) list.push(i);
      else into.set(key, [i]);
    };
    for (let i = 0; i < alternatives.length; i++) {
      const p = firstPairs({ source: alternatives[i]!, flags: re.flags });
      // Unknown first units, or an alternative that can match the empty string: no dispatch.
      if (p === null) return null;
      for (const u of p.ones!) add(ones, u, i);
      for (const [u, next] of p.twos!) {
        if (next === null || next.size > MAX_PAIRS_PER_UNIT) add(anyNext, u, i);
        else for (const v of next) add(pairs, (u << 16) | v, i);
      }
    }
    const firsts = new Set([...ones.keys(), ...anyNext.keys(), ...[...pairs.keys()].map((k) => k >>> 16)]);
    // Lists with the same alternatives share one group.
    const groupOf = new Map<string, number>();
    const sources: string[] = [];
    // (Most lexicons have no captures: then no alternative needs counting.)
    const counts = captureCount(source) === 0 ? alternatives.map(() => 0) : alternatives.map(captureCount);
    const group = (indices: number[]): number => {
      if (indices.length === 0) return 0;
      const sorted = [...new Set(indices)].sort((a, b) => a - b);
      const key = sorted.join(",");
      let g = groupOf.get(key);
      if (g === undefined) {
        sources.push(joinKeepingCaptures(alternatives, counts, sorted));
        g = sources.length;
        groupOf.set(key, g);
      }
      return g;
    };
    if (firsts.size > 0xffff) return null;
    const slotOf = new Uint16Array(0x10000);
    const defaultGroup = new Uint32Array(firsts.size + 1);
    const endGroup = new Uint32Array(firsts.size + 1);
    let slot = 0;
    for (const u of firsts) {
      slotOf[u] = ++slot;
      const alone = [...(ones.get(u) ?? []), ...(anyNext.get(u) ?? [])];
      defaultGroup[slot] = group(alone);
      // At the text's last unit only a one-unit match can start.
      endGroup[slot] = group(ones.get(u) ?? []);
    }
    let size = 2;
    while (size * LOAD < pairs.size + 1) size *= 2;
    const shift = 32 - Math.log2(size);
    const pairKeys = new Uint32Array(size);
    const pairGroups = new Uint32Array(size);
    for (const [key, list] of pairs) {
      const u = key >>> 16;
      const g = group([...list, ...(ones.get(u) ?? []), ...(anyNext.get(u) ?? [])]);
      let h = hash(key, shift);
      while (pairGroups[h] !== 0) h = (h + 1) & (size - 1);
      pairKeys[h] = key;
      pairGroups[h] = g;
    }
    return new FirstCharDispatch(slotOf, defaultGroup, endGroup, pairKeys, pairGroups, shift, sources, `${re.flags}y`);
  }

  /** The first match at or after `from`, as `re` with lastIndex = from and the g flag would find it. */
  exec(text: string, from = 0): RegExpExecArray | null {
    const slotOf = this.slotOf;
    const last = text.length - 1;
    for (let p = from; p <= last; p++) {
      const u = text.charCodeAt(p);
      const slot = slotOf[u]!;
      if (slot === 0) continue;
      const g = p === last ? this.endGroup[slot]! : this.pairGroup(slot, (u << 16) | text.charCodeAt(p + 1));
      if (g === 0) continue;
      const re = this.compiled[g - 1] ?? this.compile(g);
      re.lastIndex = p;
      const m = re.exec(text);
      if (m !== null) return m;
    }
    return null;
  }

  /** The group for a first unit's slot and the (first, second) key. */
  private pairGroup(slot: number, key: number): number {
    const keys = this.pairKeys;
    const groups = this.pairGroups;
    const mask = keys.length - 1;
    for (let h = hash(key, this.pairShift); ; h = (h + 1) & mask) {
      const g = groups[h]!;
      if (g === 0) return this.defaultGroup[slot]!;
      if (keys[h] === key >>> 0) return g;
    }
  }

  private compile(g: number): RegExp {
    const re = new RegExp(this.sources[g - 1]!, this.flags);
    this.compiled[g - 1] = re;
    return re;
  }
}

/**
 * A slot for `key` in a table of 2^(32 - shift) slots: the high bits of a
 * multiplicative hash, which depend on both units (the low bits would depend on the second only).
 */
function hash(key: number, shift: number): number {
  return Math.imul(key, 0x9e3779b1) >>> shift;
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
