/**
 * Chinese numerals as people type them in times and dates: 三点半, 两点一刻,
 * 二十八号, 十一月, 俩点 (colloquial "two"). Only 0..99 matters here.
 */

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 俩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Character class (for regexes) of the characters {@link zhNumber} accepts. */
export const ZH_NUM_CHARS = "零〇一二两俩三四五六七八九十";

/** Parses "28", "二十八", "十", "十一", "两", "廿八"-free forms; null when not a number. */
export function zhNumber(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  if (s.length === 0) return null;
  const ten = s.indexOf("十");
  if (ten === -1) {
    if (s.length !== 1) return null;
    const v = DIGITS[s];
    return v === undefined ? null : v;
  }
  const tensPart = s.slice(0, ten);
  const onesPart = s.slice(ten + 1);
  const tens = tensPart === "" ? 1 : DIGITS[tensPart];
  const ones = onesPart === "" ? 0 : DIGITS[onesPart];
  if (tens === undefined || ones === undefined || tensPart.length > 1 || onesPart.length > 1) return null;
  return tens * 10 + ones;
}
