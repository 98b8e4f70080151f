/**
 * Counting Han characters without a `\p{Script=Han}` regex per reply. Han starts at
 * U+2E80 and fills U+4E00–U+9FFF entirely, which covers nearly every character of a
 * Chinese reply; anything else in between (and astral code points) is asked of the
 * regex, so the count is exactly `text.match(/\p{Script=Han}/gu)?.length ?? 0`.
 */
const HAN = /\p{Script=Han}/u;

/** Code points of `text` in Script=Han. */
export function countHan(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x2e80) continue;
    if (c >= 0x4e00 && c <= 0x9fff) {
      n++;
      continue;
    }
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++; // the low surrogate belongs to this code point
    if (HAN.test(String.fromCodePoint(cp))) n++;
  }
  return n;
}

/** Lower-case ASCII letters in `text` (`text.match(/[a-z]/g)?.length ?? 0`). */
export function countLatin(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) n++;
  }
  return n;
}
