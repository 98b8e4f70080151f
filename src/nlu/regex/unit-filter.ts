/**
 * "Does this text contain any of these characters?", answered with a bit table instead
 * of a regex character class: a class of dozens of scattered CJK characters compiles to
 * a search tree run at every position, while a table costs one load per character.
 *
 * Code units are hashed to 14 bits (16,384 slots, 2 KB per set), so the answer may be
 * yes for a character outside the set that shares a slot with one inside it — never no
 * for a text that contains one. That is the direction a prefilter may err in.
 */
const WORDS = 512; // 16,384 bits

export class UnitFilter {
  private readonly bits = new Uint32Array(WORDS);

  constructor(units: Iterable<number>) {
    for (const u of units) this.bits[(u >>> 5) & (WORDS - 1)]! |= 1 << (u & 31);
  }

  /** False only when `text` contains none of the set's code units. */
  occursIn(text: string): boolean {
    // Locals and a literal mask: module-level constants would be re-checked for
    // initialisation on every iteration of this hot loop.
    const bits = this.bits;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (bits[(c >>> 5) & 511]! & (1 << (c & 31))) return true;
    }
    return false;
  }
}
