/**
 * The code units of the regex escapes both pattern readers model (\d, \w, \s and the control
 * escapes), shared by required-chars.ts (what every match must contain) and first-chars.ts
 * (what a match can start with).
 */

export const codeUnitRange = (from: number, to: number): number[] => Array.from({ length: to - from + 1 }, (_, i) => from + i);

export const DIGIT_UNITS: readonly number[] = codeUnitRange(0x30, 0x39);
export const WORD_UNITS: readonly number[] = [...DIGIT_UNITS, ...codeUnitRange(0x41, 0x5a), ...codeUnitRange(0x61, 0x7a), 0x5f];
/** ECMAScript WhiteSpace and LineTerminator. */
export const SPACE_UNITS: readonly number[] = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, ...codeUnitRange(0x2000, 0x200a), 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];
export const CONTROL_ESCAPES: Readonly<Record<string, number>> = { n: 0x0a, r: 0x0d, t: 0x09, v: 0x0b, f: 0x0c };
