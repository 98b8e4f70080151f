/**
 * "不是不来", "并不是不感兴趣", "不是取消哈": a phrase right after a negator of the
 * statement ("it is not that …") does not hold. Checked on the few characters before
 * a match, which is how these constructions are written in chat.
 */
import { someMatch } from "../regex/some-match.js";

// An intention given up (本来想改时间的，后来…) no longer holds either.
// "还以为你们要改期呢": a change only imagined.
const STATEMENT_NEGATOR = /(?:还|我)?以为(?:你们|您)?(?:要)?\s*$|(?:本来|原本|原来)(?:想|打算|要)[^,.!?。]{1,4}$|(?:不是|并不是|并非|也不是|倒不是|没有要|不想|不要|没说|本来(?:想|打算|要)|原本(?:想|打算|要)|原来(?:想|打算)|本想|差点|不打算|没打算|不准备|不再|不用|不需要|not that|isn'?t that)\s*(?:说|要|我)?\s*$/;
// A degree word may sit between (不太ok, 不是很方便, 没那么确定).
// ("别给我改时间": the negator reaches past 给我 / 帮我.)
const WORD_NEGATOR = /(?:不|没|无法|没法|不能|别|未|不会|不想|不用|never|not|don'?t|won'?t|can'?t)\s*(?:给我|帮我|替我)?\s*(?:太|大|很|是很|是太|怎么|那么|这么|too|very|so)?\s*$/;
/** "确认不了", "准时不了": a potential negated after the word. */
// ("准时到不了": the verb between does not undo it.)
const NEGATED_AFTER = /^\s*[到来去赶]?不(?:了|到|来|成|下来)/;

/**
 * A condition and what hangs on it ("如果太远的话我可能就不去了", "要是薪资太低，就算了")
 * decide nothing yet; decision lexicons read the reply without them.
 */
// Voice input runs on without commas: 因为 / 所以 bound a 的话 clause too ("…算了吧因为…上夜班的话根本照顾
// 不过来所以这个工作我就不去面试了": the decision outside it stands).
// ("如果没有特殊情况我肯定到": barring the unforeseen is no condition.)
// "1（除非老板突然拉我去出差，不过这周应该不会）": what 除非 / unless names is only a possibility;
// what 否则 / 不然 says after it stands ("除非公司着火，否则一定准时到").
// "能改就改，改不了就算了": a clause on a change that cannot be made is a condition without 如果.
const CONDITIONAL = /(?:如果|要是|假如|若是|万一|假设|除非|(?<!\b(?:best|better) )\bif\b(?! (?:i'?m|i am|to be) honest)|\bunless\b)(?!没(?:有)?(?:什么)?(?:特殊情况|意外|变化|别的事))(?:(?!所以|因此)[^,.!?。;])*(?:的话)?(?:,(?!\s*(?:否则|不然|要不然))[^,.!?。;]*)?|(?:(?<=因为|所以|因此)|(?<![^,.!?。;]))(?:(?!因为|所以|因此)[^,.!?。;])*的话,?(?:(?!因为|所以|因此)[^,.!?。;])*|(?<![^,.!?。;])[^,.!?。;]{0,4}(?:改不了|调不了|换不了|改不成|不能改)就[^,.!?。;]*|(?<![^,.!?。;])[^,.!?。;]{0,4}(?:低于|少于|不到|高于)[^,.!?。;]{0,8}就[^,.!?。;]*/g;

export function withoutConditionals(text: string): string {
  return /如果|要是|假如|若是|万一|假设|除非|\bif\b|\bunless\b|的话|不了就|不成就|不能改就|(?:低于|少于|不到|高于)[^,.!?。;]{0,8}就/.test(text) ? text.replace(CONDITIONAL, " ") : text;
}

/** Any negation at all: weak evidence for assent must not sit next to one ("Nope, can't do Wed"). */
// ("dont" without its apostrophe, but not the "nt" ending "client", "count" or "want".)
export const ANY_NEGATION = /不|没|无法|别|\bno\b|nope|\bnot\b|n't\b|\b(?:can|don|won|isn|aren|didn|doesn|couldn|wouldn|shouldn|wasn|weren|haven|hasn|ain)t\b|cannot|unable/;

/** The match is not preceded by "不是 …" (statement negation). */
function notStatementNegated(text: string, m: RegExpExecArray): boolean {
  return !STATEMENT_NEGATOR.test(text.slice(Math.max(0, m.index - 8), m.index));
}

/** The match is not directly negated: before (不好, 没确认, 不太ok) or after (确认不了). */
function notNegated(text: string, m: RegExpExecArray): boolean {
  const before = text.slice(Math.max(0, m.index - 6), m.index);
  if (NEGATED_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) return false;
  return !WORD_NEGATOR.test(before) && !STATEMENT_NEGATOR.test(before);
}

/** True when `re` matches somewhere not preceded by "不是 …" (statement negation). */
export function affirmed(text: string, re: RegExp): boolean {
  return someMatch(text, re, (m) => notStatementNegated(text, m));
}

/** True when `re` matches somewhere not directly negated: before (不好, 没确认, 不太ok) or after (确认不了). */
export function positive(text: string, re: RegExp): boolean {
  return someMatch(text, re, (m) => notNegated(text, m));
}

/**
 * `positive(text, re) || affirmed(text, re)` in one pass: both visit the same matches in
 * the same order, so some match passes either test exactly when one of them holds.
 */
export function positiveOrAffirmed(text: string, re: RegExp): boolean {
  return someMatch(text, re, (m) => notNegated(text, m) || notStatementNegated(text, m));
}
