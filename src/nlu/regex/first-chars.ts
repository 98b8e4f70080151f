/**
 * The code units a regex's matches can begin with, and a regex guarded by them.
 *
 * Why: a long alternation whose alternatives open with lookbehinds (WITHDRAW's
 * `(?<!周.|那天…)不太想去`) gives V8 no first-character check, so at every position of a
 * reply it tries the alternatives one by one. The same regex behind a lookahead for the
 * characters a match can start with, `(?=[不没兴…])(?:…)`, lets V8 skip the positions where
 * no match can start. The guard never changes a result: every match of a regex that cannot
 * match the empty string consumes its first character at its start position, and that
 * character is in the set (so the lookahead holds wherever the regex matches); lookbehinds
 * look before the start and lookaheads add no group, so captures, indices and lengths stay.
 *
 * The analysis must never leave a possible first character out: whatever it does not model
 * where a match may start (the flags i, u, v and s; backreferences; negated or unbounded
 * classes; `.`) makes it give up (null), and a regex that can match the empty string is never
 * guarded. Inside lookarounds such things are fine: they consume nothing.
 */
import { classLiteralEscape, codeUnitRange, CONTROL_ESCAPES, DIGIT_UNITS, groupOpening, quantifierAt, SPACE_UNITS, WORD_UNITS } from "./char-classes.js";

class GiveUp extends Error {}

/** Beyond this many code units the class would filter little. */
const MAX_SET = 400;

const range = codeUnitRange;
const DIGITS = DIGIT_UNITS;
const WORD = WORD_UNITS;
const SPACE = SPACE_UNITS;

/**
 * What can come first in a piece of pattern (null: any character, or not modelled), and
 * whether the piece can match nothing at all.
 */
interface First {
  units: Set<number> | null;
  nullable: boolean;
}

const ZERO_WIDTH = (): First => ({ units: new Set(), nullable: true });
const ONE_OF = (units: Iterable<number> | null): First => ({
  units: units === null ? null : new Set(units),
  nullable: false,
});

function addAll(into: First, from: First): void {
  if (into.units === null) return;
  if (from.units === null) into.units = null;
  else for (const u of from.units) into.units.add(u);
}

class Reader {
  private pos = 0;

  constructor(private readonly src: string) {}

  pattern(): First {
    const first = this.disjunction();
    if (this.pos !== this.src.length) throw new GiveUp();
    return first;
  }

  private peek(): string | undefined {
    return this.src[this.pos];
  }

  private disjunction(): First {
    const out: First = { units: new Set(), nullable: false };
    for (;;) {
      const a = this.alternative();
      addAll(out, a);
      out.nullable ||= a.nullable;
      if (this.peek() !== "|") return out;
      this.pos++;
    }
  }

  /** Terms in sequence: the first ones up to (and including) the first that cannot be empty. */
  private alternative(): First {
    const out: First = { units: new Set(), nullable: true };
    while (this.pos < this.src.length && this.peek() !== "|" && this.peek() !== ")") {
      const t = this.term();
      const optional = this.minRepeats() === 0;
      if (!out.nullable) continue; // already bounded by an earlier term; still read the rest
      addAll(out, t);
      if (!t.nullable && !optional) out.nullable = false;
    }
    return out;
  }

  /** Consumes a quantifier if there is one; the least number of times the atom must occur. */
  private minRepeats(): number {
    const q = quantifierAt(this.src, this.pos);
    if (!q) {
      // A brace that is no quantifier (a literal outside `u` mode) is not modelled here.
      if (this.peek() === "{") throw new GiveUp();
      return 1;
    }
    this.pos = q.end;
    return q.min;
  }

  private term(): First {
    const c = this.src[this.pos]!;
    if (c === "(") return this.group();
    if (c === "[") return ONE_OF(this.characterClass());
    this.pos++;
    if (c === "^" || c === "$") return ZERO_WIDTH();
    if (c === ".") return ONE_OF(null);
    if (c === "\\") return this.atomEscape();
    if (c === "*" || c === "+" || c === "?" || c === "{" || c === "}" || c === "]" || c === ")") throw new GiveUp();
    return ONE_OF([c.charCodeAt(0)]);
  }

  private group(): First {
    this.pos++; // (
    const opening = groupOpening(this.src, this.pos);
    if (!opening) throw new GiveUp(); // inline modifiers (?i:…) and anything newer
    this.pos = opening.pos;
    const lookaround = opening.lookaround;
    const inner = this.disjunction();
    if (this.peek() !== ")") throw new GiveUp();
    this.pos++;
    // A lookaround consumes nothing: the next term supplies the first character.
    return lookaround ? ZERO_WIDTH() : inner;
  }

  private atomEscape(): First {
    const c = this.src[this.pos];
    if (c === undefined) throw new GiveUp();
    if (c === "b" || c === "B") {
      this.pos++;
      return ZERO_WIDTH();
    }
    // Backreferences (\1, \k<…>) may match anything or nothing: not modelled.
    if (/[1-9k]/.test(c)) {
      if (c === "k") {
        const close = this.src.indexOf(">", this.pos);
        if (close < 0) throw new GiveUp();
        this.pos = close + 1;
      } else while (/\d/.test(this.peek() ?? "")) this.pos++;
      return { units: null, nullable: true };
    }
    return ONE_OF(this.classEscape());
  }

  /** An escape usable inside and outside a class (pos at the character after the backslash); null: unbounded. */
  private classEscape(): readonly number[] | null {
    const c = this.src[this.pos++]!;
    if (c === "d") return DIGITS;
    if (c === "w") return WORD;
    if (c === "s") return SPACE;
    const control = CONTROL_ESCAPES[c];
    if (control !== undefined) return [control];
    if (c === "u" || c === "x") {
      const hex = (c === "u" ? /^[0-9a-f]{4}/i : /^[0-9a-f]{2}/i).exec(this.src.slice(this.pos));
      if (!hex) throw new GiveUp();
      this.pos += hex[0].length;
      return [parseInt(hex[0], 16)];
    }
    if (c === "D" || c === "W" || c === "S") return null;
    if (c === "p" || c === "P") {
      // Only without the u flag (see firstCodeUnits), where \p is a plain "p": read it as unmodelled anyway.
      return null;
    }
    // \c, \0 and anything unusual.
    if (/[A-Za-z0-9]/.test(c)) throw new GiveUp();
    return [c.charCodeAt(0)]; // an identity escape: \. \? \- \/ …
  }

  /** A `[…]` class's code units; null for a negated or unbounded class. */
  private characterClass(): number[] | null {
    this.pos++; // [
    let bounded = true;
    if (this.peek() === "^") {
      bounded = false;
      this.pos++;
    }
    const units: number[] = [];
    const atom = (): readonly number[] | null => {
      const c = this.src[this.pos];
      if (c === undefined) throw new GiveUp();
      if (c === "\\") {
        this.pos++;
        const literal = classLiteralEscape(this.peek());
        if (literal !== null) {
          this.pos++;
          return [literal];
        }
        return this.classEscape();
      }
      this.pos++;
      return [c.charCodeAt(0)];
    };
    while (this.peek() !== "]") {
      const from = atom();
      if (this.peek() === "-" && this.src[this.pos + 1] !== "]" && this.src[this.pos + 1] !== undefined) {
        this.pos++;
        const to = atom();
        if (from === null || to === null || from.length !== 1 || to.length !== 1 || to[0]! < from[0]!)
          throw new GiveUp();
        if (to[0]! - from[0]! >= MAX_SET) bounded = false;
        else units.push(...range(from[0]!, to[0]!));
        continue;
      }
      if (from === null) bounded = false;
      else units.push(...from);
    }
    this.pos++; // ]
    return bounded ? units : null;
  }
}

/**
 * The code units every match of `re` begins with (one of them), or null when the analysis
 * cannot bound them or `re` may match the empty string.
 */
export function firstCodeUnits(re: RegExp): ReadonlySet<number> | null {
  // Case folding, code-point mode and dot-all change what a character or a class stands for.
  if (/[iuvs]/.test(re.flags)) return null;
  try {
    const first = new Reader(re.source).pattern();
    return first.nullable || first.units === null || first.units.size === 0 || first.units.size > MAX_SET
      ? null
      : first.units;
  } catch (err) {
    if (err instanceof GiveUp) return null;
    throw err;
  }
}

const asClassMember = (u: number) => `\\u${u.toString(16).padStart(4, "0")}`;

/**
 * `re` behind a lookahead for its first characters (same flags, same matches, same groups),
 * or `re` itself when they cannot be bounded. Worth it only for long alternations that
 * V8 cannot scan quickly on its own: measure before guarding a regex.
 */
export function guardedByFirstChars(re: RegExp): RegExp {
  const units = firstCodeUnits(re);
  if (units === null) return re;
  const members = [...units]
    .sort((a, b) => a - b)
    .map(asClassMember)
    .join("");
  return new RegExp(`(?=[${members}])(?:${re.source})`, re.flags);
}
