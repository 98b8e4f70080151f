/**
 * The strings a regex cannot match without: a set of strings such that every string the regex
 * matches contains at least one of them (ASCII letters lower-cased: see {@link foldAscii}).
 *
 * Why: `required-chars.ts` bounds a regex by single characters, which says little about English
 * patterns (chrono's month-name parser needs one of `.cdfjmpuvy`, found in nearly every English
 * reply). Words say much more: the same parser needs "jan", "feb", … or "dec".
 *
 * How (after Russ Cox's trigram-index analysis): every piece of the pattern gets
 * - `exact`: all the strings it can match, while they are few (null beyond that or when unknown),
 * - `need`: strings one of which every match of it contains (null when none is known).
 * A sequence multiplies neighbouring exact sets (zero-width pieces add "" and change nothing) and
 * keeps the best need among its pieces and those products; an alternation unites its alternatives'
 * sets, and has no need when one alternative has none; an optional piece has no need.
 *
 * It must never claim too much: syntax it does not model (the u and v flags, inline modifiers,
 * backreferences, \p, \c) makes it give up (null), and what it cannot bound (`.`, \w, \s, negated
 * or large classes, a cased non-ASCII character under i) only ends exact sets.
 */
import { classLiteralEscape, groupOpening } from "./char-classes.js";

class GiveUp extends Error {}

/** Exact sets and needs larger than this are dropped (they would filter little). */
const MAX_SET = 64;

interface Info {
  /** Every string this piece can match, or null when they are too many or unknown. */
  exact: ReadonlySet<string> | null;
  /** Every match of this piece contains one of these (never ""), or null. */
  need: ReadonlySet<string> | null;
}

const EMPTY: Info = { exact: new Set([""]), need: null };
const UNKNOWN: Info = { exact: null, need: null };

/** ASCII A–Z lower-cased, every other code unit kept: what texts and needs are compared in. */
export function foldAscii(s: string): string {
  return /[A-Z]/.test(s) ? s.replace(/[A-Z]+/g, (m) => m.toLowerCase()) : s;
}

/** How much a need filters: longer shortest strings first, then fewer strings. */
function better(a: ReadonlySet<string> | null, b: ReadonlySet<string> | null): ReadonlySet<string> | null {
  if (a === null) return b;
  if (b === null) return a;
  const shortest = (s: ReadonlySet<string>) => Math.min(...[...s].map((x) => x.length));
  const [la, lb] = [shortest(a), shortest(b)];
  if (la !== lb) return la > lb ? a : b;
  return a.size <= b.size ? a : b;
}

/** An exact set used as a need: sound when it has no "" (every match is one of its strings). */
const asNeed = (exact: ReadonlySet<string> | null): ReadonlySet<string> | null => (exact !== null && exact.size > 0 && !exact.has("") ? exact : null);

/** The best need known for a piece. */
const needOf = (info: Info): ReadonlySet<string> | null => better(info.need, asNeed(info.exact));

/** Every concatenation of a string of `a` and one of `b`, or null when there would be too many. */
function product(a: ReadonlySet<string>, b: ReadonlySet<string>): ReadonlySet<string> | null {
  if (a.size * b.size > MAX_SET) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

function union(sets: readonly (ReadonlySet<string> | null)[]): ReadonlySet<string> | null {
  const out = new Set<string>();
  for (const s of sets) {
    if (s === null) return null;
    for (const x of s) out.add(x);
  }
  return out.size > MAX_SET ? null : out;
}

class Reader {
  private pos = 0;
  private readonly ignoreCase: boolean;

  constructor(
    private readonly src: string,
    flags: string,
  ) {
    // Code-point and set-notation modes change what an element stands for.
    if (/[uv]/.test(flags)) throw new GiveUp();
    this.ignoreCase = flags.includes("i");
  }

  pattern(): Info {
    const info = this.disjunction();
    if (this.pos !== this.src.length) throw new GiveUp();
    return info;
  }

  private peek(offset = 0): string | undefined {
    return this.src[this.pos + offset];
  }

  private disjunction(): Info {
    const alternatives = [this.alternative()];
    while (this.peek() === "|") {
      this.pos++;
      alternatives.push(this.alternative());
    }
    if (alternatives.length === 1) return alternatives[0]!;
    return { exact: union(alternatives.map((a) => a.exact)), need: union(alternatives.map(needOf)) };
  }

  private alternative(): Info {
    let need: ReadonlySet<string> | null = null;
    // The product of the exact sets since the last piece without one (the whole so far while `whole`).
    let run: ReadonlySet<string> | null = EMPTY.exact;
    let whole = true;
    while (this.pos < this.src.length && this.peek() !== "|" && this.peek() !== ")") {
      const piece = this.quantified(this.term());
      need = better(need, needOf(piece));
      const joined = run !== null && piece.exact !== null ? product(run, piece.exact) : null;
      if (joined !== null) run = joined;
      else {
        need = better(need, asNeed(run));
        run = piece.exact;
        whole = false;
      }
    }
    need = better(need, asNeed(run));
    return { exact: whole ? run : null, need };
  }

  /** Applies the quantifier after an atom, if any. */
  private quantified(atom: Info): Info {
    const c = this.peek();
    let min: number;
    let max: number;
    let end: number;
    if (c === "*") [min, max, end] = [0, Infinity, this.pos + 1];
    else if (c === "+") [min, max, end] = [1, Infinity, this.pos + 1];
    else if (c === "?") [min, max, end] = [0, 1, this.pos + 1];
    else if (c === "{") {
      const q = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.pos));
      // Outside u mode a brace that is no quantifier is a literal, read as the next term.
      if (!q) return atom;
      min = Number(q[1]);
      max = q[2] === undefined ? min : q[3] === "" ? Infinity : Number(q[3]);
      end = this.pos + q[0].length;
    } else return atom;
    this.pos = end;
    if (this.peek() === "?") this.pos++; // lazy
    if (min === 0) return { exact: max === 1 && atom.exact !== null ? union([EMPTY.exact, atom.exact]) : null, need: null };
    let exact: ReadonlySet<string> | null = null;
    if (min === max && atom.exact !== null) {
      exact = atom.exact;
      for (let i = 1; i < min && exact !== null; i++) exact = product(exact, atom.exact);
    }
    return { exact, need: needOf(atom) };
  }

  private term(): Info {
    const c = this.src[this.pos]!;
    if (c === "(") return this.group();
    if (c === "[") return this.chars(this.characterClass());
    this.pos++;
    if (c === "\\") return this.atomEscape();
    if (c === "^" || c === "$") return EMPTY;
    if (c === ".") return UNKNOWN;
    if (c === "*" || c === "+" || c === "?") throw new GiveUp();
    // (Outside u mode a surrogate half is one code unit like any other.)
    return this.chars([c.charCodeAt(0)]);
  }

  /** A piece matching one code unit of `units` (null: unbounded), as the flags make it. */
  private chars(units: readonly number[] | null): Info {
    if (units === null || units.length > MAX_SET) return UNKNOWN;
    const out = new Set<string>();
    for (const u of units) {
      const s = String.fromCharCode(u);
      // Under i (without u) an ASCII letter matches only itself in either case; a cased
      // non-ASCII character matches others that are not modelled here.
      if (this.ignoreCase && u >= 0x80 && s.toLowerCase() !== s.toUpperCase()) return UNKNOWN;
      out.add(foldAscii(s));
    }
    return { exact: out, need: null };
  }

  private group(): Info {
    this.pos++; // (
    const opening = groupOpening(this.src, this.pos);
    if (!opening) throw new GiveUp(); // inline modifiers (?i:…) and anything newer
    this.pos = opening.pos;
    const lookaround = opening.lookaround;
    const inner = this.disjunction();
    if (this.peek() !== ")") throw new GiveUp();
    this.pos++;
    // A lookaround consumes nothing: it adds "" to what is around it.
    return lookaround ? EMPTY : inner;
  }

  /** After a backslash outside a class. */
  private atomEscape(): Info {
    const c = this.peek();
    if (c === undefined || /[1-9k]/.test(c)) throw new GiveUp(); // backreferences
    if (c === "b" || c === "B") {
      this.pos++;
      return EMPTY;
    }
    return this.chars(this.classEscape());
  }

  /** An escape usable inside and outside a class (pos after the backslash): its code units, or null when unbounded. */
  private classEscape(): number[] | null {
    const c = this.src[this.pos++]!;
    switch (c) {
      case "d":
        return [0x30, 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39];
      case "w":
      case "s":
      case "D":
      case "W":
      case "S":
        return null;
      case "n":
        return [0x0a];
      case "r":
        return [0x0d];
      case "t":
        return [0x09];
      case "v":
        return [0x0b];
      case "f":
        return [0x0c];
      case "0":
        if (/\d/.test(this.peek() ?? "")) throw new GiveUp(); // legacy octal
        return [0];
      case "x":
      case "u": {
        const hex = (c === "x" ? /^[0-9a-f]{2}/i : /^[0-9a-f]{4}/i).exec(this.src.slice(this.pos));
        if (!hex) throw new GiveUp();
        this.pos += hex[0].length;
        return [parseInt(hex[0], 16)];
      }
      default:
        if (/[a-zA-Z0-9]/.test(c)) throw new GiveUp(); // \p, \c and other letters: not modelled
        return [c.charCodeAt(0)]; // an identity escape: \. \/ \( …
    }
  }

  /** `[…]`: its code units, or null when negated or unbounded. */
  private characterClass(): number[] | null {
    this.pos++; // [
    const negated = this.peek() === "^";
    if (negated) this.pos++;
    const units: number[] = [];
    let bounded = !negated;
    const atom = (): number | number[] | null => {
      const c = this.src[this.pos];
      if (c === undefined) throw new GiveUp();
      if (c !== "\\") return this.src.charCodeAt(this.pos++);
      this.pos++;
      const literal = classLiteralEscape(this.peek());
      if (literal !== null) {
        this.pos++;
        return literal;
      }
      if (/[1-9]/.test(this.peek() ?? "")) throw new GiveUp();
      const s = this.classEscape();
      return s !== null && s.length === 1 ? s[0]! : s;
    };
    while (this.peek() !== "]") {
      const from = atom();
      if (this.peek() === "-" && this.peek(1) !== "]" && this.peek(1) !== undefined) {
        this.pos++;
        const to = atom();
        if (typeof from === "number" && typeof to === "number" && to - from < MAX_SET) for (let x = from; x <= to; x++) units.push(x);
        else bounded = false;
        continue;
      }
      if (from === null) bounded = false;
      else if (typeof from === "number") units.push(from);
      else units.push(...from);
    }
    this.pos++; // ]
    return bounded ? units : null;
  }
}

/** `need` less the strings that contain another of its strings (a text containing one contains the other). */
function withoutSuperstrings(need: ReadonlySet<string>): ReadonlySet<string> {
  return new Set([...need].filter((s) => ![...need].some((t) => t !== s && s.includes(t))));
}

/**
 * Strings (ASCII letters lower-cased) at least one of which occurs in every string `re` matches,
 * once the text's ASCII letters are lower-cased too; null when no such set is known.
 */
export function requiredWords(re: RegExp): ReadonlySet<string> | null {
  try {
    const need = needOf(new Reader(re.source, re.flags).pattern());
    return need === null ? null : withoutSuperstrings(need);
  } catch (err) {
    if (err instanceof GiveUp) return null;
    throw err;
  }
}
