/**
 * Which of several regexes can match a text, found in one pass over the text.
 *
 * Why: some steps try a fixed list of regexes on the same text (chrono's parsers, the
 * question topics). Checking each one's required characters separately would scan the
 * text once per regex; instead every code unit maps to the regexes that need it, and one
 * scan collects the regexes whose needs occur. A regex outside the result certainly
 * does not match (see `required-chars.ts`); one inside it may.
 */
import { audited, auditing } from "./prefilter.js";
import { requiredCodeUnits } from "./required-chars.js";

const SLOTS = 4096;

export class RegexFamily {
  /** Regexes with no known need: always candidates. */
  private readonly always: number;
  /**
   * Code unit (hashed to its low 12 bits) → the regexes (bits) needing a set it belongs
   * to. Units sharing a slot share their bits: a collision can only add candidates, never
   * drop one, and a typed-array load per character is far cheaper than a Map lookup.
   */
  private readonly bySlot = new Int32Array(SLOTS);

  constructor(private readonly regexes: readonly RegExp[]) {
    if (regexes.length > 31) throw new RangeError("a RegexFamily holds at most 31 regexes");
    let always = 0;
    regexes.forEach((re, i) => {
      const units = requiredCodeUnits(re);
      if (units === null) always |= 1 << i;
      else for (const u of units) this.bySlot[u & (SLOTS - 1)]! |= 1 << i;
    });
    this.always = always;
  }

  /** Bit i is set when regex i may match somewhere in `text`; a clear bit means it cannot. */
  candidates(text: string): number {
    let mask = this.always;
    for (let i = 0; i < text.length; i++) mask |= this.bySlot[text.charCodeAt(i) & (SLOTS - 1)]!;
    if (auditing()) this.regexes.forEach((re, i) => mask & (1 << i) || audited(re, text));
    return mask;
  }
}
