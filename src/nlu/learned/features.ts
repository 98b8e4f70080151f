/**
 * Features for the learned intent scorer: hashed character 1–3-grams of the
 * normalized reply (see {@link normalize}), with the reply's start and end marked so
 * "^不了" and "了$" differ from the same characters mid-sentence. Hashing keeps the
 * weight table a fixed size whatever the vocabulary; collisions cost little at this
 * data size.
 */

/**
 * Bucket indices of every 1–3-gram (repeats kept: counts are features).
 *
 * Each n-gram is hashed as the string `${n}${gram}`, but fed to FNV-1a one code unit at a
 * time straight from the text: the same numbers as hashing sliced strings, without
 * allocating two strings per n-gram (this runs for every reply the rules leave to the
 * model or ask it a second opinion on).
 */
export function ngramFeatures(text: string, buckets: number): number[] {
  const s = `^${text.replace(/\s+/g, " ")}$`;
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    for (let n = 1; n <= 3 && i + n <= s.length; n++) {
      const first = s.charCodeAt(i);
      // "^" and "$" alone are the markers, not features.
      if (n === 1 && (first === 0x5e || first === 0x24)) continue;
      let h = 0x811c9dc5;
      h ^= 0x30 + n; // the digit n
      h = Math.imul(h, 0x01000193);
      for (let k = 0; k < n; k++) {
        h ^= s.charCodeAt(i + k);
        h = Math.imul(h, 0x01000193);
      }
      out.push((h >>> 0) & (buckets - 1));
    }
  }
  return out;
}
