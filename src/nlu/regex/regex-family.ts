/**
 * Which of several regexes can match a text, found in one pass over the text.
 *
 * Why: some steps try a fixed list of regexes on the same text (chrono's parsers, the
 * question topics). Checking each one's required characters separately would scan the
 * text once per regex; instead every code unit maps to the regexes that need it, and one
 * scan collects the regexes whose needs occur. A regex outside the result certainly
 * does not match (see `required-chars.ts`); one inside it may.
 */
import { requiredCodeUnits } from "./required-chars.js";

export class RegexFamily {
  /** Regexes with no known need: always candidates. */
  private readonly always: number;
  /** Code unit → the regexes (bits) needing one of a set it belongs to. */
  private readonly byUnit = new Map<number, number>();

  constructor(regexes: readonly RegExp[]) {
    if (regexes.length > 31) throw new RangeError("a RegexFamily holds at most 31 regexes");
    let always = 0;
    regexes.forEach((re, i) => {
      const units = requiredCodeUnits(re);
      if (units === null) always |= 1 << i;
      else for (const u of units) this.byUnit.set(u, (this.byUnit.get(u) ?? 0) | (1 << i));
    });
    this.always = always;
  }

  /** Bit i is set when regex i may match somewhere in `text`; a clear bit means it cannot. */
  candidates(text: string): number {
    let mask = this.always;
    for (let i = 0; i < text.length; i++) {
      const bits = this.byUnit.get(text.charCodeAt(i));
      if (bits !== undefined) mask |= bits;
    }
    return mask;
  }
}
