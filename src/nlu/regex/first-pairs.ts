/**
 * The first two code units a regex's matches can begin with: for each first unit, which second
 * units can follow it, and which single units can be a whole match.
 *
 * Why: `dispatch.ts` splits a long alternation by the code unit at a position, but in Chinese
 * many alternatives share their first character (WITHDRAW has some 70 beginning with 不), and
 * V8 tries them one by one wherever a 不 occurs. Keyed by the first two units (不去, 不太, 不想 …)
 * a position needs only the few alternatives that can begin with what the text holds there.
 *
 * Like `first-chars.ts` the analysis must never leave a possible pair out; it may admit too many.
 * Lookarounds, anchors and \b consume nothing and are read through (what they would forbid is
 * simply not used). What is not modelled at the first unit (the flags i, u, v and s; `.`, negated
 * or large classes; a backreference) makes it give up (null); at the second unit such things only
 * admit any unit there.
 */
import { classLiteralEscape, codeUnitRange, CONTROL_ESCAPES, DIGIT_UNITS, groupOpening, quantifierAt, SPACE_UNITS, WORD_UNITS } from "./char-classes.js";

class GiveUp extends Error {}

/** A class larger than this many code units is read as "any unit". */
const MAX_SET = 400;

/** A set of code units, or null for "any unit". */
type Units = Set<number> | null;

/** What the first two code units of a piece's matches can be. */
export interface Prefixes {
  /** The piece can match the empty string. */
  empty: boolean;
  /** The units that can be a whole match of length one (null: any). */
  ones: Units;
  /** Matches of length two or more: first unit → the units that can follow it (null: any). Null: any first unit. */
  twos: Map<number, Units> | null;
}

const NOTHING = (): Prefixes => ({ empty: true, ones: new Set(), twos: new Map() });
const ANYTHING = (): Prefixes => ({ empty: true, ones: null, twos: null });
const ONE_OF = (units: Units): Prefixes => ({ empty: false, ones: units === null ? null : new Set(units), twos: new Map() });

function unite(a: Units, b: Units): Units {
  if (a === null || b === null) return null;
  const out = new Set(a);
  for (const u of b) out.add(u);
  return out;
}

function uniteTwos(a: Map<number, Units> | null, b: Map<number, Units> | null): Map<number, Units> | null {
  if (a === null || b === null) return null;
  const out = new Map(a);
  for (const [u, next] of b) out.set(u, out.has(u) ? unite(out.get(u)!, next) : next);
  return out;
}

/** The units a piece's non-empty matches can begin with (null: any). */
function firstUnits(p: Prefixes): Units {
  if (p.ones === null || p.twos === null) return null;
  return unite(p.ones, new Set(p.twos.keys()));
}

/** Whether the piece can match something non-empty at all. */
const consumes = (p: Prefixes) => p.ones === null || p.twos === null || p.ones.size > 0 || p.twos.size > 0;

/** Either piece. */
function either(a: Prefixes, b: Prefixes): Prefixes {
  return { empty: a.empty || b.empty, ones: unite(a.ones, b.ones), twos: uniteTwos(a.twos, b.twos) };
}

/** One piece, then the other. */
function sequence(a: Prefixes, b: Prefixes): Prefixes {
  // Every match of `a` has two units already: what follows cannot change them (the common case
  // inside a long alternative, and what keeps reading one cheap).
  if (!a.empty && a.ones !== null && a.ones.size === 0) return a;
  const empty = a.empty && b.empty;
  let ones: Units = new Set();
  if (a.empty) ones = unite(ones, b.ones);
  if (b.empty) ones = unite(ones, a.ones);
  let twos: Map<number, Units> | null = a.twos === null ? null : new Map(a.twos);
  if (consumes(b) && twos !== null) {
    // A one-unit match of `a` is followed by the first unit of a non-empty match of `b`.
    if (a.ones === null) twos = null;
    else {
      const next = firstUnits(b);
      twos = uniteTwos(twos, new Map([...a.ones].map((u) => [u, next])));
    }
  }
  if (a.empty) twos = uniteTwos(twos, b.twos);
  return { empty, ones, twos };
}

/**
 * `p` repeated at least `min` and at most `max` times. Only the first two units count, and each
 * non-empty repetition adds at least one: two repetitions show every pair and every length below
 * two that more would, and so does at most two optional ones after the required ones.
 */
function repeated(p: Prefixes, min: number, max: number): Prefixes {
  let out = NOTHING();
  for (let i = 0; i < Math.min(min, 2); i++) out = sequence(out, p);
  const optional = either(p, NOTHING());
  for (let i = 0; i < Math.min(max - min, 2); i++) out = sequence(out, optional);
  return out;
}

/** The most repetitions a quantifier (its text, maybe lazy) allows: Infinity when unbounded. */
function maxRepeats(quantifier: string): number {
  const q = quantifier.length > 1 && quantifier.endsWith("?") ? quantifier.slice(0, -1) : quantifier;
  if (q === "?") return 1;
  if (q === "*" || q === "+") return Infinity;
  const brace = /^\{(\d+)(,(\d*))?\}$/.exec(q)!;
  return brace[2] === undefined ? Number(brace[1]) : brace[3] === "" ? Infinity : Number(brace[3]);
}

class Reader {
  private pos = 0;

  constructor(private readonly src: string) {}

  pattern(): Prefixes {
    const p = this.disjunction();
    if (this.pos !== this.src.length) throw new GiveUp();
    return p;
  }

  private peek(): string | undefined {
    return this.src[this.pos];
  }

  private disjunction(): Prefixes {
    let out = this.alternative();
    while (this.peek() === "|") {
      this.pos++;
      out = either(out, this.alternative());
    }
    return out;
  }

  private alternative(): Prefixes {
    let out = NOTHING();
    while (this.pos < this.src.length && this.peek() !== "|" && this.peek() !== ")") {
      const t = this.term();
      const q = quantifierAt(this.src, this.pos);
      if (q) {
        const max = maxRepeats(this.src.slice(this.pos, q.end));
        this.pos = q.end;
        out = sequence(out, repeated(t, q.min, max));
      } else {
        // A brace that is no quantifier (a literal outside `u` mode) is not modelled here.
        if (this.peek() === "{") throw new GiveUp();
        out = sequence(out, t);
      }
    }
    return out;
  }

  private term(): Prefixes {
    const c = this.src[this.pos]!;
    if (c === "(") return this.group();
    if (c === "[") return ONE_OF(this.characterClass());
    this.pos++;
    if (c === "^" || c === "$") return NOTHING();
    if (c === ".") return ONE_OF(null);
    if (c === "\\") return this.atomEscape();
    if (c === "*" || c === "+" || c === "?" || c === "{" || c === "}" || c === "]" || c === ")") throw new GiveUp();
    return ONE_OF(new Set([c.charCodeAt(0)]));
  }

  private group(): Prefixes {
    this.pos++; // (
    const opening = groupOpening(this.src, this.pos);
    if (!opening) throw new GiveUp(); // inline modifiers (?i:…) and anything newer
    this.pos = opening.pos;
    const inner = this.disjunction();
    if (this.peek() !== ")") throw new GiveUp();
    this.pos++;
    // A lookaround consumes nothing.
    return opening.lookaround ? NOTHING() : inner;
  }

  private atomEscape(): Prefixes {
    const c = this.src[this.pos];
    if (c === undefined) throw new GiveUp();
    if (c === "b" || c === "B") {
      this.pos++;
      return NOTHING();
    }
    // Backreferences (\1, \k<…>) may match anything or nothing.
    if (/[1-9k]/.test(c)) {
      if (c === "k") {
        const close = this.src.indexOf(">", this.pos);
        if (close < 0) throw new GiveUp();
        this.pos = close + 1;
      } else while (/\d/.test(this.peek() ?? "")) this.pos++;
      return ANYTHING();
    }
    return ONE_OF(this.classEscape());
  }

  /** An escape usable inside and outside a class (pos at the character after the backslash); null: unbounded. */
  private classEscape(): Units {
    const c = this.src[this.pos++]!;
    if (c === "d") return new Set(DIGIT_UNITS);
    if (c === "w") return new Set(WORD_UNITS);
    if (c === "s") return new Set(SPACE_UNITS);
    const control = CONTROL_ESCAPES[c];
    if (control !== undefined) return new Set([control]);
    if (c === "u" || c === "x") {
      const hex = (c === "u" ? /^[0-9a-f]{4}/i : /^[0-9a-f]{2}/i).exec(this.src.slice(this.pos));
      if (!hex) throw new GiveUp();
      this.pos += hex[0].length;
      return new Set([parseInt(hex[0], 16)]);
    }
    if (c === "D" || c === "W" || c === "S" || c === "p" || c === "P") return null;
    // \c, \0 and anything unusual.
    if (/[A-Za-z0-9]/.test(c)) throw new GiveUp();
    return new Set([c.charCodeAt(0)]); // an identity escape: \. \? \- \/ …
  }

  /** A `[…]` class's code units; null for a negated or large class. */
  private characterClass(): Units {
    this.pos++; // [
    let bounded = true;
    if (this.peek() === "^") {
      bounded = false;
      this.pos++;
    }
    const units = new Set<number>();
    const atom = (): Units => {
      const c = this.src[this.pos];
      if (c === undefined) throw new GiveUp();
      if (c === "\\") {
        this.pos++;
        const literal = classLiteralEscape(this.peek());
        if (literal !== null) {
          this.pos++;
          return new Set([literal]);
        }
        return this.classEscape();
      }
      this.pos++;
      return new Set([c.charCodeAt(0)]);
    };
    while (this.peek() !== "]") {
      const from = atom();
      if (this.peek() === "-" && this.src[this.pos + 1] !== "]" && this.src[this.pos + 1] !== undefined) {
        this.pos++;
        const to = atom();
        if (from === null || to === null || from.size !== 1 || to.size !== 1) throw new GiveUp();
        const [f] = from;
        const [t] = to;
        if (t! < f!) throw new GiveUp();
        if (t! - f! >= MAX_SET) bounded = false;
        else for (const u of codeUnitRange(f!, t!)) units.add(u);
        continue;
      }
      if (from === null) bounded = false;
      else for (const u of from) units.add(u);
    }
    this.pos++; // ]
    return bounded && units.size <= MAX_SET ? units : null;
  }
}

/**
 * The first two code units `re`'s matches can begin with, or null when the analysis cannot bound
 * the first one or `re` may match the empty string. (A source and flags will do: the dispatch reads
 * the alternatives of a regex without compiling each.)
 */
export function firstPairs(re: RegExp | { source: string; flags: string }): Prefixes | null {
  // Case folding, code-point mode and dot-all change what a character or a class stands for.
  if (/[iuvs]/.test(re.flags)) return null;
  try {
    const p = new Reader(re.source).pattern();
    return p.empty || p.ones === null || p.twos === null ? null : p;
  } catch (err) {
    if (err instanceof GiveUp) return null;
    throw err;
  }
}
