/**
 * English (and English inside Chinese) time words through chrono-node's en locale,
 * refined into our tokens. chrono gets the grammar of "next Monday afternoon" and
 * "Nov 30, 2pm" right; we re-derive weekdays (chrono may pick a *past* Friday) and
 * read its casual-reference tags as the part of day.
 */
import * as chrono from "chrono-node";
import { addDays, compareDates, mondayOf, weekdayOf, type CivilDate, type WallClock } from "./calendar.js";
import { monthDayOrDayMonth, podOfHour, toHour24 } from "./zh-parsers.js";
import { BARE_HOUR_HINT, bareHourTokens } from "./en-bare-hours.js";
import { ChronoSubsets } from "./chrono-subsets.js";
import type { TimeToken } from "./tokens.js";
import type { PartOfDay } from "../types.js";
import { execAll } from "../regex/exec-all.js";

/** chrono's English casual engine (what `chrono.en.parse` runs), each text with only the parsers that can match it. */
const EN_CHRONO = new ChronoSubsets(chrono.en.casual);

export const EN_TIME_HINT =
  /\d(?:st|nd|rd|th)\b|\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(today|tomorrow|tonight|morning|afternoon|evening|noon|next|week|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\d\s*(am|pm)\b|\d:\d\d|\b(hours?|hrs?|mins?|minutes?|days?|tmrw?|tmw|lunch|half)\b|\d(?:hrs?|mins?|h)\b|\b(?:at|until|till)\s+\d|same tim|same day/;

const SHIFT_RE = /\b(\d+(?:\.\d+)?|an?|one|two|three|half(?: an?)?|a couple of|couple of)\s*(hours?|hrs?|h|minutes?|mins?)\s*(later|earlier|late|early)\b/g;
/** "1 week later", "two days later", "a day earlier": the interview moved by whole days, its clock kept. */
const DAY_SHIFT_RE = /\b(\d{1,2}|an?|one|two|three|four)\s*(days?|weeks?|wks?)\s*(later|earlier)\b/g;
/** "push it back by an hour", "push it back an hour", "move it forward by 30 minutes", "delay by two hours", "postpone by a week", "Postpone for one week". */
// ("move it 30 mins earlier": a later/earlier after the amount is SHIFT_RE's, and it gives the direction.)
// ("could you push back the interview 30 minutes?": the interview named after the direction.)
const SHIFT_BY_RE = /\b(push|move|delay|postpone|bring|prepone|shift|put)(?:e?d|ing)?(?: it| the interview| (?:today'?s|tomorrow'?s|our|my|this|(?:mon|tues|wednes|thurs|fri|satur|sun)day'?s) (?:interview|one|slot|meeting))?\s*(back|forward|up|out|on|earlier|later)?(?: the (?:interview|meeting))?\s*(?:by\s*|for\s*)?(\d+(?:\.\d+)?|an?|one|two|three|four|half(?: an?)?|a couple of|couple of)\s*(hours?|hrs?|h|minutes?|mins?|days?|weeks?|wks?)\b(?!\s*(?:later|earlier|late|early)\b)/g;
/** "have it", "do the same time", "move the interview": what a day shift applies to, in its clause. */
const SHIFT_CONTEXT = /\b(?:it|interview|meeting|same time|do|have|move|push|reschedule|shift|meet|come|maybe|perhaps|about|would)\b[^.!?,;]*$/;
// ("push it back a couple of days": two.)
const SHIFT_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, half: 0.5, "half a": 0.5, "half an": 0.5, "a couple of": 2, "couple of": 2 };

/** "can we do", "could we start", "make it": what comes next is the slot itself, not an arrival. */
const SLOT_MOVE_BEFORE = /\b(?:(?:can|could|shall)\s+(?:we|you)\s+(?:do|start|begin|have)(?:\s+it)?|make\s+it|start(?:\s+it)?)\s+$/;

/** Minutes in one of a shift's units: "2 days", "a week", "30 mins", "an hour". */
function unitMinutes(unit: string): number {
  return unit.startsWith("w") ? 7 * 1440 : unit.startsWith("d") ? 1440 : unit.startsWith("h") ? 60 : 1;
}

function podFromTags(tags: Set<string>): PartOfDay | undefined {
  if (tags.has("casualReference/morning")) return "morning";
  if (tags.has("casualReference/afternoon") || tags.has("casualReference/noon")) return "afternoon";
  if (tags.has("casualReference/evening") || tags.has("casualReference/night")) return "evening";
  return undefined;
}

/** "until 4", "till 5": a bare hour (not "until 4pm", "until 4:30", "until 14 Dec", "until 3 days later"). */
const UNTIL_HOUR = /\b(?:until|till)\s+(\d{1,2})\b(?![:.]\d|\s*(?:[ap]\.?m\b|o'?clock|st\b|nd\b|rd\b|th\b|\/|-|(?:days?|weeks?|months?|years?|hours?|hrs?|mins?|minutes?|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b))/g;
/** "14 to 18 Dec", "1-5 december": two day numbers and a month. */
const DAY_RANGE = /\b\d{1,2}(?:st|nd|rd|th)?\s*(?:-|–|to|till|until)\s*\d{1,2}(?:st|nd|rd|th)?\s*(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/;
/**
 * am / pm alone, at the start of a clause or after prefer / only / an, and said to be better, preferred
 * or asked for ("pm better for me", "am slot pls", "prefer pm"); "I am", "am ok with it" and "PM me"
 * are no part of day.
 */
const AMPM_ALONE = /(?:^|[,.!?;:]\s*|\b(?:prefer(?:ably)?|rather|only|an?)\s+)([ap]m)\b(?=\s*(?:(?:is|would be|will be|works?|slots?|sessions?)\s+)?(?:better|best|preferred|preferable|pls|please|plz|slots?|sessions?|only)\b|(?<=prefer(?:ably)?\s+[ap]m))/g;
const AMPM_ALONE_ONE = new RegExp(AMPM_ALONE.source);
/** "the day after", "day after", "the next day" (not "the day after tomorrow", read on its own). */
// ("Would the following day at the same time work?")
const DAY_AFTER = /\b(the\s+)?(?:(?:next\s+)?day\s+after\b(?!\s+(?:tomorrow|tmrw?|tmw|next)\b)|(?:next|following)\s+day\b)/;
/** "(on) that day": the interview's day, when a clock goes with it. */
// ("Is 5pm doable on the day?": the interview's day.)
const THAT_DAY = /\b(?:on\s+)?that\s+day\b|\bon\s+the\s+day\b/g;

const POD_OF_DAY_MONTH = /\b(?:morning|afternoon|evening) of (?:the )?(\d{1,2})(?:st|nd|rd|th)? (?:of )?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/** A month name just before a chrono result: "may " in "may 6 in the afternoon". */
// ("Maybe 10 in the morning": maybe is no May.)
const MONTH_BEFORE = /\b(jan|feb|mar|apr|may(?!be)|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s+$/;
/** "6 in the afternoon" / "3rd in the morning": a day number and its part of day. */
const DAY_IN_PART = /^([12]?\d|3[01])(?:st|nd|rd|th)?\s+in\s+the\s+(morning|afternoon|evening|night)$/;
/**
 * "next week Friday", "the week after next, Monday", "this week fri": a weekday of the week named,
 * like 下周五 / 下下周一 / 本周五. chrono reads the week apart from the day (or, for "the week
 * after next monday", as one relative date we skip), so these are read here and chrono only lends
 * its clock. ("the week after next monday": chrono's own words, two weeks on.)
 */
const WEEK_ON_DAY = /\ba week (?:on )?(mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\b|\b(mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6},?\s+(?:of\s+)?the\s+week\s+after\s+next\b|\bnext to next (mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\b/g;
const WEEK_DAY = /\b(?:(next|this|following)\s+week|(?:the\s+)?week\s+after(\s+next)?)\s{0,3},?\s{0,3}(?:on\s+)?(next\s+)?(mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\b/g;
const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
/** "Monday after next": the weekday of the week after next, like 下下周一. */
const DAY_AFTER_NEXT = /\b(mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\s+after\s+next\b/g;
/** "would Friday work?": the day asked about, not the job's. */
const ASKS_DAY_BEFORE = /\b(?:would|will|does|do|could|can|might|should|if|won'?t|doesn'?t|may|make|makes|making|get|that)\s+(?:the\s+)?$/;
/** What a day word can describe about the job itself ("weekend work", "Saturday shifts", "the weekday one"). */
const JOB_AFTER_DAY = /^\s+(?:work(?:ing)?|shifts?|positions?|roles?|jobs?|hours|rota|roster|vacanc(?:y|ies)|cover|staff|crew|dut(?:y|ies)|one)\b/;

/** "after the weekend, Monday morning": a weekday named once the coming weekend is over. */
const AFTER_WEEKEND = /\bafter\s+the\s+weekend\b/;

/** A month and day with no year: this year's, or next year's once it is two months past. */
function inferYear(today: CivilDate, m: number, d: number): CivilDate | undefined {
  const probe = new Date(Date.UTC(today.y, m - 1, d));
  if (probe.getUTCDate() !== d) return undefined;
  const date = { y: today.y, m, d };
  return compareDates(date, addDays(today, -60)) < 0 ? { y: today.y + 1, m, d } : date;
}

/** "the 30th", "on the 1st": chrono's en locale reads an ordinal day only next to a month. */
// ("the 12th floor", "my 2nd round": an ordinal of something else.)
// ("on the 5th floor or 15th?": the second floor of two.)
const ORDINAL_DAY = /(?<!\b(?:floor|fl|level|storey)\s+(?:or|and)\s+(?:the\s+)?)\b(?:the\s+)?([12]?\d|3[01])(?:st|nd|rd|th)\b(?!\s*(?:month\b|floor|fl\b|storey|level|round|time|attempt|interview|year|sem|grade|std|standard|block|tower|gate|exit|lane|street|st\b|cross|main|avenue|ave\b|road|rd\b))/g;

function ordinalDay(today: CivilDate, d: number): CivilDate | undefined {
  let y = today.y;
  let m = today.m;
  if (d < today.d) [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  const probe = new Date(Date.UTC(y, m - 1, d));
  return probe.getUTCDate() === d ? { y, m, d } : undefined;
}

/** A slash date read as {@link monthDayOrDayMonth} reads it, unless a weekday said with it fits only the other reading. */
function slashDate(today: CivilDate, a: number, b: number, weekday: string | undefined): CivilDate | null {
  const read = monthDayOrDayMonth(today, a, b);
  if (!weekday) return read;
  const wd = WEEKDAYS.indexOf(weekday);
  return [read, inferYear(today, a, b), inferYear(today, b, a)].find((c) => c && weekdayOf(c) === wd) ?? read;
}

export function enTimeTokens(text: string, today: WallClock, reference: chrono.ParsingReference): TimeToken[] {
  // (am / pm alone is no hint: "I am" is common, and chrono reads "now" in it as a time.)
  // ("can we do 5" has no other time word: only its bare hours are read, chrono is not run.)
  if (!EN_TIME_HINT.test(text) && !AMPM_ALONE_ONE.test(text)) return BARE_HOUR_HINT.test(text) ? bareHourTokens(text, []) : [];
  const out: TimeToken[] = [];
  for (const m of execAll(SHIFT_RE, text)) {
    const q = m[1]!;
    const amount = /^\d/.test(q) ? Number(q) : (SHIFT_WORDS[q] ?? 1);
    const minutes = Math.round(amount * (m[2]!.startsWith("h") ? 60 : 1));
    const sign = /earl/.test(m[3]!) ? -1 : 1;
    // ("can we do half an hour early?" / "start 30 mins late": the slot asked to move, not an arrival.)
    // ("Half an hour early possible? I have to pick my daughter up after": the start itself asked to move.)
    const slotAsked = SLOT_MOVE_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)) || (/^\s*(?:possible|doable)\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 10)) && !/\b(?:come|arrive|be there|reach|get there)\b[^.!?]{0,12}$/.test(text.slice(Math.max(0, m.index - 30), m.index)));
    // ("OK. I will come 10 minutes earlier.": coming, not moving the start; so is "I maybe come 5 min earlier", and "Can I come 10 min
    // earlier to fill the documents?" asking to arrive a little early; "Can I come an hour earlier?" asks to move the start.)
    const lead = text.slice(Math.max(0, m.index - 24), m.index);
    const comes = /\b(?:i|we)(?:'ll| will| shall| am going to| maybe| might)\s+(?:come|arrive|be there|reach|get there|be here)\s*$/.test(lead) || (sign < 0 && minutes <= 15 && /\b(?:can|could|may) i\s+(?:come|arrive|be there|get there)\s*$/.test(lead));
    out.push({ kind: "shift", index: m.index, end: m.index + m[0].length, shiftMinutes: sign * minutes, arrival: ((/late|early/.test(m[3]!) && !/later|earlier/.test(m[3]!)) || comes) && !slotAsked });
  }
  for (const m of execAll(SHIFT_BY_RE, text)) {
    // ("inbound flight delayed 40 mins": the flight moved, not the interview; the candidate arrives that much later.)
    const rideDelayed = /\b(?:flight|train|bus|plane|ferry|tube|metro|mrt|lrt|coach|connection)\b[^.!?,]{0,20}$/.test(text.slice(Math.max(0, m.index - 32), m.index));
    // ("postpone by a week or two" / "push it back a week or so": a stretch, not one day.)
    if (/^\s*or\s+(?:two|three|\d|so)\b/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) {
      out.push({ kind: "vagueDate", index: m.index, end: m.index + m[0].length });
      continue;
    }
    const q = m[3]!;
    const amount = /^\d/.test(q) ? Number(q) : (SHIFT_WORDS[q] ?? 1);
    const sign = /forward|up|earlier/.test(m[2] ?? "") || m[1] === "bring" || m[1] === "prepone" ? -1 : 1;
    out.push({ kind: "shift", index: m.index, end: m.index + m[0].length, shiftMinutes: sign * Math.round(amount * unitMinutes(m[4]!)), ...(rideDelayed ? { arrival: true } : {}) });
  }
  for (const m of execAll(DAY_SHIFT_RE, text)) {
    // ("I'll know a week later" moves nothing: the interview, or doing it, must be in the clause, or the shift is
    // asked about: "would a week later work? same time".)
    if (!SHIFT_CONTEXT.test(text.slice(Math.max(0, m.index - 40), m.index)) && !/^\s*(?:work|works|would (?:work|be (?:better|ok|okay|fine|perfect|great|ideal|good|best))|ok|okay|possible|doable|fine|be (?:ok|okay|fine|possible)|\?|[,.]?\s*same (?:time|hour|timing))/.test(text.slice(m.index + m[0].length))) continue;
    const q = m[1]!;
    const amount = /^\d/.test(q) ? Number(q) : (SHIFT_WORDS[q] ?? 1);
    out.push({ kind: "shift", index: m.index, end: m.index + m[0].length, shiftMinutes: (m[3] === "earlier" ? -1 : 1) * amount * unitMinutes(m[2]!) });
  }
  // "next week" / "the week after" with no day: a range, like 下周.
  // "the week after next" and "in a fortnight" are two weeks on, like 下下周.
  // ("the week after next, Monday 2pm" names a day of that week: WEEK_BEFORE_DAY below.)
  // ("I'm in Warsaw this week for training. Next week same day same time?": every week said is read.)
  for (const week of execAll(/\b(?:(next|this|following) week|(?:the )?week (after next)|(?:in )?(a fortnight)|the week after(?=\s*,?\s*(?:on\s+)?(?:the\s+)?same (?:day|time|hour)))\b(?!\s{0,3},?\s{0,3}(?:on\s+)?(?:mon|tue|wed|thu|fri|sat|sun))/g, text)) {
    // ("friday next week" names a day: the weekday before it takes the week.)
    if (!/(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\s*$/.test(text.slice(Math.max(0, week.index - 12), week.index))) out.push({ kind: "vagueDate", index: week.index, end: week.index + week[0].length, weekOffset: week[2] || week[3] ? 2 : week[1] === "this" ? 0 : 1 });
  }
  // "early next month" / "the end of next month" / "early December": a stretch of days (chrono reads "next month" as a
  // relative date, skipped above, and a month without a day not at all).
  for (const m of execAll(/\b(?:early|mid|late|(?:the )?(?:start|beginning|end|middle) of|some ?time in|(?:the )?(?:first|second|third|fourth|last|1st|2nd|3rd|4th) week of|(?<=\b(?:do it|have it|move it|push it|postpone it|meet|be|it)\s+)in)[ -]?(?:(?:next|the following|this) month|(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b(?![ .]*\d))\b/g, text)) out.push({ kind: "vagueDate", index: m.index, end: m.index + m[0].length });
  // "Oct 1? same timing": the interview's clock, like 同一时间.
  const same = /same (?:tim(?:e|ing)|hour)/.exec(text);
  if (same) out.push({ kind: "sameTime", index: same.index, end: same.index + same[0].length });
  // "the day after" / "the next day": placed once the days named before it are known (below).
  const dayAfter = DAY_AFTER.exec(text);
  // "the day after tomorrow": chrono reads it as a relative date, which we skip; it is today + 2.
  const dat = /\b(?:the )?day after (?:tomorrow|tmrw?)\b/.exec(text);
  const datToken: TimeToken | undefined = dat ? { kind: "date", index: dat.index, end: dat.index + dat[0].length, date: addDays(today, 2) } : undefined;
  if (datToken) out.push(datToken);
  // "4pm same day?" / "3 pm on the same day?": the interview's day.
  // ("I can come at 9 in the morning, same date.")
  // ("say 10:00 on the same Wednesday?": the interview's own day.)
  const sameDay = /(?:\bon\s+)?(?:\b(?:the|that)\s+)?same (?:day|date|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/.exec(text);
  if (sameDay) out.push({ kind: "sameDay", index: sameDay.index, end: sameDay.index + sameDay[0].length });
  // "can we do it tmw?": chrono reads "tmr" and "tmrw" as tomorrow, not "tmw".
  const tmw = /\btmw\b/.exec(text);
  if (tmw) out.push({ kind: "date", index: tmw.index, end: tmw.index + tmw[0].length, date: addDays(today, 1), relative: true });
  // "can we do lunchtime?": around noon, which LABELS.md counts as the afternoon.
  // ("any time after lunch" is the afternoon too.)
  const lunch = /\blunch\s?(?:time|hour|break)\b|\b(?:at|over|during|after)\s+(?:my\s+|the\s+)?lunch\b/.exec(text);
  if (lunch) out.push({ kind: "pod", index: lunch.index, end: lunch.index + lunch[0].length, pod: "afternoon" });
  // "pm better for me" / "I'd prefer am": am or pm alone names the part of day wanted.
  for (const m of execAll(AMPM_ALONE, text)) {
    const index = m.index + m[0].length - m[1]!.length;
    out.push({ kind: "pod", index, end: index + m[1]!.length, pod: m[1]!.startsWith("a") ? "morning" : "afternoon" });
  }
  // "second half possible?": Indian English for the afternoon (first half: the morning).
  for (const m of execAll(/\b(first|second|1st|2nd)\s+half\b(?!\s+of\b)/g, text)) out.push({ kind: "pod", index: m.index, end: m.index + m[0].length, pod: /^(?:f|1)/.test(m[1]!) ? "morning" : "afternoon" });
  // "I'm free any afternoon next week": a part of any day, like 下周任意一天下午.
  for (const m of execAll(/\bany (morning|afternoon|evening)\b/g, text)) {
    const index = m.index + 4;
    const end = m.index + m[0].length;
    if (!out.some((t) => t.index <= index && t.end >= end)) out.push({ kind: "pod", index, end, pod: m[1] as "morning" | "afternoon" | "evening" });
  }
  // "Is it ok if we do it the day before, same time?": the slot a day earlier, its clock kept (like 往前推一天).
  // (Only asked for: "I land in SZ the day before" says when, it asks nothing.)
  const dayBefore = /\b(?:do(?:ing)?(?: it)?|hav(?:e|ing) it|move it to|make it|how about|what about|prefer)\s+the day before\b(?!\s+(?:yesterday|the|that|my|your|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d))/.exec(text);
  if (dayBefore) {
    const index = dayBefore.index + dayBefore[0].indexOf("the day before");
    out.push({ kind: "shift", index, end: index + "the day before".length, shiftMinutes: -1440 });
  }
  // "Could we do this time next week instead?": the slot a week on, its clock kept, like 下周同一时间.
  const thisTimeNextWeek = /\bthis time next week\b/.exec(text);
  if (thisTimeNextWeek) out.push({ kind: "shift", index: thisTimeNextWeek.index, end: thisTimeNextWeek.index + thisTimeNextWeek[0].length, shiftMinutes: 7 * 1440 });
  // "push it to the afternoon" / "afternoon on the same day?": a part of day asked for, which chrono reads only as "in the afternoon".
  for (const m of execAll(/\b(?:(?:push|move|shift|change|switch|bring|do|have|make)(?: it| this| the interview)?\s+(?:to|into|for|in)\s+the\s+|^)(morning|afternoon|evening)\b(?=\s+(?:on\s+)?(?:the\s+)?same day\b|(?<=\bthe\s+\w+))/g, text)) {
    const index = m.index + m[0].length - m[1]!.length;
    out.push({ kind: "pod", index, end: index + m[1]!.length, pod: m[1] as PartOfDay });
  }
  // ("could i swap to an afternoon time any day next week?": a part of day as a kind of slot.)
  for (const m of execAll(/\ban? (morning|afternoon|evening) (?:time|slot|interview)\b/g, text)) {
    const index = m.index + m[0].indexOf(m[1]!);
    out.push({ kind: "pod", index, end: index + m[1]!.length, pod: m[1] as PartOfDay });
  }
  // "I can only do afternoons": chrono reads no plural part of day.
  for (const m of execAll(/\b(morning|afternoon|evening)s\b/g, text)) out.push({ kind: "pod", index: m.index, end: m.index + m[0].length, pod: m[1] === "evening" ? "evening" : m[1] === "morning" ? "morning" : "afternoon" });
  // "I have class until 4": a bare hour after until/till, which chrono leaves alone (the role rules
  // read it as when a duty ends).
  for (const m of execAll(UNTIL_HOUR, text)) {
    const raw = Number(m[1]);
    if (raw < 1 || raw > 12) continue;
    const index = m.index + m[0].length - m[1]!.length;
    const hour = toHour24(raw, undefined);
    out.push({ kind: "clock", index, end: index + m[1]!.length, hour, minute: 0, pod: podOfHour(hour), rawHour: raw });
  }
  const weekDays: TimeToken[] = [];
  for (const m of execAll(WEEK_DAY, text)) {
    // ("the week after monday" is a week after a day, not a day of a week: no next, no day.)
    if (!m[1] && !m[2] && !m[3]) continue;
    const weeks = m[1] === "this" ? 0 : m[1] ? 1 : 2;
    const wd = WEEKDAYS.indexOf(m[4]!);
    const token: TimeToken = { kind: "date", index: m.index, end: m.index + m[0].length, date: addDays(mondayOf(today), 7 * weeks + ((wd + 6) % 7)) };
    weekDays.push(token);
    out.push(token);
  }
  // British "a week Thursday": the Thursday a week after the coming one; "Monday the week after next" and Indian English
  // "next to next Monday": two weeks on, like 下下周一.
  for (const m of execAll(WEEK_ON_DAY, text)) {
    const wd = (WEEKDAYS.indexOf((m[1] ?? m[2] ?? m[3])!) + 6) % 7;
    let date = addDays(mondayOf(today), wd);
    if (m[1]) date = addDays(compareDates(date, today) <= 0 ? addDays(date, 7) : date, 7);
    else date = addDays(date, 14);
    const token: TimeToken = { kind: "date", index: m.index, end: m.index + m[0].length, date };
    weekDays.push(token);
    out.push(token);
  }
  for (const m of execAll(DAY_AFTER_NEXT, text)) {
    const token: TimeToken = { kind: "date", index: m.index, end: m.index + m[0].length, date: addDays(mondayOf(today), 14 + ((WEEKDAYS.indexOf(m[1]!) + 6) % 7)) };
    weekDays.push(token);
    out.push(token);
  }
  // chrono knows "tue" and "wed" but not "tues" / "weds" ("next tues 10am"): it reads them shortened
  // (a space keeps every index where it was).
  let chronoText = /\b(?:tues|weds)\b/.test(text) ? text.replace(/\b(tue|wed)s\b/g, "$1 ") : text;
  // "would november 27 be ok?": chrono reads "27 be" as a Buddhist-era year; "is" keeps the length and the date.
  if (/\d\s+be\b/.test(chronoText)) chronoText = chronoText.replace(/(?<=\d\s+)be\b/g, "is");
  // ("I won't be able to come in the morning. 3 o'clock same day ok?": chrono reads across the full stop as 3 in the morning;
  // a semicolon, the same length, keeps the sentences apart and every index in place.)
  // ("I cannot come in the morning. Afternoon same day ok?": nor across it into the next part of day.)
  // ("good evening. tomorrow 9:30 is very early for me": nor from a greeting into the next sentence's day.)
  if (/(?:morning|afternoon|evening|night)\.\s+(?:\d|morning|afternoon|evening|tomorrow|today|tonight)/.test(chronoText)) chronoText = chronoText.replace(/\b(morning|afternoon|evening|night)\.(?=\s+(?:\d|morning|afternoon|evening|tomorrow|today|tonight))/g, "$1;");
  // ("i can't do saturday, tmrw morning ok?": chrono reads "saturday, tomorrow morning" as one time; the refused day and the
  // day offered are two.)
  if (/day,\s*(?:tomorrow|today|tonight)\b/.test(chronoText)) chronoText = chronoText.replace(/\b((?:mon|tues|wednes|thurs|fri|satur|sun)day),(?=\s*(?:tomorrow|today|tonight)\b)/g, "$1;");
  for (const r of EN_CHRONO.parse(chronoText, reference)) {
    const tags = r.tags();
    const weekDay = weekDays.find((t) => r.index < t.end && t.index < r.index + r.text.length);
    if (weekDay) {
      // (Only chrono's clock counts here: "next week friday 11am" → 11:00 on that Friday.)
      if (r.start.isCertain("hour")) {
        const hour = r.start.isCertain("meridiem") ? r.start.get("hour")! : toHour24(r.start.get("hour")!, podFromTags(tags));
        [weekDay.hour, weekDay.minute, weekDay.pod] = [hour, r.start.get("minute") ?? 0, podOfHour(hour)];
        weekDay.end = Math.max(weekDay.end, r.index + r.text.length);
      } else if (podFromTags(tags)) weekDay.pod = podFromTags(tags)!;
      continue;
    }
    // ("14/4 in the morning": chrono reads "4 in the morning" after the slash as 04:00; the 4 is the month, the part of day is that date's.)
    const podAfterSlash = /\d\/$/.test(text.slice(Math.max(0, r.index - 3), r.index)) ? /^\d{1,2}\s+in\s+the\s+(morning|afternoon|evening)$/.exec(r.text) : null;
    if (podAfterSlash) {
      out.push({ kind: "pod", index: r.index + r.text.indexOf("in"), end: r.index + r.text.length, pod: podAfterSlash[1] as PartOfDay });
      continue;
    }
    // ("a tummy bug overnight": the night just past, no evening offered.)
    if (/^night$/.test(r.text) && /(?:over|\ball\s)$/.test(text.slice(Math.max(0, r.index - 4), r.index))) continue;
    // ("could we do another evening?": another one asked for, none named.)
    if (/^(?:morning|afternoon|evening)$/.test(r.text) && /\banother\s+$/.test(text.slice(Math.max(0, r.index - 8), r.index))) continue;
    // ("my son's parents evening", "on the morning of the interview", "a clash that afternoon": an event or the slot's own hours, no offer.)
    if (/^(?:evening|night)$/.test(r.text) && /\bparents'?\s+$/.test(text.slice(Math.max(0, r.index - 10), r.index))) continue;
    if (/^(?:the )?(?:morning|afternoon|evening)$/.test(r.text) && /^\s+of (?:the|my|our) interview\b/.test(text.slice(r.index + r.text.length))) continue;
    if (/^(?:morning|afternoon|evening)$/.test(r.text) && /\b(?:clash|conflict|appointment|meeting|busy|booked|tied up)\b[^.!?]{0,12}\bthat\s+$/.test(text.slice(Math.max(0, r.index - 30), r.index))) continue;
    // ("got court that morning", "I have an exam that afternoon": the engagement that fills the slot's part of day.)
    if (/^(?:morning|afternoon|evening)$/.test(r.text) && /\b(?:got|have|had|i'?ve got)\s+(?:a |an |my |the )?[a-z]+(?:\s+[a-z]+)?\s+that\s+$/.test(text.slice(Math.max(0, r.index - 32), r.index))) continue;
    // ("6/5 am ok?": the part of day of the date before it, not five in the morning.)
    const ampmAfterSlash = /\d\/$/.test(text.slice(Math.max(0, r.index - 3), r.index)) ? /^\d{1,2}\s*([ap])\.?m$/.exec(r.text) : null;
    if (ampmAfterSlash) {
      out.push({ kind: "pod", index: r.index, end: r.index + r.text.length, pod: ampmAfterSlash[1] === "a" ? "morning" : "afternoon" });
      continue;
    }
    // ("rostered for a night stop that day": night as a kind of duty, no evening offered.)
    if (/^(?:night|evening|morning)$/.test(r.text) && /^\s+(?:stop|shift|duty|flight|bus|class(?:es)?|school|market|run|rotation|diff|differential|allowance|premium|rate|fill|carers?|care|nurses?|workers?|staff|porters?|roles?|jobs?|positions?|security|guards?|team|managers?|supervisors?|cleaners?|receptionists?|drivers?)\b/.test(text.slice(r.index + r.text.length, r.index + r.text.length + 12))) continue;
    // ("does the job involve weekend work?", "the Saturday position or the weekday one?": a day describing the job's hours or post,
    // no slot offered.)
    if (/^(?:(?:the )?weekends?|weekdays?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)$/.test(r.text) && JOB_AFTER_DAY.test(text.slice(r.index + r.text.length, r.index + r.text.length + 14)) && !ASKS_DAY_BEFORE.test(text.slice(Math.max(0, r.index - 12), r.index)) && (!/^\s+one\b/.test(text.slice(r.index + r.text.length)) || /\b(?:position|role|job|post|opening|vacancy)\b/.test(text))) continue;
    // ("要 work Saturday 吗?": the job's working days asked about.)
    if (/^(?:(?:the )?weekends?|weekdays?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)$/.test(r.text) && /(?:要|需要|得|\bhave to|\bneed to)\s*work(?:ing)?\s+(?:on\s+)?$/.test(text.slice(Math.max(0, r.index - 16), r.index))) continue;
    // ("Any weekday afternoon is good for me": chrono reads "weekday" as a day; it is any of five, its part of day said.)
    if (/^weekdays?\b/.test(r.text)) {
      const pod = podFromTags(tags);
      const at = r.text.search(/morning|afternoon|evening|night/);
      out.push(pod && at > 0 ? { kind: "pod", index: r.index, end: r.index + r.text.length, pod } : { kind: "vagueDate", index: r.index, end: r.index + r.text.length });
      continue;
    }
    // ("Have a blessed weekend!": a wish, no slot.)
    if (/^(?:the )?weekend/.test(r.text) && /\bhave a (?:nice|good|great|blessed|lovely|wonderful|happy) $/.test(text.slice(Math.max(0, r.index - 20), r.index))) continue;
    // "I'm in Melbourne right now": the present moment, no slot.
    if (/^(?:right\s+)?now$/.test(r.text)) continue;
    // "good morning" greets; it names no part of a day.
    if (/^(?:morning|afternoon|evening)$/.test(r.text) && /\bgood\s*$/.test(text.slice(Math.max(0, r.index - 6), r.index))) continue;
    // ("Morning. Tuesday I am on a long day": chrono reads the greeting and the next sentence's day as one; the day is the slot's.)
    if (/^(?:morning|afternoon|evening)\.\s/.test(r.text) && r.index === 0) continue;
    // (British "Morning, got your message" / "Morning Karen," / "Morning 😊": the greeting without its "good".)
    if (/^(?:morning|afternoon|evening)$/.test(r.text) && /^(?:(?:hi|hey|hello|and a good)[,!\s]+)?$/.test(text.slice(0, r.index)) && /^(?:\s*[,!~]|\s*\.\s|\s*$|\s+(?:all|everyone|team|both|there|[a-z]+\s*[,!]))/.test(text.slice(r.index + r.text.length))) continue;
    // "I've already booked the afternoon off work": leave taken to come, no time offered.
    if (/^(?:morning|afternoon|evening)$/.test(r.text) && /^\s+off\b/.test(text.slice(r.index + r.text.length, r.index + r.text.length + 6))) continue;
    // ("the day after tomorrow at 11am": chrono reads it whole as a relative date; its clock goes to the day read here, below.)
    const lendsToDat = datToken !== undefined && r.index < datToken.end && datToken.index < r.index + r.text.length;
    if ((tags.has("result/relativeDate") || tags.has("result/relativeDateAndTime")) && !lendsToDat) {
      // ("any day next week at 11 am": chrono reads the week and the clock as one relative date; the clock is said of any day of it.)
      const at = /\bat\s+\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\b)?$/.exec(r.text);
      if (at && r.start.isCertain("hour") && /\b(?:next|this|following) week\b/.test(r.text)) {
        const hour = r.start.get("hour")!;
        out.push({ kind: "clock", index: r.index + at.index, end: r.index + r.text.length, hour, minute: r.start.get("minute") ?? 0, pod: podOfHour(hour) });
      }
      continue;
    }
    const s = r.start;
    const index = r.index;
    // ("tues" was read as "tue ": its s still belongs to it.)
    const end = r.index + r.text.length + (chronoText !== text && /\b(?:tue|wed)$/.test(r.text) && text[r.index + r.text.length] === "s" ? 1 : 0);
    // "on the weekend": either day, like 周末 (chrono picks the Saturday).
    if (/\bweekends?\b/.test(r.text) && !s.isCertain("hour")) {
      out.push({ kind: "vagueDate", index, end });
      continue;
    }
    // "away 5-9 Dec": a range of days, not one day (LABELS.md: ranges give null).
    if (r.end && s.isCertain("day") && r.end.isCertain("day") && r.end.get("day") !== s.get("day")) {
      out.push({ kind: "vagueDate", index, end });
      continue;
    }
    // "from 14 to 18 Dec", which chrono reads as 14:00 to 18:00 (on a day said after it, if any).
    const misread = r.end && s.isCertain("hour") ? DAY_RANGE.exec(r.text) : null;
    if (misread) {
      out.push({ kind: "vagueDate", index: index + misread.index, end: index + misread.index + misread[0].length });
      continue;
    }
    // (chrono's "tomorrow 3pm" inside it lends only its clock.)
    if (datToken && index < datToken.end && datToken.index < end) {
      if (s.isCertain("hour")) {
        const hour = s.isCertain("meridiem") ? s.get("hour")! : toHour24(s.get("hour")!, podFromTags(tags));
        datToken.hour = hour;
        datToken.minute = s.get("minute") ?? 0;
        datToken.pod = podOfHour(hour);
        datToken.end = Math.max(datToken.end, end);
      } else if (podFromTags(tags)) {
        // ("day after tomorrow evening": chrono's part of day is that day's.)
        datToken.pod = podFromTags(tags)!;
        datToken.end = Math.max(datToken.end, end);
      }
      continue;
    }
    // "may 6 in the afternoon": chrono takes "may" for the verb and reads "6 in the afternoon" as
    // 18:00; after a month name the number is the day, and the part of day is its own.
    const monthDay = MONTH_BEFORE.exec(text.slice(Math.max(0, index - 10), index));
    const dayPod = monthDay ? DAY_IN_PART.exec(r.text) : null;
    if (monthDay && dayPod) {
      const date = inferYear(today, MONTHS.indexOf(monthDay[1]!.slice(0, 3)) + 1, Number(dayPod[1]));
      const pod: PartOfDay = dayPod[2] === "morning" ? "morning" : dayPod[2] === "afternoon" ? "afternoon" : "evening";
      if (date) out.push({ kind: "date", index: index - monthDay[0].length, end, date, pod });
      continue;
    }
    let date: CivilDate | undefined;
    let bareWeekday = false;
    let slashOnly = false;
    // "this afternoon" / "tonight": today's part of day (chrono leaves its day uncertain).
    if (/^(?:this\s+(?:morning|afternoon|evening)|tonight)\b/.test(r.text) && !s.isCertain("day")) {
      // ("my son is sick this morning", said at half past twelve: a part of today already over is when something happened.)
      if (/^this\s+(?:morning|afternoon)$/.test(r.text) && today.hour >= (r.text.endsWith("morning") ? 12 : 18)) continue;
      date = today;
    }
    else if (s.isCertain("day")) {
      // "2/12 2.30pm": chrono reads a slash date month first; day/month is read as the Chinese parser reads it.
      // ("Tue 10/3": the weekday said with it picks the reading, here 10 March.)
      const slash = /^(?:(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(\d{1,2})\/(\d{1,2})(?![\d/])/.exec(r.text);
      date = (slash ? slashDate(today, Number(slash[2]), Number(slash[3]), slash[1]) : null) ?? { y: s.get("year")!, m: s.get("month")!, d: s.get("day")! };
      // ("14/4 in the morning": chrono also reads "4 in the morning" as 04:00; the 4 is the month.)
      if (slash && s.isCertain("hour") && !/\d\s*(?:[:.]\d\d|[ap]\.?m\b|o'?clock)|\bat\s+\d/.test(r.text.slice(slash[0].length))) slashOnly = true;
    }
    else if (s.isCertain("weekday")) {
      const wd = s.get("weekday")!;
      const next = /\bnext\b/.test(r.text);
      bareWeekday = !next && !/\bthis\b/.test(r.text);
      date = addDays(mondayOf(today), (next ? 7 : 0) + ((wd + 6) % 7));
      if (bareWeekday && compareDates(date, today) < 0) date = addDays(date, 7);
    }
    // "the morning of 5 May": chrono keeps the part of day and leaves the day uncertain ("may" the verb).
    const podOfDay = date ? null : POD_OF_DAY_MONTH.exec(r.text);
    if (podOfDay) date = inferYear(today, MONTHS.indexOf(podOfDay[2]!) + 1, Number(podOfDay[1]));
    const tagPod = podFromTags(tags);
    const token: TimeToken = { kind: date ? "date" : "pod", index, end };
    if (date) token.date = date;
    if (bareWeekday) token.bareWeekday = true;
    if (bareWeekday && /\bfollowing\s+$/.test(text.slice(Math.max(0, index - 12), index))) token.following = true;
    // "tuesday next week after 2pm": open-ended after a clock, only the part of day is fixed.
    const openAfter = /\bafter\s+\d/.test(r.text);
    if (s.isCertain("hour") && openAfter) {
      const hour = s.isCertain("meridiem") ? s.get("hour")! : toHour24(s.get("hour")!, tagPod);
      token.pod = podOfHour(hour);
    } else if (s.isCertain("hour") && !slashOnly) {
      const hour = s.isCertain("meridiem") ? s.get("hour")! : toHour24(s.get("hour")!, tagPod);
      token.hour = hour;
      token.minute = s.get("minute") ?? 0;
      token.pod = podOfHour(hour);
      if (!date) token.kind = "clock";
    } else if (tagPod) token.pod = tagPod;
    // "at 4" / "10:00 tmr": an hour with no am/pm is re-read when a part of day joins it, as 4点 is.
    if (token.hour !== undefined && !s.isCertain("meridiem") && !tagPod) token.rawHour = s.get("hour")!;
    if (token.kind === "pod" && !token.pod) continue;
    out.push(token);
  }
  for (const m of execAll(ORDINAL_DAY, text)) {
    const end = m.index + m[0].length;
    if (out.some((t) => t.index < end && m.index < t.end)) continue;
    const date = ordinalDay(today, Number(m[1]));
    if (!date) continue;
    // "Tues the 9th": the weekday said with the day of the month; the day number holds.
    const weekday = out.find((t) => t.bareWeekday && t.hour === undefined && t.end <= m.index && m.index - t.end <= 4 && /^\s*,?\s*$/.test(text.slice(t.end, m.index)));
    if (weekday) {
      weekday.date = date;
      weekday.end = end;
      delete weekday.bareWeekday;
    } else out.push({ kind: "date", index: m.index, end, date });
  }
  // "15h" / "10h30": the European way of writing a clock, on the 24-hour dial ("at 3h" is 15:00, as 3点 is).
  for (const m of execAll(/\b([01]?\d|2[0-3])h([0-5]\d)?\b/g, text)) {
    const end = m.index + m[0].length;
    if (out.some((t) => t.index < end && m.index < t.end)) continue;
    const raw = Number(m[1]);
    if (raw === 0) continue;
    // ("I need 2h to get there", "a 3h drive": a duration, unless said as a time of day.)
    if (/^\s*(?:to|of|drive|away|commute|ride|by|later|earlier|before|after|late|early|more|left|long|each|per)\b/.test(text.slice(end, end + 12))) continue;
    if (raw <= 6 && !m[2] && !/\b(?:at|by|from|is|around)\s*$/.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const hour = raw > 12 ? raw : toHour24(raw, undefined);
    out.push({ kind: "clock", index: m.index, end, hour, minute: m[2] ? Number(m[2]) : 0, pod: podOfHour(hour), ...(raw <= 12 ? { rawHour: raw } : {}) });
  }
  // "can we do 5" / "not 3, 6 pls": bare hours the words around them use as clocks.
  out.push(...bareHourTokens(text, out));
  out.sort((a, b) => a.index - b.index);
  for (let i = 0; i < out.length; i++) {
    const a = out[i]!;
    const b = out[i + 1];
    // "next thu pm" / "tomorrow am": am/pm right after a day is its part of day.
    if (a.kind === "date" && !a.pod && a.hour === undefined) {
      const ampm = /^\s*([ap])\.?m\b\.?/.exec(text.slice(a.end, a.end + 6));
      if (ampm && (!b || b.index >= a.end + ampm[0].length)) {
        a.pod = ampm[1] === "a" ? "morning" : "afternoon";
        a.end += ampm[0].length;
      }
    }
    if (!b) break;
    const gap = text.slice(a.end, b.index);
    // "an evening slot next monday" / "the morning of the 17th" / "11am on the 28th" / "9:30 in the
    // morning on the 3rd": the part of day or clock said before the day it belongs to.
    if ((a.kind === "pod" || a.kind === "clock") && a.pod && b.kind === "date" && !b.pod && b.hour === undefined && /^\s*(?:slot|time|interview|meeting)?\s*(?:free|open|available)?\s*(?:on|of)?\s*(?:the\s*)?$/.test(gap)) {
      b.pod = a.pod;
      if (a.hour !== undefined) [b.hour, b.minute] = [a.hour, a.minute ?? 0];
      b.index = a.index;
      out.splice(i--, 1);
      continue;
    }
    // ("tomorrow at 7 in the evening": chrono reads the bare hour as morning and leaves the part of day after it apart.)
    if ((a.kind === "date" || a.kind === "clock") && a.rawHour !== undefined && a.rawHour >= 1 && a.rawHour <= 12 && a.minute === 0 && b?.kind === "pod" && b.pod && /^\s*in\s+the\s*$/.test(gap)) {
      a.hour = toHour24(a.rawHour, b.pod);
      a.pod = b.pod;
      a.end = b.end;
      delete a.rawHour;
      out.splice(i + 1, 1);
      i--;
      continue;
    }
    // "the 24th in the morning": chrono leaves a bare ordinal day apart from the part of day after it.
    // ("Monday next week, any time in the afternoon?", "on 12 January, any hour in the morning?", "tuesday but in the morning", "Next Wednesday any
    // time after lunch?")
    if (a.kind === "date" && !a.pod && a.hour === undefined && b.kind === "pod" && /^\s*,?\s*(?:(?:(?:any ?(?:time|hour)|sometime|preferably|ideally|but)\s+)?in\s+the|any ?(?:time|hour))\s*$/.test(gap)) {
      a.pod = b.pod!;
      a.end = b.end;
      out.splice(i + 1, 1);
      i--;
    }
  }
  if (dayAfter) {
    const index = dayAfter.index;
    const end = index + dayAfter[0].length;
    // "tmr cannot, day after can?" / "can't make it on Tuesday, the next day?": the day after the
    // day just named (tomorrow + 1 = the day after tomorrow).
    const named = out.findLast((t) => t.end <= index && t.kind === "date" && t.date);
    let token: TimeToken | undefined;
    if (named) {
      token = { kind: "date", index, end, date: addDays(named.date!, 1) };
      // ("tmr cannot, can do the day after at 3pm?": the clock said right after is that day's.)
      const clock = out.find((t) => t.index >= end && t.kind === "clock" && /^\s*,?\s*(?:at\s+)?$/.test(text.slice(end, t.index)));
      if (clock) {
        Object.assign(token, { hour: clock.hour, minute: clock.minute, pod: clock.pod, end: clock.end });
        out.splice(out.indexOf(clock), 1);
      } else {
        // ("the day after at 3pm": chrono swallows the clock into its relative day, which is skipped above.)
        const at = /^\s*,?\s*at\s+(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))?\s*([ap])\.?m\b/.exec(text.slice(end));
        if (at) {
          const hour = (Number(at[1]) % 12) + (at[3] === "p" ? 12 : 0);
          Object.assign(token, { hour, minute: Number(at[2] ?? 0), pod: podOfHour(hour), end: end + at[0].length });
        }
      }
    }
    // "could we do it the day after, same time?": with no day named, the day after the interview,
    // its clock kept. ("I'll reply the next day" moves nothing: the interview, or doing it, is in the clause.)
    // ("I can't that day but the next day at the same time works": the day after the interview's, at its clock.)
    // ("Any chance of the 9:30 slot the following day?", "Can be the following day, at 10?": a clock said beside it.)
    else if (dayAfter[1] && (/after/.test(dayAfter[0]) || SHIFT_CONTEXT.test(text.slice(Math.max(0, index - 40), index)) || /^\s*(?:at\s+)?(?:the\s+)?same (?:time|hour)\b|^\s*,?\s*at\s+\d/.test(text.slice(end)) || /\d(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?\s*(?:slot\s+)?(?:on\s+)?$/.test(text.slice(0, index)))) token = { kind: "shift", index, end, shiftMinutes: 1440 };
    if (token) {
      const at = out.findIndex((t) => t.index > index);
      out.splice(at === -1 ? out.length : at, 0, token);
    }
  }
  // "after the weekend, Monday morning": a weekday before the coming Saturday is the one after it.
  const weekend = AFTER_WEEKEND.exec(text);
  if (weekend) {
    const saturday = addDays(mondayOf(today), 5);
    for (const t of out) if (t.bareWeekday && t.date && t.index > weekend.index && compareDates(t.date, saturday) < 0) t.date = addDays(t.date, 7);
  }
  // "4 that day?" / "until 4 that day": a clock on the interview's day, like "4pm same day" ("Would 6pm be possible on the day?").
  // (A bare "I have a shift that day" refuses the day; it is no time of its own.)
  for (const m of execAll(THAT_DAY, text)) {
    const end = m.index + m[0].length;
    const next = out.find((t) => t.index >= end);
    const prev = out.findLast((t) => t.end <= m.index);
    const afterClock = prev !== undefined && (prev.kind === "clock" || prev.kind === "pod") && /^\s*(?:(?:be |is )?(?:ok|okay|fine|possible|doable|good|available)\s*)?$/.test(text.slice(prev.end, m.index));
    // ("can't do that day, 5pm?" refuses the day before offering a clock: no day for the clock.)
    const beforeClock = next !== undefined && next.kind === "clock" && /^\s*$/.test(text.slice(end, next.index));
    if (afterClock || beforeClock) out.splice(next ? out.indexOf(next) : out.length, 0, { kind: "sameDay", index: m.index, end });
    // ("back on the 20th. Could we do that day, say 2pm?": the day just named, asked for.)
    else if (prev?.kind === "date" && prev.date && /^[.!,]?\s*(?:(?:could|can|shall) we (?:do|make it|meet|have it)(?: it| the interview)?(?: on)?|what about|how about)\s*$/.test(text.slice(prev.end, m.index))) {
      out.splice(next ? out.indexOf(next) : out.length, 0, { kind: "date", index: m.index, end, date: prev.date });
    }
  }
  // ("a doctor's appointment that morning. Any chance we could do that afternoon instead?": a part of the interview's day, or of
  // the day just named: "back on the 28th - could we do that morning instead?".)
  for (const t of [...out]) {
    // ("Would that evening be possible?"; "appt that morning, could we do the afternoon instead?": the other part of that day.)
    const lead = text.slice(Math.max(0, t.index - 16), t.index);
    const otherPart = /\b(?:do|do it|have it|make it|move it to|switch to)\s+(?:in\s+)?the\s+$/.test(lead) && /\bthat (?:morning|afternoon|evening)\b/.test(text.slice(0, t.index));
    if (t.kind !== "pod" || t.date || !(otherPart || /\b(?:do|do it|have it|make it|come in|would|how about|what about)\s+that\s+$/.test(lead))) continue;
    // (Once per place: chrono and the part-of-day rule above may both read the same word.)
    if (out.some((d) => (d.kind === "sameDay" || d.kind === "date") && d.end === t.index)) continue;
    const named = out.findLast((d) => d.end <= t.index && d.kind === "date" && d.date);
    out.splice(out.indexOf(t), 0, named ? { kind: "date", index: t.index - 5, end: t.index, date: named.date! } : { kind: "sameDay", index: t.index - 5, end: t.index });
  }
  dayShiftAtClock(out, text);
  nextWeekSameTime(out, text);
  weekSaidAfter(out, text, today);
  weekdayWithDayNumber(out, text, today);
  dateThenItsWeekday(out, text);
  return out;
}

/**
 * "2 days later at 10am", "the day after at 3pm", "9am the next day": the interview moved by whole days to the clock said
 * with the move, not kept at its own clock.
 */
function dayShiftAtClock(out: TimeToken[], text: string): void {
  for (const t of [...out]) {
    if (t.kind !== "shift" || t.arrival || !t.shiftMinutes || t.shiftMinutes % 1440 !== 0) continue;
    const after = out.find((c) => c.kind === "clock" && c.index >= t.end && /^\s*,?\s*(?:at\s+|around\s+|say\s+)?$/.test(text.slice(t.end, c.index)));
    const before = out.findLast((c) => c.kind === "clock" && c.end <= t.index && /^\s*(?:slot\s+)?(?:on\s+)?$/.test(text.slice(c.end, t.index)));
    const clock = after ?? before;
    // (chrono swallows "at 3pm" or "at 10" after "the day after", and "9:30" before it, into its relative day, which is
    // skipped: read them here. A bare hour is read as people mean it, 1–6 in the afternoon.)
    const swallowed = clock ? null : /^\s*,?\s*at\s+(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))?\s*(?:([ap])\.?m\b)?/.exec(text.slice(t.end));
    // ("Could we do 9am the day after?": a whole hour with am/pm, too.)
    const before12 = clock || swallowed ? null : /(?<![\d:./])(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))?\s*(?:([ap])\.?m\b\.?)?\s*(?:slot\s+)?(?:on\s+)?$/.exec(text.slice(0, t.index));
    const swallowedBefore = before12 && (before12[2] !== undefined || before12[3] !== undefined) ? before12 : null;
    const said = swallowed ?? swallowedBefore;
    // ("Could it be the next day in the morning?": a part of that day, with no clock.)
    const part = clock || said ? undefined : out.find((c) => c.kind === "pod" && c.pod !== undefined && c.index >= t.end && /^\s*,?\s*(?:in\s+)?(?:the\s+)?$/.test(text.slice(t.end, c.index)));
    if (part) {
      out.splice(out.indexOf(t), 1, { kind: "sameDay", index: t.index, end: part.end, dayOffset: t.shiftMinutes / 1440, pod: part.pod! });
      out.splice(out.indexOf(part), 1);
      continue;
    }
    if (!clock && !said) continue;
    const hour = clock ? clock.hour! : said![3] ? (Number(said![1]) % 12) + (said![3] === "p" ? 12 : 0) : toHour24(Number(said![1]), undefined);
    const minute = clock ? (clock.minute ?? 0) : Number(said![2] ?? 0);
    const index = Math.min(t.index, clock?.index ?? (swallowedBefore ? swallowedBefore.index : t.index));
    const end = Math.max(t.end, clock?.end ?? (swallowed ? t.end + swallowed[0].length : t.end));
    const moved: TimeToken = { kind: "sameDay", index, end, dayOffset: t.shiftMinutes / 1440, hour, minute, pod: podOfHour(hour) };
    out.splice(out.indexOf(t), 1, moved);
    if (clock) out.splice(out.indexOf(clock), 1);
  }
}

/** "postpone to next week same day and time": the interview a week on, its clock kept, like 下周同一时间. */
function nextWeekSameTime(out: TimeToken[], text: string): void {
  const week = out.find((t) => t.kind === "vagueDate" && t.weekOffset === 1);
  if (!week) return;
  // The "same …" said first after the week ("same day same time" holds two such tokens).
  const same = out.filter((t) => (t.kind === "sameTime" || t.kind === "sameDay") && t.index >= week.end).sort((a, b) => a.index - b.index)[0];
  if (!same) return;
  if (!/^\s*,?\s*(?:at\s+|on\s+)?(?:the\s+)?$/.test(text.slice(week.end, same.index))) return;
  const whole = /^[a-z ]*?same (?:day(?: and|,)? (?:same )?(?:time|hour)|time|hour|timing)\b/.exec(text.slice(same.index));
  if (!whole) return;
  const end = same.index + whole[0].length;
  // The week and every "same …" inside the phrase become one shift.
  const kept = out.filter((t) => t !== week && !((t.kind === "sameTime" || t.kind === "sameDay") && t.index >= same.index && t.end <= end));
  out.length = 0;
  out.push(...kept, { kind: "shift", index: week.index, end, shiftMinutes: 7 * 1440 });
}

/**
 * "3/12 thu 4pm": a date, then its own weekday with the clock (chrono reads "thu" as this week's Thursday). When the
 * weekday is the date's, the clock and part of day belong to the date.
 */
function dateThenItsWeekday(out: TimeToken[], text: string): void {
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i]!;
    const b = out[i + 1]!;
    if (a.kind !== "date" || !a.date || a.hour !== undefined || a.pod || !b.bareWeekday || !b.date) continue;
    if (!/^\s*[,(]?\s*$/.test(text.slice(a.end, b.index))) continue;
    if (weekdayOf(a.date) !== weekdayOf(b.date)) continue;
    if (b.hour !== undefined) [a.hour, a.minute] = [b.hour, b.minute ?? 0];
    if (b.pod) a.pod = b.pod;
    if (b.rawHour !== undefined) a.rawHour = b.rawHour;
    a.end = b.end;
    out.splice(i + 1, 1);
  }
}

const WEEKDAY_NUMBER = /\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(?:the\s+)?([12]?\d|3[01])(?:st|nd|rd|th)?\b(?!\s*(?::|\.\d|[ap]\.?m\b|o'?clock|ish\b|点|h\b))/g;
/** What tells a small number after a weekday is its date, not a clock ("Tuesday 5 same time?", "tuesday 12 at 4pm"). */
const DATE_SIGNAL_AFTER = /^\s*(?:,\s*)?(?:(?:at\s+)?(?:the\s+)?same\s+(?:time|timing|hour)|at\s+\d|(?:at\s+)?\d{1,2}(?::\d\d)?\s*[ap]\.?m\b|or\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s+\d|,\s*(?:in the\s+)?(?:morning|afternoon|evening)\b|of\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))/;

/**
 * "on tuesday 13 at 4pm", "friday 17 at the same time", "Tuesday 5 same time?": a weekday and its day of the month,
 * as written across Europe and Latin America (chrono takes the number for an hour). Read as a date only when the
 * weekday really falls on that day within the next five weeks, and, for numbers a clock could be (1–12), only with
 * a time said with it (after it, "or" another such day, or "same time" anywhere): "Tue 3" alone stays three o'clock.
 */
function weekdayWithDayNumber(out: TimeToken[], text: string, today: CivilDate): void {
  for (const m of execAll(WEEKDAY_NUMBER, text)) {
    const day = Number(m[2]);
    const end = m.index + m[0].length;
    if (day <= 12 && !DATE_SIGNAL_AFTER.test(text.slice(end, end + 24)) && !/\bsame (?:time|timing|hour)\b/.test(text)) continue;
    const wd = WEEKDAYS.indexOf(m[1]!);
    let date: CivilDate | undefined;
    for (let k = 0; k <= 35 && !date; k++) {
      const d = addDays(today, k);
      if (weekdayOf(d) === wd && d.d === day) date = d;
    }
    if (!date) continue;
    const token = out.find((t) => t.kind === "date" && t.index <= m.index + 3 && t.end > m.index);
    if (!token) continue;
    token.date = date;
    delete token.bareWeekday;
    // The number chrono read as the hour was the day.
    if (token.hour !== undefined && (token.hour === day || token.hour === day + 12 || token.rawHour === day)) {
      delete token.hour;
      delete token.minute;
      delete token.rawHour;
      delete token.pod;
    }
    token.end = Math.max(token.end, end);
    const numberAt = m.index + m[0].lastIndexOf(m[2]!);
    const clock = out.findIndex((t) => t !== token && t.kind === "clock" && t.index === numberAt);
    if (clock !== -1) out.splice(clock, 1);
  }
}

/**
 * "Tuesday 2pm next week": the week said after a day and its clock is that day's week (chrono reads
 * only "tuesday 2pm", as this week's). "Wed or Thu next week": the first of two bare days joined by "or"
 * is in the week said after the second, which chrono read with it ("tue or next week mon" and "Friday
 * morning or Monday morning next week" leave the first day in this week, as writers do).
 */
function weekSaidAfter(out: TimeToken[], text: string, today: CivilDate): void {
  for (let i = out.length - 1; i > 0; i--) {
    const week = out[i]!;
    const day = out[i - 1]!;
    if (!day.bareWeekday || !day.date) continue;
    const gap = text.slice(day.end, week.index);
    const dayInWeek = (monday: CivilDate) => addDays(monday, (weekdayOf(day.date!) + 6) % 7);
    if (week.kind === "vagueDate" && week.weekOffset && /^\s*,?\s*$/.test(gap)) {
      day.date = dayInWeek(addDays(mondayOf(today), 7 * week.weekOffset));
      day.end = week.end;
      delete day.bareWeekday;
      out.splice(i, 1);
    } else if (week.kind === "date" && week.date && !week.bareWeekday && day.pod === undefined && day.hour === undefined && /\bnext week$/.test(text.slice(week.index, week.end)) && /^\s*(?:or|and|\/|,)\s*$/.test(gap)) {
      day.date = dayInWeek(mondayOf(week.date));
      delete day.bareWeekday;
    }
  }
}


