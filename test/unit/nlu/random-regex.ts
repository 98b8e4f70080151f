/**
 * Random regexes and texts for the regex readers' soundness tests (prefilter.test.ts,
 * first-chars.test.ts). Each test passes its own vocabulary, so what it generates for a seed
 * stays what it was when the test was written.
 */

/** A small deterministic PRNG, so a failure reproduces. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export interface RegexVocabulary {
  atoms: readonly string[];
  classes: readonly string[];
  /** Group openers at a nesting depth ("?:", "?=", a named group …). */
  groups: (depth: number) => readonly string[];
  quantifiers: readonly string[];
}

/** A random regex source: atoms, classes, groups, assertions, quantifiers, alternation. */
export function randomSource(rand: () => number, v: RegexVocabulary, depth = 0): string {
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const atom = (): string => {
    const r = rand();
    if (r < 0.45 || depth > 2) return pick(v.atoms);
    if (r < 0.6) return `[${pick(v.classes)}]`;
    if (r < 0.85) return `(${pick(v.groups(depth))}${randomSource(rand, v, depth + 1)})`;
    return pick(["^", "$", "\\b"]);
  };
  const alternative = () => {
    let s = "";
    const n = 1 + Math.floor(rand() * 3);
    for (let i = 0; i < n; i++) s += atom() + (rand() < 0.3 ? pick(v.quantifiers) : "");
    return s;
  };
  const alts = [alternative()];
  while (rand() < 0.3) alts.push(rand() < 0.1 ? "" : alternative());
  return alts.join("|");
}

/** A random text of up to seven characters of `alphabet`. */
export function randomText(rand: () => number, alphabet: readonly string[]): string {
  let s = "";
  const n = Math.floor(rand() * 8);
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(rand() * alphabet.length)];
  return s;
}

/** Every match position and text of `re` in `text` (as a global exec loop finds them). */
export function allMatches(re: RegExp, text: string): string[] {
  const g = new RegExp(re.source, `${re.flags.replace("g", "")}g`);
  const out: string[] = [];
  for (let m = g.exec(text); m !== null; m = g.exec(text)) {
    out.push(`${m.index}:${JSON.stringify([...m])}`);
    if (m[0] === "") g.lastIndex++;
  }
  return out;
}

/**
 * Time allowed to the whole-fixture audits (dispatch, prefilter, first-chars, han-variant). They are linear in the fixtures
 * (2,400 more replies a round) and share the machine with the other files: on two busy cores one took 650 s. The limit only
 * catches a hang; CI's own budget bounds the run.
 */
export const AUDIT_TIMEOUT_MS = 1_200_000;
