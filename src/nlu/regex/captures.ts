/**
 * Some of a regex's top-level alternatives, joined so that their captures keep the numbers they
 * had in the whole regex.
 *
 * Why: `han-variant.ts` and `dispatch.ts` run a lexicon as subsets of its alternatives. An
 * alternative left out would take its capturing groups with it, the groups after it would be
 * renumbered, and backreferences would point at other groups; so regexes with captures (ASSENT's
 * 不(去|来)白不\1) were never split. Here every capture of a left-out alternative is stood for by
 * an empty group under a {0} quantifier: it is counted like the group it replaces and never takes
 * part, so its value is undefined, as that of a capture in an alternative that did not match (and
 * a backreference to it matches the empty string, as one to such a capture does). The subset then
 * gives exactly the match, index and capture array the whole regex gives when one of the kept
 * alternatives matches.
 *
 * Named groups are not kept this way (the padding has no names): callers leave such regexes whole.
 */

/**
 * The capturing groups of a valid pattern (no `v` flag), read from its source: an opening
 * parenthesis outside a class and not escaped opens one unless "?" follows, or "?<" and a name
 * (not a lookbehind) follows. (Read rather than compiled: the lexicons are long, and compiling
 * one to count its groups cost more than everything else done to it at start-up.)
 */
function groups(source: string): { count: number; named: boolean } {
  let count = 0;
  let named = false;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") {
      if (source[i + 1] !== "?") count++;
      else if (source[i + 2] === "<" && source[i + 3] !== "=" && source[i + 3] !== "!") {
        count++;
        named = true;
      }
    }
  }
  return { count, named };
}

/** How many capturing groups a pattern has. */
export function captureCount(source: string): number {
  return groups(source).count;
}

/** Whether a pattern has named groups. */
export function hasNamedGroups(source: string): boolean {
  return groups(source).named;
}

/** `count` capturing groups that never take part (and match nothing). */
const padding = (count: number) => (count === 0 ? "" : `(?:${"()".repeat(count)}){0}`);

/**
 * The alternatives at `kept` (ascending indices into `alternatives`, whose capture counts are
 * `counts`) joined with `|`, each capture numbered as in the whole disjunction, with as many
 * groups in all.
 */
export function joinKeepingCaptures(alternatives: readonly string[], counts: readonly number[], kept: readonly number[]): string {
  const parts: string[] = [];
  let next = 0;
  let skipped = 0;
  for (const i of kept) {
    for (; next < i; next++) skipped += counts[next]!;
    parts.push(padding(skipped) + alternatives[i]!);
    skipped = 0;
    next = i + 1;
  }
  for (; next < alternatives.length; next++) skipped += counts[next]!;
  if (parts.length > 0) parts[parts.length - 1] += padding(skipped);
  return parts.join("|");
}
