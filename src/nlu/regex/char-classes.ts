/**
 * What both pattern readers share — required-chars.ts (what every match must contain) and
 * first-chars.ts (what a match can start with): the code units of the escapes they model (\d, \w,
 * \s and the control escapes) and the reading of a quantifier.
 */

export const codeUnitRange = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

export const DIGIT_UNITS: readonly number[] = codeUnitRange(0x30, 0x39);
export const WORD_UNITS: readonly number[] = [...DIGIT_UNITS, ...codeUnitRange(0x41, 0x5a), ...codeUnitRange(0x61, 0x7a), 0x5f];
/** ECMAScript WhiteSpace and LineTerminator. */
export const SPACE_UNITS: readonly number[] = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, ...codeUnitRange(0x2000, 0x200a), 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];
export const CONTROL_ESCAPES: Readonly<Record<string, number>> = { n: 0x0a, r: 0x0d, t: 0x09, v: 0x0b, f: 0x0c };

/**
 * The quantifier at `pos` (*, +, ?, {n}, {n,}, {n,m}, each maybe lazy): the least number of times
 * its atom must occur and where the pattern goes on; null when there is none (including a brace
 * that is no quantifier, which each reader treats its own way).
 */
export function quantifierAt(src: string, pos: number): { min: number; end: number } | null {
  const c = src[pos];
  let min: number;
  let end: number;
  if (c === "*" || c === "?") [min, end] = [0, pos + 1];
  else if (c === "+") [min, end] = [1, pos + 1];
  else if (c === "{") {
    const q = /^\{(\d+)(?:,\d*)?\}/.exec(src.slice(pos));
    if (!q) return null;
    [min, end] = [Number(q[1]), pos + q[0].length];
  } else return null;
  if (src[end] === "?") end++; // lazy
  return { min, end };
}

/**
 * What follows a group's "(" at `pos`: where its body starts and whether it is a lookaround, which consumes
 * nothing. Null for inline modifiers (?i:…) and anything newer, which the regex walkers give up on.
 */
export function groupOpening(src: string, pos: number): { pos: number; lookaround: boolean } | null {
  if (src[pos] !== "?") return { pos, lookaround: false };
  const kind = src.slice(pos, pos + 3);
  if (kind.startsWith("?:")) return { pos: pos + 2, lookaround: false };
  if (kind.startsWith("?=") || kind.startsWith("?!")) return { pos: pos + 2, lookaround: true };
  if (kind === "?<=" || kind === "?<!") return { pos: pos + 3, lookaround: true };
  if (kind.startsWith("?<")) {
    const close = src.indexOf(">", pos);
    return close < 0 ? null : { pos: close + 1, lookaround: false };
  }
  return null;
}

/** Inside a class, \b is a backspace and \- a hyphen: the code unit for the letter after the backslash, or null. */
export function classLiteralEscape(letter: string | undefined): number | null {
  return letter === "b" ? 0x08 : letter === "-" ? 0x2d : null;
}
