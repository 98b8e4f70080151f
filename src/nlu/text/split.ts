/**
 * Hand-written equivalents of two splits that run on every reply. Both return exactly
 * what `String.prototype.split` returns with the regex named (test/unit/nlu/text.test.ts
 * checks this on random strings); they exist because the regex versions are slow:
 * a split on a lookbehind runs it at every position.
 */

/** `,.!?。;~`: the punctuation a clause ends with. */
const CLAUSE_END = new Set([...",.!?。;~"].map((c) => c.charCodeAt(0)));
const PARAGRAPH_SEPARATOR = 0x2029;

/**
 * `text.split(/(?<=[,.!?。;~])|\u2029/)`: after each clause-ending punctuation (kept at
 * the end of its clause) and at each U+2029 (dropped). As in the regex split, a U+2029
 * right after such punctuation is not split on again: it stays at the start of the next piece.
 */
export function splitClauses(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    // The lookbehind alternative is tried first; when it matches where the last piece
    // ended (an empty match), the regex split moves on without trying U+2029 here.
    if (i > 0 && CLAUSE_END.has(text.charCodeAt(i - 1))) {
      if (i !== start) {
        out.push(text.slice(start, i));
        start = i;
      }
      continue;
    }
    if (text.charCodeAt(i) === PARAGRAPH_SEPARATOR) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

/** ECMAScript whitespace and line terminators (`\s`). */
const SPACE = new Set([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a,
  0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
]);
const isSeparator = (c: number) => CLAUSE_END.has(c) || SPACE.has(c);

const HAN = /\p{Script=Han}/u;

/** The code point ending just before `i`, as a lookbehind sees it. */
function codePointBefore(text: string, i: number): number | undefined {
  if (i <= 0) return undefined;
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(i - 2);
  }
  return low;
}

const isHanAt = (cp: number | undefined) => cp !== undefined && HAN.test(String.fromCodePoint(cp));

/**
 * `text.split(/[,.!?。;~\s]*[,.!?。;~][,.!?。;~\s]*|(?<=\p{Script=Han})\s+|\s+(?=\p{Script=Han})/u)`: the phrases
 * between punctuation, and between words where a space borders Han (voice input's clause break). A space
 * between two Latin words does not split: "i can only do afternoons" is one phrase, not the words "i", "can".
 */
export function splitPhrases(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    if (!isSeparator(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    let punct = false;
    while (j < text.length && isSeparator(text.charCodeAt(j))) {
      if (CLAUSE_END.has(text.charCodeAt(j))) punct = true;
      j++;
    }
    if (punct || isHanAt(codePointBefore(text, i)) || (j < text.length && isHanAt(text.codePointAt(j)))) {
      out.push(text.slice(start, i));
      start = j;
    }
    i = j;
  }
  out.push(text.slice(start));
  return out;
}
