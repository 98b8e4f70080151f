/**
 * A chrono engine run with only the parsers that can match the text at hand.
 *
 * Why: chrono runs every parser's pattern over the whole text (eighteen for the English casual
 * configuration), and most of them cannot match a given reply: each needs a word the reply does
 * not contain (a month name, a weekday, "morning", "ago" …). `WordFamily` finds, in one pass,
 * which parsers can match; the others are left out.
 *
 * Why the results are the same: `Chrono.parse` runs each parser on its own (the parser's pattern
 * over the text, `extract` on each match) and concatenates their results in parser order, sorts
 * them by index (a stable sort) and hands them to the refiners. A parser whose pattern cannot
 * match produces no result and calls nothing, so leaving it out leaves the concatenation, the
 * sorted list and what the refiners make of it as they were. The patterns are read once with a
 * context without options; chrono's patterns depend on the context only through its options
 * (`forwardDate`), and {@link ChronoSubsets.parse} takes none.
 */
import * as chrono from "chrono-node";
import { WordFamily } from "../regex/word-family.js";

export class ChronoSubsets {
  private readonly family: WordFamily;
  /** Engines by parser bit set (bit i: the base engine's parser i); a few dozen sets occur in practice. */
  private readonly engines = new Map<number, chrono.Chrono>();

  constructor(private readonly base: chrono.Chrono) {
    const probe = new chrono.ParsingContext("", new Date(0));
    this.family = new WordFamily(base.parsers.map((p) => p.pattern(probe)));
  }

  /** The base engine's parsers that can match `text` (bit i: parser i). */
  candidates(text: string): number {
    return this.family.candidates(text);
  }

  /** `base.parse(text, reference)`, with only the parsers that can match `text`. */
  parse(text: string, reference: chrono.ParsingReference | Date): chrono.ParsedResult[] {
    const mask = this.family.candidates(text);
    let engine = this.engines.get(mask);
    if (engine === undefined) {
      // (Texts made to combine needed words at random stay bounded in memory.)
      if (this.engines.size >= 4096) this.engines.clear();
      engine = new chrono.Chrono({ parsers: this.base.parsers.filter((_, i) => mask & (1 << i)), refiners: this.base.refiners });
      this.engines.set(mask, engine);
    }
    return engine.parse(text, reference);
  }
}
