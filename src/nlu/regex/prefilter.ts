/**
 * Cheap "can this regex match here at all?" checks in front of the big lexicons.
 *
 * Each regex gets, once, the set of characters every match needs (`required-chars.ts`);
 * looking a reply's characters up in that set costs a fraction of what a long
 * alternation costs when it fails, and most lexicons fail on most replies. A regex whose
 * needs cannot be bounded simply has no prefilter and always runs.
 */
import { dispatchOf } from "./dispatch.js";
import { forText } from "./han-variant.js";
import { requiredCodeUnits } from "./required-chars.js";
import { UnitFilter } from "./unit-filter.js";

const prefilters = new WeakMap<RegExp, UnitFilter | null>();

/** The prefilter of `re`: a filter of its required code units, or null. */
export function prefilterOf(re: RegExp): UnitFilter | null {
  let p = prefilters.get(re);
  if (p === undefined) {
    const units = requiredCodeUnits(re);
    p = units ? new UnitFilter(units) : null;
    prefilters.set(re, p);
  }
  return p;
}

/** Test hook: told of every (regex, text) a prefilter ruled out, so tests can confirm the regex truly does not match. */
export type PrefilterAudit = (re: RegExp, text: string) => void;
let audit: PrefilterAudit | null = null;

/** Installs (or with null removes) the {@link PrefilterAudit} hook. */
export function auditPrefilters(hook: PrefilterAudit | null): void {
  audit = hook;
}

/** Whether an audit hook is installed (callers skip their reporting work otherwise). */
export function auditing(): boolean {
  return audit !== null;
}

/** Reports a ruled-out match to the audit hook, if one is installed. */
export function audited(re: RegExp, text: string): void {
  if (audit) audit(re, text);
}

/** False only when `re` cannot match anywhere in `text` (none of the characters it needs occurs). */
export function mayMatch(re: RegExp, text: string): boolean {
  const p = prefilterOf(re);
  if (p === null || p.occursIn(text)) return true;
  audited(re, text);
  return false;
}

/** `re.test(text)`, without running `re` when its prefilter rules a match out. */
export function matches(re: RegExp, text: string): boolean {
  if (mayMatch(re, text)) {
    if (re.global || re.sticky) return re.test(text);
    const v = forText(re, text);
    const d = dispatchOf(v);
    return d ? d.exec(text) !== null : v.test(text);
  }
  // A failed test of a global or sticky regex resets it; skipping the test must too.
  if (re.global || re.sticky) re.lastIndex = 0;
  return false;
}

/**
 * `re.exec(text)` for a regex without the g or y flag, without running `re` when its prefilter
 * rules a match out (and through its Han variant and first-character dispatch when it has them).
 */
export function firstMatch(re: RegExp, text: string): RegExpExecArray | null {
  if (re.global || re.sticky) throw new TypeError("firstMatch: a global or sticky regex carries state");
  if (!mayMatch(re, text)) return null;
  const v = forText(re, text);
  const d = dispatchOf(v);
  return d ? d.exec(text) : v.exec(text);
}

/** `text.replace(re, replacement)`, without running `re` when it cannot match (the text comes back as it was). */
export function replaceIfAny(text: string, re: RegExp, replacement: string): string;
export function replaceIfAny(text: string, re: RegExp, replacement: (match: string, ...rest: never[]) => string): string;
export function replaceIfAny(text: string, re: RegExp, replacement: string | ((match: string, ...rest: never[]) => string)): string {
  if (!mayMatch(re, text)) {
    // As a replace that found nothing leaves it.
    if (re.global) re.lastIndex = 0;
    return text;
  }
  return text.replace(re, replacement as (match: string) => string);
}
