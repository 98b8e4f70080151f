/**
 * Chinese time words as chrono-node parsers. chrono's own zh.hans locale misreads many
 * of the forms candidates use (周四上午 → Monday 06:00, 下下周一 → next Monday,
 * 28号下午三点 drops the day, 同一时间 → 01:00, 11.28 and 推迟一个小时 → nothing), so
 * we register our own patterns with chrono's engine instead of forking it. Each parser
 * emits a chrono result with known components (so `result.date()` is meaningful) and
 * keeps the richer token for our grouping step.
 */
import * as chrono from "chrono-node";
import { addDays, compareDates, isValidDate, mondayOf, type CivilDate } from "./calendar.js";
import { emit, N, parser, todayOf, type Emitted, type ZhContext, type ZhParser } from "./zh-emit.js";
import { RegexFamily } from "../regex/regex-family.js";
import { RELATIVE_PARSERS, SHIFT_PARSER } from "./zh-relative.js";
import { zhNumber } from "./zh-numerals.js";
import type { TimeToken } from "./tokens.js";
import type { PartOfDay } from "../types.js";

// --- days -------------------------------------------------------------------------

const WEEKDAY_NUM: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7, "1": 1, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7 };

/**
 * 周四 / 礼拜四 / 星期四 / 本周四 / 下周二 / 下下周一 / 下周2 / 周六日 (Saturday first). Weeks start on Monday. A digit
 * right after is allowed only as a clock (周四3点), not as a longer number (周12, 周4号).
 */
// "我看了一下周六上午": the 下 of 一下 ("a moment") is no "next".
const weekday = parser(/((?<!一)下下个?|(?<!一)下个?|这个?|本|今)?(?:周|星期|礼拜)([一二三四五六日天1-7])(?!号)(?!(?<!六)日)(?!\d+(?!\d|\s*(?:点|:|时|[ap]\.?m)))/, (c, m) => {
  let prefix = m[1] ?? "";
  // "我看了下周四上午": 下 after a verb with 了 (看了下, 查了下) is "a bit", not "next"; "您看下周一" stays next week.
  if (prefix === "下" && /(?:看|查|问|想|瞅|瞧|翻|对|算)了$/.test(c.text.slice(0, m.index ?? 0))) prefix = "";
  const wd = WEEKDAY_NUM[m[2]!]!;
  const weeks = prefix.startsWith("下下") ? 2 : prefix.startsWith("下") ? 1 : 0;
  const today = todayOf(c);
  let date = addDays(mondayOf(today), weeks * 7 + wd - 1);
  // A bare 周一 said on a Friday means the coming Monday: a proposal is never in the past.
  if (prefix === "" && compareDates(date, today) < 0) date = addDays(date, 7);
  return emit(c, m, prefix === "" ? { kind: "date", date, relative: true, bareWeekday: true } : { kind: "date", date, relative: false });
});

const DAY_OFFSET: Record<string, number> = { 今: 0, 明: 1, 后: 2, 大后: 3 };

/** 今天 明天 后天 大后天, and the fused forms 明早 明晚 今晚 (day + part of day). */
// 明后天 ("tomorrow or the day after") offers tomorrow first.
const relativeDay = parser(/(大后|后|明|今)(?:天|日|儿)|(明|今)(早|晚)(?!点)|(明)(?=后天)/, (c, m) => {
  const word = m[1] ?? m[2] ?? m[4]!;
  const date = addDays(todayOf(c), DAY_OFFSET[word] ?? 0);
  const pod: PartOfDay | undefined = m[3] === "早" ? "morning" : m[3] === "晚" ? "evening" : undefined;
  return emit(c, m, pod ? { kind: "date", date, pod } : { kind: "date", date });
});

function inferYear(today: CivilDate, month: number, day: number): CivilDate | null {
  const y = today.y;
  if (!isValidDate(y, month, day)) return null;
  const date = { y, m: month, d: day };
  // 1月5日 said in late December means next January.
  if (compareDates(date, addDays(today, -60)) < 0 && isValidDate(y + 1, month, day)) return { y: y + 1, m: month, d: day };
  return date;
}

/** 2026-11-30, 2026年11月30日, 2026/11/30. */
const isoDate = parser(/(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})[日号]?/, (c, m) => {
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return isValidDate(y, mo, d) ? emit(c, m, { kind: "date", date: { y, m: mo, d } }) : null;
});

/** 11月28日, 十一月二十八号, 12月3号. */
const monthDay = parser(new RegExp(`(${N})月(${N})[日号]?`), (c, m) => {
  const mo = zhNumber(m[1]!);
  const d = zhNumber(m[2]!);
  const date = mo !== null && d !== null ? inferYear(todayOf(c), mo, d) : null;
  return date ? emit(c, m, { kind: "date", date }) : null;
});

/**
 * Units after a number (1.5公里, 3.2km, 300米, 12.5k, 4号线, 5号楼, 2路): a quantity, never a
 * date or a clock time.
 */
// ("maybe 5-10 min late": a range of minutes, not 5 October.)
// ("is 7.5 tonne ok?": a weight, not 5 July.)
const UNIT_AFTER = "小时|个|分|h|mins?\\b|minutes?\\b|hrs?\\b|hours?\\b|元|块|k|天|点|周|年|人|轮|次|岁|号|日|万|w|公里|千米|km|米|m\\b|楼|层|路|站|斤|公斤|kg|倍|%|趟|吨|t\\b|tonnes?\\b|tons?\\b";

/**
 * A part of day just before a dotted number: "lunch time? 12.30?", "下午2.30", "tonight at 7.45". The
 * number is then a clock (11.28 alone, or 11.28下午, stays a date).
 */
const DOT_CLOCK_BEFORE =
  /(?:(中午|午饭|午休|\b(?:lunch\s?(?:time|hour|break)?|noon)\b)|(上午|早上|早晨|下午|晚上|傍晚)|\b(?:(afternoon|pm)|(morning|am)|(evening|tonight|after\s+work))\b)(?:吗|呢|吧)?[\s,?:~]{0,3}(?:(?:at|around|about|maybe|like|say|by|大概|大约|约|就|比如)\s{0,2})?$/;

/** 11.28, 11/28, 12.2 — only when both parts are a plausible month and day. */
const dottedDate = parser(new RegExp(`(?<![\\d.:/-])(\\d{1,2})[./-](\\d{1,2})(?![\\d:.-]|\\s*(?:${UNIT_AFTER}))`), (c, m) => {
  const index = m.index ?? 0;
  // ("What's the working hour? 9-6?": hours of work, not 6 September.)
  if (m[0].includes("-") && /\bhours?\b|工作时间|上班时间/.test(c.text.slice(Math.max(0, index - 24), index))) return null;
  // "can change to lunch time? 12.30?": after a part of day, H.MM is a clock (12:30), read in that part of day.
  const podBefore = m[0][m[1]!.length] === "." && m[2]!.length === 2 ? DOT_CLOCK_BEFORE.exec(c.text.slice(Math.max(0, index - 20), index)) : null;
  if (podBefore && Number(m[1]) <= 23 && Number(m[2]) <= 59) {
    const h = Number(m[1]);
    // Around lunch, 11.30 / 12.15 / 1.30 are 11:30 / 12:15 / 13:30.
    const noon = podBefore[1] !== undefined;
    const pod: PartOfDay = podBefore[2] ? POD_WORDS[podBefore[2]]! : podBefore[4] ? "morning" : podBefore[5] ? "evening" : "afternoon";
    const hour = noon ? (h <= 2 ? h + 12 : h) : toHour24(h, pod);
    // ("下午 11.28": no afternoon clock; the date it was.)
    if (noon ? hour >= 11 && hour <= 14 : podOfHour(hour) === pod) return emit(c, m, { kind: "clock", hour, minute: Number(m[2]), pod: podOfHour(hour), rawHour: h, podExplicit: true });
  }
  // ("9.30 too early": a dotted time judged as too early or late is a clock.)
  if (m[0][m[1]!.length] === "." && m[2]!.length === 2 && Number(m[1]) <= 12 && Number(m[2]) <= 59 && /^\s*(?:is\s+|'s\s+|would\s+be\s+)?(?:a\s+bit\s+|way\s+|bit\s+)?too\s+(?:early|late)\b/.test(c.text.slice(index + m[0].length, index + m[0].length + 24))) {
    const hour = toHour24(Number(m[1]), undefined);
    return emit(c, m, { kind: "clock", hour, minute: Number(m[2]), pod: podOfHour(hour), rawHour: Number(m[1]) });
  }
  const today = todayOf(c);
  const date = monthDayOrDayMonth(today, Number(m[1]), Number(m[2]));
  return date ? emit(c, m, { kind: "date", date }) : null;
});

/** Days from `today` to `date`. */
const daysUntil = (today: CivilDate, date: CivilDate) => Math.round((Date.UTC(date.y, date.m - 1, date.d) - Date.UTC(today.y, today.m - 1, today.d)) / 86_400_000);

/**
 * 11/28 is month/day in China; Singapore, Malaysia, Hong Kong and most of the world write day/month (29/5, 8/6).
 * Day/month is read when month/day cannot be a date (29/5), or when month/day lands more than two months out while
 * day/month falls within the next six weeks (8/6 written on 5 June is 8 June, not 6 August): an interview is
 * arranged days ahead, not months.
 */
export function monthDayOrDayMonth(today: CivilDate, a: number, b: number): CivilDate | null {
  const monthDay = inferYear(today, a, b);
  const dayMonth = a !== b ? inferYear(today, b, a) : null;
  if (!monthDay) return dayMonth;
  if (!dayMonth) return monthDay;
  const md = daysUntil(today, monthDay);
  const dm = daysUntil(today, dayMonth);
  return md > 60 && dm >= 0 && dm <= 45 ? dayMonth : monthDay;
}

/** 这个月30号 / 本月5号 / 下个月3号: a day of this month or the next. */
const monthRelDay = parser(new RegExp(`(这个月|本月|下个月|下月)(${N})[号日]`), (c, m) => {
  const d = zhNumber(m[2]!);
  if (d === null) return null;
  const today = todayOf(c);
  let { y, m: mo } = today;
  if (m[1]!.startsWith("下")) [y, mo] = mo === 12 ? [y + 1, 1] : [y, mo + 1];
  return isValidDate(y, mo, d) ? emit(c, m, { kind: "date", date: { y, m: mo, d } }) : null;
});

/** 28号, 1号, 27日 — a day of the current month, or of the next one once it has passed. */
// 换一日 / 改一天 / 隔一日 / 哪一日 count days, they do not name the 1st; 改25号 / 换二十七号 do name a day.
// (任意一日 / 任何一日 / 哪一日 are any day, not the 1st; 3号库 / 5号口 / 2号床 name places; 8号风球 is a typhoon signal.)
const dayOfMonth = parser(new RegExp(`(?<![\\d月周期拜某每同前后第几整半意何哪])(${N})[号日](?![线楼门栋座库仓口厅床窗柜台车机位]|风球)`), (c, m) => {
  if (/^[一两半]$/.test(m[1]!) && /[换改另隔哪这那]$/.test(c.text.slice(0, m.index ?? 0))) return null;
  // 过两日 / 两日后 count days ("in a couple of days"); the 2nd is 二日 or 2日.
  if (m[1] === "两" && m[0].endsWith("日")) return null;
  const d = zhNumber(m[1]!);
  if (d === null || d < 1 || d > 31) return null;
  const today = todayOf(c);
  let { y, m: mo } = today;
  if (d < today.d) {
    mo += 1;
    if (mo > 12) {
      mo = 1;
      y += 1;
    }
  }
  if (!isValidDate(y, mo, d)) return null;
  return emit(c, m, { kind: "date", date: { y, m: mo, d }, relative: true });
});

/**
 * Chinese New Year's Day (正月初一) by Gregorian year: 年后 / 过完年 / 春节后 count from it, not
 * from 1 January. A table, because the lunar calendar is not arithmetic; extend it as years pass.
 */
const SPRING_FESTIVAL: ReadonlyArray<CivilDate> = [
  { y: 2025, m: 1, d: 29 }, { y: 2026, m: 2, d: 17 }, { y: 2027, m: 2, d: 6 }, { y: 2028, m: 1, d: 26 },
  { y: 2029, m: 2, d: 13 }, { y: 2030, m: 2, d: 3 }, { y: 2031, m: 1, d: 23 }, { y: 2032, m: 2, d: 11 },
];

/**
 * 年后24号 / 过完年5号 / 春节后的10号: the first such day after the coming Spring Festival (or
 * the one just past, while its holiday weeks last).
 */
const afterNewYear = parser(new RegExp(`(?:年后|过完年|过了年|春节后|春节过后|过完春节)(?:的)?(${N})[号日]`), (c, m) => {
  const d = zhNumber(m[1]!);
  if (d === null || d < 1 || d > 31) return null;
  const festival = SPRING_FESTIVAL.find((f) => compareDates(f, addDays(todayOf(c), -20)) >= 0);
  if (!festival) return null;
  let { y, m: mo } = festival;
  if (d <= festival.d) [y, mo] = mo === 12 ? [y + 1, 1] : [y, mo + 1];
  return isValidDate(y, mo, d) ? emit(c, m, { kind: "date", date: { y, m: mo, d } }) : null;
});

/**
 * Days with a fixed Gregorian date that people name as a day (平安夜那天可以吗): the next one from
 * today. Holidays that are periods (元旦, 国庆, 春节) are not here: 国庆后 names a range.
 */
const FIXED_DAYS: Record<string, readonly [number, number]> = {
  平安夜: [12, 24], 圣诞节: [12, 25], 圣诞: [12, 25], 跨年夜: [12, 31], 情人节: [2, 14], 妇女节: [3, 8], 植树节: [3, 12],
  青年节: [5, 4], 儿童节: [6, 1], 教师节: [9, 10], 光棍节: [11, 11], 双十一: [11, 11], 双十二: [12, 12],
};
// ("去过儿童节" celebrates it: an event of that day, named by its date elsewhere.)
const fixedDay = parser(/(?<![过祝])(平安夜|圣诞节|圣诞|跨年夜|情人节|妇女节|植树节|青年节|儿童节|教师节|光棍节|双十一|双十二)(?=那天|当天|的?(?:早上|上午|中午|下午|晚上)|可以|行|好|吗|呢|吧|[,.!?。]|$)/, (c, m) => {
  const [mo, d] = FIXED_DAYS[m[1]!]!;
  const today = todayOf(c);
  const y = mo < today.m || (mo === today.m && d < today.d) ? today.y + 1 : today.y;
  return emit(c, m, { kind: "date", date: { y, m: mo, d } });
});

// --- times ------------------------------------------------------------------------

const POD_WORDS: Record<string, PartOfDay> = {
  上午: "morning", 早上: "morning", 一大早: "morning", 一早: "morning", 大早上: "morning", 早晨: "morning", 清早: "morning", 中午: "afternoon", 下午: "afternoon",
  午后: "afternoon", 傍晚: "evening", 晚上: "evening", 夜里: "evening", 夜晚: "evening",
  // "周日晚八点" / "早8点": a one-character part of day, only right before a clock (晚一点 is "a bit later").
  晚: "evening", 早: "morning",
};
const POD_RE = "上午|一大早|大早上|一早|早上|早晨|清早|中午|下午|午后|傍晚|晚上|夜里|夜晚";

/** Applies the part of day to a 12-hour reading; bare hours follow office habits. */
export function toHour24(hour: number, pod: PartOfDay | undefined, podWord?: string): number {
  if (pod === "afternoon") return podWord === "中午" && hour >= 11 ? hour : hour < 12 ? hour + 12 : hour;
  if (pod === "evening") return hour < 12 ? hour + 12 : hour;
  // (12 said beside a morning is noon, not midnight: "uni in the morning but im free from 12"; nobody is interviewed at 00:00.)
  if (pod === "morning") return hour;
  // Nobody is interviewed at 3 a.m.: bare 1–6 mean the afternoon.
  return hour >= 1 && hour <= 6 ? hour + 12 : hour;
}

export function podOfHour(hour: number): PartOfDay {
  return hour < 12 ? "morning" : hour < 18 ? "afternoon" : "evening";
}

/**
 * 下午3点, 三点半, 两点一刻, 10点30分, 14:00, 晚上7点. "晚一点" (a bit later) is not 1 o'clock, and
 * "两点一定到" / "三点一起" are two o'clock and three o'clock (一定, 一起 are words, not minutes).
 */
const clock = parser(
  new RegExp(`(?:(${POD_RE}|(?<![今明昨当前后每一大稍傍夜天])[晚早](?=\\s*(?:\\d|[六七八九十])))\\s*)?(?:(\\d{1,2}):(\\d{2})|(${N})\\s*(?:点|时(?![间候段]))\\s*(半|一刻|三刻|整|钟|(${N})(?![\\d点时定起直样般共下些])\\s*分?)?)`),
  (c, m) => {
    const podWord = m[1];
    const pod = podWord ? POD_WORDS[podWord] : undefined;
    let hour: number | null;
    let minute = 0;
    if (m[2] !== undefined) {
      hour = Number(m[2]);
      minute = Number(m[3]);
    } else {
      hour = zhNumber(m[4]!);
      const tail = m[5];
      if (tail === "半") minute = 30;
      else if (tail === "一刻") minute = 15;
      else if (tail === "三刻") minute = 45;
      else if (m[6] !== undefined) minute = zhNumber(m[6]) ?? -1;
      // 一点 / 两点 without a part of day or minutes is usually "a little" (晚一点, 早点).
      const index = m.index ?? 0;
      const before = c.text.slice(Math.max(0, index - 2), index);
      if (!podWord && (m[4] === "一" || m[4] === "两") && !tail) {
        const after = c.text.slice(index + m[0].length);
        // "提前一点到" is arriving a bit early, not at one o'clock.
        // "穿正式一点" / "说详细一点": after an adjective it is "a bit more so".
        // (Cantonese 夜少少 / 夜啲, normalized to 夜一点, is "a bit later" too.)
        if (/[晚夜迟早快慢多少差有点再推挪延移式细楚单真意闲净神近远高低长短稳活]$|[晚迟早慢快]了$|往[后前]$|靠[后前]$/.test(before) || (/提[前早]$/.test(before) && !/^\s*(?:钟|整)/.test(after)) || !/^\s*(?:[前后到左以之钟吧行可,?。吗么呢啊呀好怎如开见准面改换]|不(?:行|可以|方便|太?合适)|$)/.test(after)) return null;
      }
      if (/[几第]$/.test(before)) return null;
    }
    // "差一刻十点" is a quarter to ten (09:45).
    if (hour !== null && minute === 0 && /差一刻\s*$/.test(c.text.slice(Math.max(0, (m.index ?? 0) - 4), m.index ?? 0)) && !podWord) {
      hour -= 1;
      minute = 45;
    }
    if (hour === null || hour > 24 || minute < 0 || minute > 59) return null;
    const hour24 = toHour24(hour, pod, podWord);
    if (hour24 > 23) return null;
    const token: Omit<TimeToken, "index" | "end"> = { kind: "clock", hour: hour24, minute, pod: podOfHour(hour24), rawHour: hour };
    if (pod) token.podExplicit = true;
    return emit(c, m, token);
  },
);

// 早上好 / 下午好 are greetings, not a part of day.
// 上下午 / 上午下午 name both halves: no part of day.
// 礼拜一早上: the 一 is the weekday's, so 一早 there is no "early morning".
const podAlone = parser(new RegExp(`(?<!上)(?<![周期拜](?=一早上))(?:${POD_RE})(?!好(?:啊|呀|哦)?(?:[,.!?。~\\s]|$))`), (c, m) => emit(c, m, { kind: "pod", pod: POD_WORDS[m[0]]! }));

/** Keeps the longest token where two overlap (周日 vs 日, 11月28日 vs 28日). */
function keepLongest<R extends { index: number; text: string }>(results: readonly R[]): R[] {
  const sorted = [...results].sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  const kept: R[] = [];
  for (const r of sorted) {
    const last = kept[kept.length - 1];
    if (last && r.index < last.index + last.text.length) {
      if (r.text.length > last.text.length) kept[kept.length - 1] = r;
      continue;
    }
    kept.push(r);
  }
  return kept;
}

const overlapRefiner: chrono.Refiner = { refine: (_c, results) => keepLongest(results) };

const PARSERS: readonly ZhParser[] = [isoDate, monthDay, monthRelDay, afterNewYear, fixedDay, weekday, relativeDay, dottedDate, dayOfMonth, SHIFT_PARSER, clock, ...RELATIVE_PARSERS, podAlone];

/** chrono's engine with our parsers. Exported for the bench and tests. */
export const zhTimeChrono = new chrono.Chrono({ parsers: [...PARSERS], refiners: [overlapRefiner] });

/**
 * The parsers that can match a given text, by bit set (bit i: `PARSERS[i]`). A parser left
 * out is one whose pattern cannot match the text, so it would have produced nothing:
 * the results are those of {@link zhTimeChrono}, minus the cost of running most of the
 * fifteen patterns over every reply for nothing.
 */
const PARSER_FAMILY = new RegexFamily(PARSERS.map((p) => p.regex));

/**
 * What `zhTimeChrono.parse(text, reference)` finds, restricted to the parsers in `mask`,
 * without building chrono results: chrono's own loop (`Chrono.executeParser`: each pattern
 * run on the text after the last accepted match, or one character past a rejected one),
 * its stable sort by index, then our refiner.
 */
function scan(text: string, mask: number, context: ZhContext): Emitted[] {
  const results: Emitted[] = [];
  for (let i = 0; i < PARSERS.length; i++) {
    if (!(mask & (1 << i))) continue;
    const { regex, read } = PARSERS[i]!;
    let remaining = text;
    let match = regex.exec(remaining);
    while (match) {
      const index = match.index + text.length - remaining.length;
      match.index = index;
      const result = read(context, match);
      if (!result) {
        remaining = text.substring(index + 1);
        match = regex.exec(remaining);
        continue;
      }
      results.push(result);
      remaining = text.substring(result.index + result.text.length);
      match = regex.exec(remaining);
    }
  }
  results.sort((a, b) => a.index - b.index);
  return keepLongest(results);
}

/** Cheap pre-check: only texts with a time-ish character reach chrono at all. */
export const ZH_TIME_HINT = /[周星礼拜天日号月点时钟挪往:午晚早推迟延提前同当末初顺后假夜节诞十年\d]/;

/** "3到4点" / "三到五点": a clock range starts at its first hour; rewritten length-preserving to "3点4点". */
const CLOCK_RANGE = new RegExp(`(${N})\\s*(?:到|至|-|~|～)(?=\\s*${N}\\s*点)`, "g");

/** Chinese time tokens of `text` (already normalized), in order. */
export function zhTimeTokens(text: string, reference: chrono.ParsingReference): TimeToken[] {
  if (!ZH_TIME_HINT.test(text)) return [];
  if (/[到至~～-]/.test(text)) text = text.replace(CLOCK_RANGE, (m, a: string) => `${a}点`.padEnd(m.length, " "));
  const mask = PARSER_FAMILY.candidates(text);
  // No parser can match: chrono would find nothing.
  if (mask === 0) return [];
  const ref = chrono.ReferenceWithTimezone.fromInput(reference);
  return scan(text, mask, { text, reference: ref }).map((e) => e.token);
}
