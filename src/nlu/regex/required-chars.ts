/**
 * The characters a regex cannot match without: a set of UTF-16 code units such that
 * every string the regex matches contains at least one of them.
 *
 * Why: the lexicons are long alternations, often opening with optional words and
 * lookbehinds, so V8 finds no fast first-character check and tries every alternative
 * at every position. Most replies contain none of the characters a lexicon needs (a
 * withdrawal needs 兴, 干, 转 …), and scanning for a handful of characters is an order
 * of magnitude cheaper than running the alternation (see `prefilter.ts`).
 *
 * The analysis reads the pattern's source and must never claim too much: when it meets
 * anything it does not model (the `v` flag, inline modifiers) it gives up and returns
 * null, and an element it cannot bound (`.`, `[^…]`, `\p{…}`, a large range, a
 * backreference) simply contributes nothing. Lookarounds are zero-width: they constrain where
 * a match may be, never which characters it consumes, so they are skipped.
 *
 * Per alternative one mandatory element suffices; across alternatives the sets are
 * united, choosing elements so that the union stays small (a greedy hitting set:
 * 可以参加 | 能参加 | 确定参加 all need 参).
 */
import { classLiteralEscape, CONTROL_ESCAPES, DIGIT_UNITS, groupOpening, quantifierAt, SPACE_UNITS, WORD_UNITS } from "./char-classes.js";

/** At least one of these code units occurs in every match of the element it came from. */
type Need = ReadonlySet<number>;

/** A need larger than this filters too little to be worth checking. */
const MAX_SET = 128;

class GiveUp extends Error {}

const DIGITS: Need = new Set(DIGIT_UNITS);
const WORD: Need = new Set(WORD_UNITS);
const SPACE: Need = new Set(SPACE_UNITS);

/**
 * Under the `i` flag a character also matches its other cases. ASCII letters are
 * expanded (with the two non-ASCII characters that fold onto ASCII under `iu`: ſ → s,
 * K (Kelvin) → k); any other cased character makes the set unusable.
 */
function withCases(set: Need): Need | null {
  const out = new Set(set);
  for (const c of set) {
    const s = String.fromCharCode(c);
    const lower = s.toLowerCase();
    const upper = s.toUpperCase();
    if (lower === s && upper === s) continue;
    if (c >= 0x80) return null;
    out.add(lower.charCodeAt(0));
    out.add(upper.charCodeAt(0));
    if (lower === "s") out.add(0x17f);
    if (lower === "k") out.add(0x212a);
  }
  return out;
}

/**
 * Characters found in many replies, most frequent first (measured on the labeled replies
 * after normalization: the first 26 occur in over 10% of them, the rest in over 3%).
 * Requiring one of these filters little, so the choice of needs avoids them. This only
 * steers which characters are checked, never whether the check is sound.
 */
const COMMON = ",了吗不我到下周的时可上午好点以一去要?天面能 在是个试三这问有改会间1还行晚谢o四准就那请没r过e五加来2两太意地t已明a思吧参车家后想半经n出十s前二公班位工h你大号分钟回3i司作几哪开多k带需题0见都m岗";

/** How much requiring `c` costs in filtering power (roughly: how often replies contain it). */
function weight(c: number): number {
  const rank = COMMON.indexOf(String.fromCharCode(c));
  return rank < 0 ? 1 : rank < 26 ? 16 : rank < 60 ? 6 : 3;
}

/** What adding `need` to `chosen` costs. */
function cost(need: Need, chosen: Need = new Set()): number {
  let sum = 0;
  for (const c of need) if (!chosen.has(c)) sum += weight(c);
  return sum;
}

/** `a` ⊆ `b`. */
function within(a: Need, b: Need): boolean {
  for (const c of a) if (!b.has(c)) return false;
  return true;
}

/** The one code unit of `need` not yet in `chosen`, or undefined when none or several are missing. */
function missingOne(need: Need, chosen: Need): number | undefined {
  let missing: number | undefined;
  for (const c of need) {
    if (chosen.has(c)) continue;
    if (missing !== undefined) return undefined;
    missing = c;
  }
  return missing;
}

/**
 * One need for a disjunction: a set meeting one need of every alternative, kept cheap
 * greedily (the character completing the most alternatives per unit of weight first).
 * Null when some alternative needs nothing (it can match without any known character).
 */
function hittingSet(alternatives: Need[][]): Need | null {
  if (alternatives.some((a) => a.length === 0)) return null;
  const chosen = new Set<number>();
  const covered = (a: Need[]) => a.some((n) => within(n, chosen));
  let open = alternatives.filter((a) => !covered(a));
  while (open.length > 0) {
    const gain = new Map<number, number>();
    for (const a of open) {
      const completes = new Set<number>();
      for (const n of a) {
        const c = missingOne(n, chosen);
        if (c !== undefined) completes.add(c);
      }
      for (const c of completes) gain.set(c, (gain.get(c) ?? 0) + 1);
    }
    let best: number | undefined;
    let bestScore = 0;
    for (const [c, g] of gain) {
      const score = g / weight(c);
      if (score > bestScore) [best, bestScore] = [c, score];
    }
    if (best !== undefined) chosen.add(best);
    else {
      // Every open alternative lacks several characters: take the first one's cheapest need.
      const cheapest = open[0]!.reduce((a, b) => (cost(b, chosen) < cost(a, chosen) ? b : a));
      for (const c of cheapest) chosen.add(c);
    }
    if (chosen.size > MAX_SET) return null;
    open = open.filter((a) => !covered(a));
  }
  return chosen;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** A recursive-descent reader of a regex source, yielding the needs of what it reads. */
class Reader {
  private pos = 0;
  private readonly unicode: boolean;
  private readonly ignoreCase: boolean;

  constructor(
    private readonly src: string,
    flags: string,
  ) {
    if (flags.includes("v")) throw new GiveUp();
    this.unicode = flags.includes("u");
    this.ignoreCase = flags.includes("i");
  }

  /** The whole pattern: its needs (each one must be met by every match). */
  pattern(): Need[] {
    const needs = this.disjunction();
    if (this.pos !== this.src.length) throw new GiveUp();
    return needs;
  }

  private peek(offset = 0): string | undefined {
    return this.src[this.pos + offset];
  }

  private disjunction(): Need[] {
    const alternatives = [this.alternative()];
    while (this.peek() === "|") {
      this.pos++;
      alternatives.push(this.alternative());
    }
    if (alternatives.length === 1) return alternatives[0]!;
    const cover = hittingSet(alternatives);
    return cover ? [cover] : [];
  }

  private alternative(): Need[] {
    const needs: Need[] = [];
    while (this.pos < this.src.length && this.peek() !== "|" && this.peek() !== ")") {
      const atom = this.term();
      if (this.minRepeats() >= 1) needs.push(...atom);
    }
    return needs;
  }

  /** Consumes a quantifier if there is one; the least number of times the atom must occur. */
  private minRepeats(): number {
    const q = quantifierAt(this.src, this.pos);
    // Outside `u` mode a brace that is no quantifier is a literal (read as a term next).
    if (!q) return 1;
    this.pos = q.end;
    return q.min;
  }

  /** One atom; the needs of a single occurrence of it. */
  private term(): Need[] {
    const c = this.src[this.pos]!;
    if (c === "(") return this.group();
    if (c === "[") {
      const set = this.characterClass();
      return set ? [set] : [];
    }
    this.pos++;
    if (c === "\\") return this.atomEscape();
    if (c === "." || c === "^" || c === "$") return [];
    return this.literal(c.charCodeAt(0));
  }

  private literal(code: number): Need[] {
    // In `u` mode a surrogate pair is one character: requiring its high half is sound
    // (the pair cannot occur without it), and a quantifier applies to both halves.
    if (this.unicode && isHigh(code) && isLow(this.src.charCodeAt(this.pos))) this.pos++;
    const set = this.ignoreCase ? withCases(new Set([code])) : new Set([code]);
    return set ? [set] : [];
  }

  private group(): Need[] {
    this.pos++; // (
    const opening = groupOpening(this.src, this.pos);
    if (!opening) throw new GiveUp(); // inline modifiers (?i:…) and anything newer
    this.pos = opening.pos;
    const lookaround = opening.lookaround;
    const inner = this.disjunction();
    if (this.peek() !== ")") throw new GiveUp();
    this.pos++;
    return lookaround ? [] : inner;
  }

  /** After a backslash outside a class. */
  private atomEscape(): Need[] {
    const c = this.src[this.pos];
    if (c === undefined) throw new GiveUp();
    // A backreference adds no need of its own (its group stands where the text was first
    // matched). Outside `u` mode \1 may instead be a legacy octal escape and \k<name> a
    // literal: requiring nothing for them is sound either way.
    if (/[1-9]/.test(c)) {
      while (/\d/.test(this.peek() ?? "")) this.pos++;
      return [];
    }
    if (c === "k" && this.peek(1) === "<") {
      const close = this.src.indexOf(">", this.pos);
      if (close < 0) throw new GiveUp();
      this.pos = close + 1;
      return [];
    }
    if (c === "b" || c === "B") {
      this.pos++;
      return [];
    }
    const set = this.classEscape();
    if (set === null) return [];
    if (set.size === 1) return this.literal(set.values().next().value!);
    return [set];
  }

  /**
   * An escape usable both inside and outside a class (pos after the backslash): a set,
   * or null when it cannot be bounded (\D, \W, \S, \p{…}).
   */
  private classEscape(): Need | null {
    const c = this.src[this.pos++]!;
    const cased = (set: Need) => (this.ignoreCase ? withCases(set) : set);
    switch (c) {
      case "d":
        return DIGITS;
      case "w":
        return cased(WORD);
      case "s":
        return SPACE;
      case "D":
      case "W":
      case "S":
        return null;
      case "p":
      case "P": {
        if (this.unicode && this.peek() === "{") {
          const close = this.src.indexOf("}", this.pos);
          if (close < 0) throw new GiveUp();
          this.pos = close + 1;
          return null;
        }
        return new Set([c.charCodeAt(0)]);
      }
      case "c": {
        const letter = this.peek();
        if (letter && /[a-z]/i.test(letter)) {
          this.pos++;
          return new Set([letter.charCodeAt(0) % 32]);
        }
        throw new GiveUp();
      }
      case "0":
        if (/\d/.test(this.peek() ?? "")) throw new GiveUp(); // legacy octal
        return new Set([0]);
      case "x": {
        const hex = /^[0-9a-f]{2}/i.exec(this.src.slice(this.pos));
        if (!hex) {
          if (this.unicode) throw new GiveUp();
          return new Set([c.charCodeAt(0)]);
        }
        this.pos += 2;
        return new Set([parseInt(hex[0], 16)]);
      }
      case "u": {
        const hex = /^[0-9a-f]{4}/i.exec(this.src.slice(this.pos));
        // \u{…} and escaped surrogates in `u` mode denote code points: not modelled.
        if (!hex || (this.unicode && /^[dD][89a-fA-F]/.test(hex[0]))) {
          if (this.unicode) throw new GiveUp();
          return new Set([c.charCodeAt(0)]);
        }
        this.pos += 4;
        return new Set([parseInt(hex[0], 16)]);
      }
      default: {
        const control = CONTROL_ESCAPES[c];
        if (control !== undefined) return new Set([control]);
        if (/[1-9]/.test(c)) throw new GiveUp();
        // An identity escape (\. \? \- \/ …) stands for the character itself; in `u` mode a
        // surrogate pair after the backslash is not valid syntax anyway.
        return new Set([c.charCodeAt(0)]);
      }
    }
  }

  /** `[…]`: its set, or null when it cannot be bounded (negated, huge, \p{…}, astral). */
  private characterClass(): Need | null {
    this.pos++; // [
    const negated = this.peek() === "^";
    if (negated) this.pos++;
    const set = new Set<number>();
    let bounded = !negated;
    // One class atom: a single code unit (number) or a set; undefined when unbounded.
    const atom = (): number | Need | undefined => {
      const c = this.src[this.pos];
      if (c === undefined) throw new GiveUp();
      if (c === "\\") {
        this.pos++;
        const literal = classLiteralEscape(this.peek());
        if (literal !== null) {
          this.pos++;
          return literal;
        }
        if (/[1-9]/.test(this.peek() ?? "")) throw new GiveUp();
        const s = this.classEscape();
        if (s === null) return undefined;
        return s.size === 1 ? s.values().next().value! : s;
      }
      const code = this.src.charCodeAt(this.pos++);
      if (this.unicode && isHigh(code) && isLow(this.src.charCodeAt(this.pos))) {
        this.pos++;
        return undefined; // an astral code point: not modelled in `u` mode
      }
      return code;
    };
    while (this.peek() !== "]") {
      const from = atom();
      if (this.peek() === "-" && this.peek(1) !== "]" && this.peek(1) !== undefined) {
        this.pos++;
        const to = atom();
        if (typeof from === "number" && typeof to === "number") {
          if (to - from + 1 > MAX_SET) bounded = false;
          else for (let x = from; x <= to; x++) set.add(x);
        } else bounded = false; // \d-x and similar oddities
        continue;
      }
      if (from === undefined) bounded = false;
      else if (typeof from === "number") set.add(from);
      else for (const x of from) set.add(x);
    }
    this.pos++; // ]
    if (!bounded || set.size > MAX_SET) return null;
    return this.ignoreCase ? withCases(set) : set;
  }
}

/**
 * Code units at least one of which occurs in every string `re` matches, or null when
 * the analysis finds no such set (the regex can match without any known character, or
 * uses syntax not modelled here). Of several independent needs the cheapest is returned.
 */
export function requiredCodeUnits(re: RegExp): ReadonlySet<number> | null {
  let needs: Need[];
  try {
    needs = new Reader(re.source, re.flags).pattern();
  } catch (err) {
    if (err instanceof GiveUp) return null;
    throw err;
  }
  let best: Need | null = null;
  for (const n of needs) if (best === null || cost(n) < cost(best)) best = n;
  return best;
}
