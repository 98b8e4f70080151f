/**
 * Bare hours in English chat: "can we do 5", "push to 4", "not 3, 6 pls", "11 is not possible",
 * "four's bad for me, would six work?", "10.30 would be better", "half 5".
 *
 * A number alone is a clock only when the words around it use it as one: an offer or a move
 * before it (do / make it / push to / like / say / instead of / not), or a verdict after it
 * (ok / works / is not possible / clashes / instead). chrono reads none of these without
 * am/pm or "at". Units after the number ("10 mins", "2 stations", "12th floor") rule it out.
 */
import { podOfHour, toHour24 } from "./zh-parsers.js";
import type { TimeToken } from "./tokens.js";
import { execAll } from "../regex/exec-all.js";

/** A digit or an hour word somewhere: the cheap gate before the number scan. */
export const BARE_HOUR_HINT = /\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/;

// ("one" is left out: "one more question", "any one ok?" use it as a count.)
const HOUR_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

/**
 * "5", "10.30" (a dotted half or quarter, as written in India and Britain), "half 5" (5:30),
 * "10ish", "four". Not part of a longer number, a price, a date (11/28) or a range (30-45).
 */
const NUMBER =
  /(?<![\d:.,/$£€₹#-]|\d\s)\b(half\s+)?(1[0-2]|0?[1-9]|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\.(00|15|30|45))?(?:\s*ish)?\b(?![\d:/%-]|\.\d)/g;

/** A unit, an ordinal or a meridiem after the number: a count or chrono's own clock, not ours. */
const UNIT_AFTER =
  /^\s*(?:with\b|blocks?\b|streets?\b|lifts\b|elevators\b|doors\b|gates\b|entrances\b|buildings\b|towers?\b|[ap]\.?m\b|mins?\b|minutes?|seconds?|secs?\b|hours?|hrs?\b|h\b|days?|weeks?|wks?\b|months?|years?|yrs?\b|people|persons?|pax\b|rounds?|candidates?|stations?|stops?|kms?\b|miles?|floors?|st\b|nd\b|rd\b|th\b|x\b|times?\b|more\b|k\b|lpa\b|lakhs?|members?|interviewers?|of\s+(?:us|them|the)\b|copies|documents?|entrances?|gates?|exits?|doors?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)/;

/** "would 9 the next day work?": an hour on the day after. */
const NEXT_DAY_AFTER = /^\s+(?:the\s+)?(?:next|following)\s+day\b|^\s+the\s+day\s+after\b/;

/** A place numbered: "level 12", "room 3", "gate 5 or 6". */
const PLACE_BEFORE = /\b(?:level|floor|room|unit|suite|block|tower|gate|door|exit|platform|bus|route|line|no\.|number|apt|flat|building|bay|desk|counter|window|lane)\s+(?:\d{1,3}\s+or\s+)?$/;

/** Words before the number that use it as a time offered, asked for, or refused. */
const CLOCK_BEFORE =
  /\b(?:(?:can|could|shall|may)\s+(?:we|i|you)\s+(?:(?:possibly|maybe|perhaps|just|please|pls)\s+)?(?:do|make\s+it|try|go\s+(?:for|with))|(?:i\s+)?(?:can|could)\s+do|make\s+it|(?:push(?:ing)?|bump(?:ing)?|prepon(?:e|ing)|mov(?:e|ing)|shift(?:ing)?|bring(?:ing)?|postpon(?:e|ing)|reschedul(?:e|ing)|chang(?:e|ing))(?:\s+(?:it|this|that|the\s+\w+|today'?s|tomorrow'?s|our|my)(?:\s+(?:interview|one|slot|meeting|call))?)?(?:\s+(?:back|forward|up|ahead|earlier|later))?\s+to|like|say|how\s+about|what\s+about|any\s+chance\s+of|make\s+we\s+do|instead\s+of|rather\s+than|not|ideally|preferably|around|maybe|perhaps|possibly)\s+$/;
/** "10 or 10.30", "3 or 4pm": the second of two clocks, or the first before "or" and a clock. */
const OR_CLOCK_BEFORE = /\d(?:\s*[ap]m)?\s+or\s+$/;
// ("2 or 3 would be ideal": the pair ends in a verdict on both.)
const OR_CLOCK_AFTER = /^\s+or\s+\d{1,2}(?:[.:][0-5]\d)?(?:\s*[ap]\.?m\b|\s*(?:[?,.!]|$)|\s+(?:would|should|will|is|are|works?|suits?)\b)/;
/** "friday 3", "tomorrow 4?": a bare hour right after the day it falls on. */
const DAY_BEFORE = /\b(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?|tomorrow|today)\s+$/;
/** "3ish": an hour said with -ish is always a rough clock. */
const ISH = /ish$/;

/** A verdict on the number as a time: fine, possible, a clash, wanted instead, on the same day ("11 same day?"). */
// ("3 on Wednesday would be ideal": an hour with the day it falls on.)
const CLOCK_AFTER =
  /^\s*on\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b(?!\s+(?:or|and)\b)|^(?:'s|\s*(?:is|would\s+be|will\s+be|should\s+be))\s+(?:ok|okay|fine|good|great|better|best|ideal|possible|perfect|not|too|a\s+no|no\s+good|hard|bad|tough|difficult|tight|impossible|peak|a\s+(?:bit|little)|also|my)\b|^\s*(?:(?:the\s+)?same\s+day\b|instead\b|isn'?t\b|doesn'?t\b|does\s+not\b|won'?t\b|wouldn'?t\b|not\s+(?:ok|okay|possible|good|suitable|convenient|fine)\b|ok\b|okay\b|works?\b|would\s+work\b|possible\b|suits?\b|clash(?:es)?\b|conflicts?\b|sharp\b|can\s*\?)/;
/** "…, 6 pls": a number that opens its clause and is asked for. */
const ASKED_AFTER = /^\s*(?:pls|please|plz|\?)/;
const HAN = /\p{Script=Han}/u;
const CLAUSE_START = /[,.;!?]\s*$/;
/** "before 12 works", "by 11", "in 5": a bound, a deadline or a wait, not a slot. */
const BOUND_BEFORE = /\b(?:before|after|by|until|till|til|from|since|within|in|for|of|on|at|than)\s+$/;
/** "2 please" / "1 ok": a menu choice opening the reply (1 confirm, 2 reschedule, 3 cancel). */
// ("Hi, 1 please. Thank you!": after a greeting, too.)
const MENU_START = /^\s*(?:(?:hi|hello|hey|dear [a-z]+)[,!.\s]+)?[1-3]$/;
const MENU_VERDICT = /^\s*(?:pls|please|plz|ok|okay|fine|works?|is\s+(?:ok|okay|fine|good))\b/;

function hourOf(word: string): number {
  return HOUR_WORDS[word] ?? Number(word);
}

/** Clock tokens for bare hours used as times; `taken` are spans other readers already hold. */
export function bareHourTokens(text: string, taken: ReadonlyArray<TimeToken>): TimeToken[] {
  const out: TimeToken[] = [];
  for (const m of execAll(NUMBER, text)) {
    // "4 o'clock?" (chrono reads it only after "at"): the hour said as a clock.
    const oclock = /^\s*o'?clock\b/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 9));
    const end = m.index + m[0].length + (oclock ? oclock[0].length : 0);
    const after = text.slice(end, end + 24);
    if (UNIT_AFTER.test(after)) continue;
    // ("like 10 or 15 minutes late": the first of two counts of minutes.)
    if (/^\s*(?:or|to|-)\s*\d+\s*(?:mins?|minutes?)\b/.test(after)) continue;
    // (11.30 among Chinese words is a date, 11月30日, as LABELS.md reads it.)
    if (m[3] && HAN.test(text)) continue;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    // ("tomorrow at half 10": "at" before a British half hour places it.)
    // ("late by like 10": how late, not a clock.)
    if (/\b(?:late|early) by (?:like|about|around|roughly)\s+$/.test(before)) continue;
    // ("Tuesday next week, after 1": an hour the day named opens from, the afternoon; without a day it is only a bound. "tmrw,
    // any time after 10" spans the morning and the afternoon, no part of day: two writers.)
    const afterOnDay = /\bafter\s+$/.test(before) && toHour24(hourOf(m[2]!), undefined) >= 12 && taken.some((t) => t.kind === "date");
    // ("Day after tomorrow by 2", "Saturday 7th March by 11", "can we do it by 3 instead of 11:30am?": West African English
    // says the hour of a slot with "by"; right after the day named, or wanted instead, it is the clock.)
    const byOnDay = /\bby\s+$/.test(before) && (taken.some((t) => t.kind === "date" && t.end <= m.index && m.index - t.end <= 4) || /^\s*instead\b/.test(after));
    if (BOUND_BEFORE.test(before) && !CLOCK_BEFORE.test(before) && !afterOnDay && !byOnDay && !(m[1] && /\b(?:at|around|about)\s+$/.test(before))) continue;
    // ("is it Level 12 or 21?": a floor, a room or a gate by its number.)
    if (PLACE_BEFORE.test(before)) continue;
    if (MENU_START.test(text.slice(0, end)) && MENU_VERDICT.test(after)) continue;
    const framed =
      oclock !== null || afterOnDay || byOnDay || NEXT_DAY_AFTER.test(after) || m[1] !== undefined || CLOCK_BEFORE.test(before) || OR_CLOCK_BEFORE.test(before) || DAY_BEFORE.test(before) || ISH.test(m[0]) || CLOCK_AFTER.test(after) || OR_CLOCK_AFTER.test(after) || (ASKED_AFTER.test(after) && CLAUSE_START.test(before));
    if (!framed || taken.some((t) => t.index < end && m.index < t.end)) continue;
    const raw = hourOf(m[2]!);
    // "half 5" is half past five (British); a dotted minute is the minute.
    const minute = m[1] ? 30 : m[3] ? Number(m[3]) : 0;
    const hour = toHour24(raw, undefined);
    out.push({ kind: "clock", index: m.index, end, hour, minute, pod: podOfHour(hour), rawHour: raw, ...(m[3] ? { dottedClock: true } : {}) });
  }
  return out;
}
