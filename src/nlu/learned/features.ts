/**
 * Features for the learned intent scorer: hashed character 1–3-grams of the
 * normalized reply (see {@link normalize}), with the reply's start and end marked so
 * "^不了" and "了$" differ from the same characters mid-sentence. Hashing keeps the
 * weight table a fixed size whatever the vocabulary; collisions cost little at this
 * data size.
 */

/** FNV-1a over the UTF-16 code units of `s`, reduced to `buckets` (a power of two). */
function hash(s: string, buckets: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & (buckets - 1);
}

/** Bucket indices of every 1–3-gram (repeats kept: counts are features). */
export function ngramFeatures(text: string, buckets: number): number[] {
  const s = `^${text.replace(/\s+/g, " ")}$`;
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    for (let n = 1; n <= 3 && i + n <= s.length; n++) {
      const g = s.slice(i, i + n);
      if (n === 1 && (g === "^" || g === "$")) continue;
      out.push(hash(`${n}${g}`, buckets));
    }
  }
  return out;
}
