/**
 * Which of several regexes can match a text, by the words they need (`required-words.ts`),
 * found in one pass over the text.
 *
 * Why: chrono's English parsers each scan the whole text, and most of them need a word the
 * text does not contain (a month name, a weekday, "morning" …). Looking the text's words up
 * in a trie of every regex's needed words costs a fraction of running the patterns. A regex
 * outside the result certainly does not match; one inside it may.
 */
import { audited, auditing } from "./prefilter.js";
import { requiredWords } from "./required-words.js";

interface TrieNode {
  /** The regexes (bits) needing a word that ends here. */
  mask: number;
  /** Children by ASCII code unit (an array load: most needed words are English). */
  readonly ascii: (TrieNode | undefined)[];
  /** Children by any other code unit. */
  readonly other: Map<number, TrieNode>;
}

const node = (): TrieNode => ({ mask: 0, ascii: new Array<TrieNode | undefined>(128).fill(undefined), other: new Map() });

function child(at: TrieNode, c: number): TrieNode | undefined {
  return c < 128 ? at.ascii[c] : at.other.get(c);
}

/** ASCII A–Z to a–z (as `foldAscii` does to whole strings); other code units unchanged. */
const fold = (c: number) => (c >= 0x41 && c <= 0x5a ? c + 0x20 : c);

export class WordFamily {
  /** Regexes with no known needed word: always candidates. */
  private readonly always: number;
  private readonly root = node();
  /** Code unit → whether some needed word starts with it (most positions of a text stop here). */
  private readonly starts = new Uint8Array(0x10000);

  constructor(private readonly regexes: readonly RegExp[]) {
    if (regexes.length > 31) throw new RangeError("a WordFamily holds at most 31 regexes");
    let always = 0;
    regexes.forEach((re, i) => {
      const words = requiredWords(re);
      if (words === null) {
        always |= 1 << i;
        return;
      }
      for (const w of words) {
        let at = this.root;
        for (let k = 0; k < w.length; k++) {
          const c = w.charCodeAt(k);
          let next = child(at, c);
          if (next === undefined) {
            next = node();
            if (c < 128) at.ascii[c] = next;
            else at.other.set(c, next);
          }
          at = next;
        }
        at.mask |= 1 << i;
      }
    });
    for (let c = 0; c < 0x10000; c++) {
      // (A text's capital letter folds onto the word's small one.)
      if (child(this.root, fold(c)) !== undefined) this.starts[c] = 1;
    }
    this.always = always;
  }

  /** Bit i is set when regex i may match somewhere in `text`; a clear bit means it cannot. */
  candidates(text: string): number {
    let mask = this.always;
    const starts = this.starts;
    for (let i = 0; i < text.length; i++) {
      if (starts[text.charCodeAt(i)] === 0) continue;
      let at: TrieNode | undefined = this.root;
      for (let k = i; k < text.length; k++) {
        at = child(at, fold(text.charCodeAt(k)));
        if (at === undefined) break;
        mask |= at.mask;
      }
    }
    if (auditing()) this.regexes.forEach((re, i) => mask & (1 << i) || audited(re, text));
    return mask;
  }
}
