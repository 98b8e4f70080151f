/**
 * Resolve the time a reply proposes, in the business time zone, relative to `now`
 * and (when there is one) the scheduled interview. See LABELS.md "proposed".
 */
import type { ParsingReference } from "chrono-node";
import { addDays, compareDates, formatDate, formatTime, mondayOf, offsetMinutesAt, sameDate, wallClock, type CivilDate, type WallClock } from "./calendar.js";
import { assignRoles, groupTokens, type Candidate, type Role } from "./candidates.js";
import { enTimeTokens } from "./en-parsers.js";
import { toHour24, zhTimeTokens } from "./zh-parsers.js";
import type { TimeToken } from "./tokens.js";
import type { PartOfDay, TimeContext, TimeResolution } from "../types.js";

export interface TimeAnalysis {
  /** The proposal, or null. */
  resolution: TimeResolution | null;
  /** Role of the chosen candidate (null when none was chosen). */
  role: Role | null;
  /** Some candidate names the scheduled slot itself (周三下午见). */
  mentionsScheduled: boolean;
  /** Some candidate was said to be impossible (周三不行). */
  negatedMention: boolean;
  /**
   * Only other parts of the slot's day were said to be taken ("上午我有课，下午两点没问题" for a
   * 14:00 slot): a busy morning leaves the afternoon slot free.
   */
  offSlotNegation: boolean;
  /** The chosen candidate was a range / vague wish (下周都行, 周末). */
  vague: boolean;
  /** A lateness/earliness in minutes said about arriving (晚到十分钟), if any. */
  arrivalShift: number | null;
  /** A shift of the interview itself (推迟一小时), if any. */
  slotShift: number | null;
  /** The chosen candidate is a bare clock time with no day ("3点可以吗"). */
  timeOnly: boolean;
  /** A promise to arrive by the slot's clock or earlier ("我下午两点前到" for a 14:00 slot). */
  arrivesBySlot: boolean;
}

const EMPTY: TimeAnalysis = {
  resolution: null,
  role: null,
  mentionsScheduled: false,
  negatedMention: false,
  offSlotNegation: false,
  vague: false,
  arrivalShift: null,
  arrivesBySlot: false,
  slotShift: null,
  timeOnly: false,
};

function podOf(hour: number): PartOfDay {
  return hour < 12 ? "morning" : hour < 18 ? "afternoon" : "evening";
}

function shifted(base: WallClock, minutes: number): { date: CivilDate; hour: number; minute: number } {
  // Wall-clock arithmetic: "two days later, same clock time" even across a DST change.
  const t = new Date(Date.UTC(base.y, base.m - 1, base.d, base.hour, base.minute) + minutes * 60_000);
  return { date: { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() }, hour: t.getUTCHours(), minute: t.getUTCMinutes() };
}

/** A taken part of day (上午有课, 周三上午有事) that is not the slot's own part of its day. */
function offSlot(c: Candidate, sched: WallClock | null): boolean {
  if (!sched || c.vague || c.shiftMinutes !== undefined) return false;
  const part = c.hour !== undefined ? podOf(c.hour) : c.pod;
  return part !== undefined && part !== podOf(sched.hour) && (!c.date || sameDate(c.date, sched));
}

/** "那天上午": a part of the interview's own day, named through 那天 / 当天. */
const THAT_DAY_BEFORE = /(?:那天|那一天|当天)(?:我)?(?:的)?\s*$/;

function matchesScheduled(c: Candidate, s: WallClock | null, text: string, cands: Candidate[]): boolean {
  if (!s || c.vague || c.shiftMinutes !== undefined || c.sameDay) return false;
  // "3点以后都行" for a 14:30 slot: only hours after the slot are offered.
  if (c.afterHour !== undefined && c.afterHour * 60 > s.hour * 60 + s.minute) return false;
  // "那天上午我都空着的" (the slot is that morning): free when the interview is.
  // Only when no other day was named before: "我12月1号才到，那天下午" points at the 1st.
  if (!c.date && c.hour === undefined) {
    if (!c.pod || c.pod !== podOf(s.hour)) return false;
    // "lunchtime? e.g. 12:15" for a 14:00 slot: the clock that refines the part of day is not the slot's.
    const next = cands[cands.indexOf(c) + 1];
    if (next?.elaboration && next.hour !== undefined && !next.date && (next.hour !== s.hour || (next.minute ?? 0) !== s.minute)) return false;
    if (THAT_DAY_BEFORE.test(text.slice(Math.max(0, c.index - 6), c.index)) && !cands.some((d) => d.end <= c.index && d.date)) return true;
    // "晚上面挺好的" / "好的，晚上七点。…晚上好停车吗" for an evening slot: the slot's own part of
    // day, in a reply that names no other day, is the slot (a change says 改到).
    // ("我周一没有别的安排，上午可以去": naming the slot's own day is no other day.)
    return c.role !== "target" && !cands.some((d) => (d.date && !sameDate(d.date, s)) || d.vague || d.weekOffset);
  }
  if (c.date && !sameDate(c.date, s)) return false;
  // "7点准时到" for a 19:00 slot: a bare hour whose evening twin is the slot's hour is the slot.
  const twin = c.bareHour !== undefined && c.hour !== undefined && c.hour + 12 === s.hour;
  if (c.hour !== undefined && !twin && (c.hour !== s.hour || (c.minute ?? 0) !== s.minute)) return false;
  if (twin && (c.minute ?? 0) !== s.minute) return false;
  if (c.pod && !twin && !podFitsSlot(c.pod, s)) return false;
  if (c.sameTime) return Boolean(c.date && sameDate(c.date, s));
  return true;
}

/**
 * The slot's part of day as people name it: its own, or 下午 for a slot at six ("今天下午的面试我会准时到的" for 18:00;
 * LABELS.md puts 18:00 in the evening, but people still call six o'clock the afternoon).
 */
function podFitsSlot(pod: PartOfDay, s: WallClock): boolean {
  return pod === podOf(s.hour) || (pod === "afternoon" && s.hour === 18);
}

/** A clock that is the slot's own, read either way round when said bare ("instead of 2" for a 14:00 slot). */
function isSlotClock(c: Candidate, s: WallClock): boolean {
  if (c.hour === undefined || (c.minute ?? 0) !== s.minute) return false;
  return c.hour === s.hour || (c.bareHour !== undefined && (c.hour + 12 === s.hour || c.hour - 12 === s.hour));
}

/** "前到" / "之前能到" after a clock, with no refusal (两点前到不了) or question after it. */
const ARRIVE_BY = /^\s*(?:之前|以前|前)(?:我)?(?:一定|肯定|保证|能|会|就|可以)*(?:到|赶到)(?![不了达])(?![^,.!?。]{0,3}(?:吗|么|\?))/;

/** "我下午两点前到" for a 14:00 slot: arriving by the slot's clock on its day (or no day said). */
function arrivesBy(c: Candidate, s: WallClock, text: string): boolean {
  if (c.date && !sameDate(c.date, s)) return false;
  if (!ARRIVE_BY.test(text.slice(c.end))) return false;
  // A bare 两点 for an afternoon slot is 14:00.
  const hour = c.bareHour !== undefined && c.hour! < 12 && s.hour >= 12 ? c.hour! + 12 : c.hour!;
  return hour * 60 + (c.minute ?? 0) <= s.hour * 60 + s.minute;
}

/** Both halves of a day said together as all fine (上午下午都行, 早上下午都可以; 上午或者下午 offers the first). */
const BOTH_HALVES = /^(?:[^,.!?。]*?)(?:(?:早上|上午)(?:和|、)?下午|下午(?:和|、)?(?:早上|上午))(?:都|也都|均)/;

/** A verb that moves the interview later (推迟到, 延后到, 往后推到). */
/** Free, or fine, across the whole range just named (这周都有空, 本周都可以). */
const WHOLE_RANGE_FREE = /^(?:我)?(?:都|全|基本都|随时都)(?:有空|有时间|可以|行|ok|方便|没问题)/;

/** The slot's day named, with only its hours refused or itself agreed (那天可以但那个点不行, 那天白天要上班). */
// ("The date is fine but could the time be 10am?" / "same date, just later": the English for it.)
const THAT_DAY_KEPT = /(?:那天|当天|那一天)(?:我|的)?(?:可以|行|没问题|ok|[^,.!?。]{0,4}(?:白天|那个点|这个点|那个时间点?|那会儿?))|\b(?:the )?(?:date|day) (?:is|'s|works|itself is) (?:fine|ok|okay|good|great|perfect)\b|\bsame date\b|\bkeep (?:the )?(?:same )?(?:date|day)\b/;

/** "下班后" / "收工后大概" / "after work, around": just before a clock, which is then in the evening. */
// (A night shift ends in the morning: "夜班下班后9点" is 09:00.)
const AFTER_WORK_BEFORE = /(?<!夜班|通宵|晚班|夜更)(?:下班|收工|放工)(?:后|之后|以后|过去|过来)?[^,.!?。\d]{0,4}$|\bafter\s+work\b[^.!?\d]{0,8}$/;

/** "is fine but", "works, but": a day agreed to, with a change to come in the same sentence. */
const DAY_AGREED_BUT = /^(?:'s|\s*(?:is|works?))\b[^.!?]{0,16}\bbut\b[^.!?]*$/;

/** "instead of" / "rather than" just before a clock: the clock replaced. */
const INSTEAD_OF_BEFORE = /\b(?:instead of|rather than)\s+(?:at\s+)?$/;

/** "can do", "ok for", "I'm free": just before a day, said to be possible. */
const DAY_POSSIBLE_BEFORE = /\b(?:can (?:do|make|come)|could (?:do|make|come)|ok(?:ay)? (?:for|with)|free|available)\s+(?:on\s+)?$/;

const PUSH_LATER_BEFORE = /(?:推迟|延后|推后|往后推?|往后挪|延期|挪后|推)(?:一下)?(?:到|至|在)?\s*$/;

const ROLE_RANK: Record<Role, number> = { target: 0, proposal: 1, neutral: 2, negated: 3, excluded: 4 };

function specificity(c: Candidate): number {
  if (c.shiftMinutes !== undefined) return 0;
  if ((c.date && !c.vague) || c.hour !== undefined) return 0;
  if (c.pod || c.sameDay || c.sameTime) return 1;
  return 2;
}

/**
 * A day said earlier that a dateless proposal refers back to:
 * - "周三下午不行，上午可以吗": a refused part of a day, then another part — the same day;
 * - "我12月1号才到深圳，那天下午可以面吗": 那天 points at the day just named.
 * A whole refused day (周三不行，下午三点可以吗) says nothing about the new day.
 */
function inheritedDate(chosen: Candidate, cands: Candidate[], text: string, sched: WallClock | null): CivilDate | null {
  if (chosen.vague || chosen.shiftMinutes !== undefined || chosen.sameDay) return null;
  const earlier = cands.filter((c) => c.end <= chosen.index && c.date && !c.vague);
  const last = earlier[earlier.length - 1];
  const thatDay =
    // "还是那天，改到11点" / "那天可以十点吗": the day kept in the clause before.
    /(?:那天|那一天|这天|这一天)(?:[,]?\s*(?:就|那就)?(?:能|可以|能不能|可不可以)?(?:改|换|调|挪|约)?(?:成|到|为|至|在)?)?\s*$/.test(text.slice(Math.max(0, chosen.index - 8), chosen.index)) ||
    // "那天下午走不开，上午十点可以": a refused part of 那天, then another part of the same day.
    // "那天上班到五点，晚上八点行吗": a duty until a time on 那天, then a time after it — the same day.
    // "我visa interview约在那天上午，下午能面吗": the part of 那天 taken by one's own appointment, too.
    (!last && (chosen.pod !== undefined || chosen.hour !== undefined) && cands.some((c) => c.end <= chosen.index && c.role !== "target" && (c.pod || c.hour !== undefined) && /(?:那天|那一天|这天|这一天|当天)[^,.!?。]{0,6}$/.test(text.slice(Math.max(0, c.index - 8), c.index))));
  // "那天白天走不开，晚上7点可以吗": the daytime of the interview's day refused, then its evening.
  const thatDayEvening = !last && (chosen.pod === "evening" || (chosen.hour ?? 0) >= 17) && /(?:那天|当天)[^.!?。]{0,4}白天/.test(text.slice(0, chosen.index));
  // "那天晚上可以吗" with no day named before: that day is the interview's.
  if (!last?.date) return (thatDay || thatDayEvening) && sched ? { y: sched.y, m: sched.m, d: sched.d } : null;
  if (thatDay) return last.date;
  // "下周二应该能空出来，…时间就定在下午": a day put forward, then the part of it fixed.
  if (last.role === "proposal" && chosen.role === "target" && !chosen.date) return last.date;
  // "周三我能去，但只能下午三点以后": the day agreed to, then the only hours on it.
  if (last.role === "neutral" && chosen.role === "proposal" && /(?:但|不过|可是)(?:是)?(?:我)?(?:只能|只有|只可以)(?:在)?\s*$/.test(text.slice(Math.max(0, chosen.index - 10), chosen.index))) return last.date;
  // "周三要考试，考完就是下午四点以后了，五点可以吗": busy on that day until a time, then a later
  // clock — the same day, once the busy spell ends.
  // (A bare 七点 is still 7 here; it becomes 19:00 against the busy time later.)
  const until = cands.find((c) => c.index >= last.end && c.end <= chosen.index && c !== chosen && c.hour !== undefined && !c.date);
  const later = chosen.hour !== undefined && until && (chosen.hour > until.hour! || (chosen.bareHour !== undefined && chosen.bareHour + 12 > until.hour!));
  if (later && /考完|忙完|下班|结束|完了|之后|以后/.test(text.slice(last.end, chosen.index))) return last.date;
  // "还是周一，改10点半": a day alone in the clause before, then the clock for it.
  if (last.hour === undefined && !last.pod && last.role !== "negated" && last.role !== "excluded" && (chosen.pod || chosen.hour !== undefined) && /^\s*[,]\s*(?:就|那就)?(?:改|换|调|挪|约)?(?:成|到|为|至|在)?\s*$/.test(text.slice(last.end, chosen.index))) return last.date;
  if (last.role === "negated" && (last.pod || last.hour !== undefined) && (chosen.pod || chosen.hour !== undefined)) return last.date;
  // "Friday works but can we make it 5 instead of 4" / "Thurs is fine but could we start at 10:30":
  // the day agreed to, then a new clock on it.
  // ("can do thurs but only after lunch, 2pm?": the day said to be possible, then the hours on it.)
  const dayAgreed = DAY_AGREED_BUT.test(text.slice(last.end, chosen.index)) || (DAY_POSSIBLE_BEFORE.test(text.slice(Math.max(0, last.index - 16), last.index)) && /^\s*,?\s*but\b[^.!?]*$/.test(text.slice(last.end, chosen.index)));
  if (last.hour === undefined && !last.pod && last.role !== "negated" && last.role !== "excluded" && chosen.hour !== undefined && dayAgreed) return last.date;
  // "下周二下午三点吧，哦不，三点我有教研会，四点": a clock corrected, the day kept.
  if (last.role === "excluded" && last.hour !== undefined && chosen.hour !== undefined && /不对|等等|哦不|噢不|说错/.test(text.slice(last.end, chosen.index))) return last.date;
  // "周四上午有个客户要送，改下午3点可以吗" / "明天早上有点赶，十点钟好吗": a part of a named day
  // found hard in words the roles do not read as refusal, then another clock in the next clause —
  // the same day.
  const otherPart = last.hour === undefined ? chosen.hour !== undefined || (chosen.pod !== undefined && chosen.pod !== last.pod) : chosen.hour !== undefined && chosen.hour !== last.hour;
  // ("明天早上下班要补觉，能改到下午四点吗": a busy morning, then the afternoon of that day, too.)
  if ((last.role === "neutral" || last.role === "excluded") && (last.pod || last.hour !== undefined) && otherPart && /^[^.!?。]*[,\s][^.!?。]*$/.test(text.slice(last.end, chosen.index))) return last.date;
  // "周三可以，但10点不行，11点半呢": the day agreed to, a clock on it refused, another clock
  // offered — all on that day.
  const between = cands.filter((c) => c.index >= last.end && c.end <= chosen.index);
  if (last.hour === undefined && !last.pod && last.role !== "negated" && last.role !== "excluded" && chosen.hour !== undefined && between.length > 0 && between.every((c) => !c.date && (c.hour !== undefined || c.pod) && c.role === "negated")) return last.date;
  // "明天我白天上班，晚上可以": only the daytime of that day is taken, so an evening offered
  // next is the same day (白天 is no part-of-day token of its own).
  // ("下周二白天请不到假，晚上6点半以后可以吗": the daytime refused in words the roles leave neutral.)
  const between2 = text.slice(last.end, chosen.index);
  if ((last.role === "negated" || last.role === "excluded" || (last.role === "neutral" && /不到|不了|不行|没空|上班|走不开/.test(between2))) && (chosen.pod === "evening" || (chosen.hour ?? 0) >= 17) && /白天|日间/.test(between2)) return last.date;
  // "周三下午改成晚上6点半": the new time replaces part of the slot just named; its day carries.
  // "周三两点改四点行吗" / "明天上午的面试能改到下午吗" / "今天能改到下午吗" too.
  // "周四下午三点那个，能改成四点吗" too.
  if (/^\s*(?:的(?:面试)?|那个|这个)?[,\s]*(?:时间)?(?:能|可以|能不能|可不可以|能否|想)?(?:改|换|调|挪)(?:成|到|为|至)?\s*$/.test(text.slice(last.end, chosen.index)) && (chosen.pod || chosen.hour !== undefined)) return last.date;
  return null;
}

/**
 * Both readers' tokens in text order. Where both read the same words ("12:30"), or one reads more
 * of them ("10:00 tmr", "at 9:30 in the morning" around 9:30), only the fuller reading is kept:
 * the other would compete as a second, poorer candidate.
 */
function merged(zh: TimeToken[], en: TimeToken[]): TimeToken[] {
  const within = (t: TimeToken, o: TimeToken) => o.index <= t.index && t.end <= o.end;
  // ("like 10 or 10.30": a dotted clock read from the English around it beats the Chinese 10月30日.)
  const zhKept = zh.filter((t) => !en.some((o) => within(t, o) && (o.index < t.index || o.end > t.end || (o.dottedClock && t.kind === "date"))));
  const enKept = en.filter((t) => !zhKept.some((o) => within(t, o)));
  return [...zhKept, ...enKept].sort((a, b) => a.index - b.index);
}

/** The wall clocks of a reply's `now` and slot, for callers that have read them already. */
export interface ReplyClocks {
  now: WallClock;
  scheduled: WallClock | null;
}

/**
 * Analyse a reply already passed through {@link normalize}. `clocks`, when given, are `ctx.now`'s and
 * `ctx.scheduledAt`'s wall clocks (understand() needs them too, and reading one costs about as much as a
 * short regex scan of the reply).
 */
export function analyzeTime(text: string, ctx: TimeContext, keepScheduled = false, clocks?: ReplyClocks): TimeAnalysis {
  const nowWall = clocks ? clocks.now : wallClock(ctx.now, ctx.timeZone);
  const reference: ParsingReference = { instant: ctx.now, timezone: offsetMinutesAt(nowWall, ctx.now) };
  const zh = zhTimeTokens(text, reference);
  const en = /[a-z]{3}|\d\s*[ap]m/.test(text) ? enTimeTokens(text, nowWall, reference) : [];
  const tokens = en.length ? merged(zh, en) : zh;
  if (tokens.length === 0) return EMPTY;

  const sched = clocks ? clocks.scheduled : ctx.scheduledAt ? wallClock(ctx.scheduledAt, ctx.timeZone) : null;
  const cands = groupTokens(tokens, text);
  assignRoles(cands, text, nowWall);
  // "boleh, see you Thu" / "周四上午有考试，…" when the slot is the Thursday after the coming one: a
  // bare weekday that is the slot's, not asked for as a new time, points at the slot itself.
  if (sched) {
    for (const c of cands) {
      // ("Wednesday at 10am is ok" for that Wednesday's 10:00 slot: offered with the slot's own clock, it is the slot.)
      const slotClock = c.hour === sched.hour && (c.minute ?? 0) === sched.minute;
      // ("好的收到，周一见～需要带作品集吗" said on a Monday for next Monday's slot: "see you Monday" is the slot's Monday;
      // so is "actually Thursday works out" a week before a Thursday slot.)
      // ("i can make monday work", 可以的 礼拜一我有空: the slot's Monday agreed to.)
      const seeYouThen = () =>
        /^\s*(?:见|works?\b|is (?:fine|good|ok|okay|great|perfect)\b|suits\b)/.test(text.slice(c.end, c.end + 12)) ||
        (/^(?:可以|好|行|嗯|ok)/.test(text) && /^\s*(?:我)?(?:有空|可以|行|没问题)(?![^,.!?。]{0,3}(?:吗|么|\?|不))/.test(text.slice(c.end, c.end + 12)));
      if (c.bareWeekday && c.date && c.role !== "target" && (c.role !== "proposal" || slotClock || seeYouThen()) && sameDate(addDays(c.date, 7), sched) && !c.following) c.date = { y: sched.y, m: sched.m, d: sched.d };
      // "Would the following Thursday at 2.30 suit?" for a Thursday slot: the Thursday a week after it; "the following Monday"
      // for a Tuesday slot: the first Monday after it.
      if (c.following && c.date) while (compareDates(c.date, sched) <= 0) c.date = addDays(c.date, 7);
    }
  }

  let arrivalShift: number | null = null;
  let arrivesBySlot = false;
  let slotShift: number | null = null;
  let mentionsScheduled = false;
  let negatedMention = false;
  let offSlotNegation = false;
  const sameTimeAnywhere = cands.some((c) => c.sameTime);
  const sameDayAnywhere = cands.some((c) => c.sameDay);

  const eligible: Candidate[] = [];
  const keptClocks: Candidate[] = [];
  cands.forEach((c, i) => {
    // 同一天 is the interview's day.
    // "我3月27日回来，当天下午就可以过去": 当天 right after a day named is that day.
    const named = cands[i - 1];
    if (c.sameDay && !c.date && named?.date && !named.vague && /^[^.!?。]{0,10}$/.test(text.slice(named.end, c.index)) && /当天|那天|that day/.test(text.slice(c.index, c.end))) {
      c.date = named.date;
      c.sameDay = false;
    }
    if (c.sameDay && sched && !c.date) c.date = c.dayOffset ? addDays(sched, c.dayOffset) : { y: sched.y, m: sched.m, d: sched.d };
    // 第二天 is a day of its own, not the interview's.
    if (c.sameDay && c.dayOffset) c.sameDay = false;
    if (c.arrival) {
      // "ETA 2:20" on the day of a 14:00 slot: twenty minutes late (an estimate ahead of the slot
      // says nothing about lateness).
      const eta = c.shiftMinutes === undefined && c.hour !== undefined && sched && sameDate(nowWall, sched) && (!c.date || sameDate(c.date, sched)) ? c.hour * 60 + (c.minute ?? 0) - (sched.hour * 60 + sched.minute) : 0;
      // The last arrival said is the one that holds ("本来提前半小时出门的…要晚十分钟才能到").
      arrivalShift = c.shiftMinutes ?? (eta > 0 ? eta : arrivalShift);
      return;
    }
    if (c.shiftMinutes !== undefined) slotShift ??= c.shiftMinutes;
    if (c.role === "negated") {
      // "周三那天上午要送孩子": a day refused only for the part of it named next.
      const next = cands[i + 1];
      const narrowed = c.date && c.hour === undefined && !c.pod && next?.role === "negated" && !next.date && (next.pod || next.hour !== undefined) && /^[^,.!?。]{0,4}$/.test(text.slice(c.end, next.index));
      if (narrowed && next && c.date) next.date = c.date;
      else if (offSlot(c, sched) || (c.vague && c.date && sched && !sameDate(c.date, sched))) offSlotNegation = true;
      // "周四周五都不行，不过周三刚好空着" for a Wednesday slot: other days refused, the slot's day then
      // said to be free — those days are not the slot.
      // (Not after a change asked for: "能改到明天吗？算了明天也不行…后天吧" offers 后天 as the new day.)
      else if (c.date && sched && !sameDate(c.date, sched) && !/改|换|调|挪|推迟|延/.test(text) && cands.some((d, j) => j > i && d.date && sameDate(d.date, sched) && d.role !== "negated" && d.role !== "excluded")) offSlotNegation = true;
      else negatedMention = true;
    }
    if (c.role === "excluded" && sched && c.hour !== undefined && !arrivesBySlot) arrivesBySlot = arrivesBy(c, sched, text);
    if (c.role === "negated" || c.role === "excluded") return;
    // ("I had a small accident yesterday… Kindly reschedule", "My father was hospitalized yesterday": a day of the week just past
    // tells what happened; it is never the time asked for. A date further back is a misreading of one ahead (腊八 read in
    // this year), left to the rules below.)
    if (c.date && compareDates(c.date, nowWall) < 0 && compareDates(c.date, addDays(nowWall, -7)) >= 0) return;
    // 比如7点 refines the candidate before it instead of competing with it.
    const prev = cands[i - 1];
    // (Only within the sentence: "今天公司突然通知…。能否改到大会之后，比如下周一下午三点" offers the Monday.)
    if (c.elaboration && prev && eligible.includes(prev) && !/[.!。]/.test(text.slice(prev.end, c.index))) {
      c.role = prev.role;
      if (!c.date && !c.vague && prev.hour === undefined && c.hour !== undefined && !(prev.date && c.pod && prev.pod && c.pod !== prev.pod && prev.hour !== undefined)) {
        prev.hour = c.pod && prev.pod && c.pod !== prev.pod && c.hour < 12 ? c.hour + 12 : c.hour;
        prev.minute = c.minute ?? 0;
        prev.pod = podOf(prev.hour);
        return;
      }
    }
    // "晚上不太方便，周四白天或者周五上午" for a Thursday-evening slot: the slot's part of day was just
    // refused, so its day offered again is that day at another time, not the slot.
    const slotDayReoffered = negatedMention && c.role === "proposal" && c.date !== undefined && c.hour === undefined && !c.pod;
    if (!keepScheduled && c.role !== "target" && !slotDayReoffered && matchesScheduled(c, sched, text, cands)) {
      mentionsScheduled = true;
      // 改成周五吧，时间还是下午两点: the old clock may still complete a new day.
      if (!c.date && c.hour !== undefined) keptClocks.push(c);
      return;
    }
    // A bare 当天 / 同一天 is the interview's own day ("当天能出结果吗"): a mention, not a new slot.
    // ("同一天晚些时候行吗，比如4点半": refined by the clock after it, it is a new time that day.)
    // "下午3点以后都行" for an earlier slot: open-ended hours are a range (writers leave it null).
    // (With a day named anywhere, the day and the part of day still hold: 周四下午1点以后随时可以.)
    // ("周三我要跑单，能不能下午5点以后": a day named only to be refused offers none.)
    if (c.afterHour !== undefined && !c.date && !cands.some((d) => d.date && d.role !== "negated")) c.vague = true;
    if (c.sameDay && c.hour === undefined && !c.pod && c.role !== "target" && !(cands[i + 1]?.elaboration && cands[i + 1]?.hour !== undefined)) {
      // ("morning slot same day?" for an afternoon slot: the same day at another part of it is a new time, not the slot.)
      const otherPartOfDay = sched !== null && cands.some((d) => d !== c && d.pod !== undefined && d.hour === undefined && !d.date && !podFitsSlot(d.pod, sched));
      if (!otherPartOfDay) mentionsScheduled = true;
      return;
    }
    // "可以呀 我这周都有空" for a slot this week: free all week includes the slot itself.
    if (c.vague && c.weekOffset === 0 && sched && sameDate(mondayOf(sched), mondayOf(nowWall)) && !cands.some((d) => d.role === "negated") && WHOLE_RANGE_FREE.test(text.slice(c.end, c.end + 6))) {
      mentionsScheduled = true;
      return;
    }
    // A bare part of day or 同一时间 floating on its own only fills the chosen candidate.
    if (!c.date && !c.vague && c.hour === undefined && c.shiftMinutes === undefined && !c.pod) return;
    eligible.push(c);
  });
  if (eligible.length === 0) return { ...EMPTY, mentionsScheduled, negatedMention, offSlotNegation, arrivalShift, slotShift, arrivesBySlot };

  const best = [...eligible].sort(
    (a, b) => ROLE_RANK[a.role] - ROLE_RANK[b.role] || specificity(a) - specificity(b) || a.index - b.index,
  )[0]!;
  // "周四白天或者周五上午": of two options offered, the first one (LABELS.md), however vaguer.
  const head = best.orWith !== undefined ? cands[best.orWith] : undefined;
  // ("周六上午十点可以吗，周末我才有空": a loose range given after a day and clock put forward, as when they are free: the clock.)
  const pinned = best.vague ? eligible.find((c) => c !== best && c.index < best.index && c.date && !c.vague && c.hour !== undefined) : undefined;
  const chosen = pinned ?? (head && eligible.includes(head) && head.role === best.role && !head.vague ? head : best);

  let date: CivilDate | null = chosen.date && !chosen.vague ? chosen.date : inheritedDate(chosen, cands, text, sched);
  let hour = chosen.hour;
  // "只能晚上过来，七点以后可以吗": a bare hour takes the part of day said just before it.
  if (chosen.bareHour !== undefined && !chosen.date) {
    const podBefore = [...cands].reverse().find((c) => c.end <= chosen.index && c.pod && c.hour === undefined && !c.date && c.role !== "negated" && c.role !== "excluded");
    if (podBefore?.pod) hour = toHour24(chosen.bareHour, podBefore.pod);
  }
  // "我下班六点，七点以后可以吗": a bare hour after the time a duty ends is later that day (19:00).
  if (chosen.bareHour !== undefined && hour !== undefined && !chosen.date) {
    const busyUntil = [...cands].reverse().find((c) => c.end <= chosen.index && c.role === "excluded" && c.hour !== undefined && !c.date);
    // ("tomorrow I can only until 1pm, could be at 11?": 1pm ends the time free, not a duty; 11 stays in the morning.)
    const freeUntil = busyUntil !== undefined && /\b(?:only|free|available)\s+(?:un)?till?\s*$/.test(text.slice(Math.max(0, busyUntil.index - 16), busyUntil.index));
    if (busyUntil && !freeUntil && hour < busyUntil.hour! && chosen.bareHour + 12 >= busyUntil.hour! && chosen.bareHour + 12 <= 23) hour = chosen.bareHour + 12;
  }
  // "下班后7点半行吗" / "收工後7點半": after work is the evening, so a bare 7 is 19:00.
  if (chosen.bareHour !== undefined && hour !== undefined && !chosen.date && hour < 12 && chosen.bareHour + 12 >= 17 && chosen.bareHour + 12 <= 23 && AFTER_WORK_BEFORE.test(text.slice(Math.max(0, chosen.index - 12), chosen.index))) hour = chosen.bareHour + 12;
  // "8点可以吗" for a 19:00 slot: a bare 7 or 8 o'clock (either half of the day by habit) is read
  // in the slot's evening when the slot is in the evening.
  if (chosen.bareHour !== undefined && hour === chosen.bareHour && (hour === 7 || hour === 8) && sched && sched.hour >= 18) hour = chosen.bareHour + 12;
  // "推迟到八点半" from a 19:00 slot: a push is later than the slot, so a bare hour that would
  // land before it is read in the afternoon or evening (20:30, not 08:30).
  if (chosen.bareHour !== undefined && hour !== undefined && sched && hour <= sched.hour && chosen.bareHour + 12 > sched.hour && chosen.bareHour + 12 <= 23 && PUSH_LATER_BEFORE.test(text.slice(Math.max(0, chosen.index - 8), chosen.index))) {
    hour = chosen.bareHour + 12;
  }
  let minute = chosen.minute ?? 0;
  let pod = chosen.pod ?? null;
  // "下周一到周三下午都行": the part of day said at a range's end covers the whole range.
  if (chosen.vague && chosen.date && !pod) {
    const end = cands.find((c) => c.index >= chosen.end && c.vague && c.date && c.pod && c.hour === undefined && /^\s*(?:到|至|-|~|～)\s*$/.test(text.slice(chosen.end, c.index)));
    if (end?.pod) pod = end.pod;
  }

  if (chosen.shiftMinutes !== undefined) {
    const base = sched ?? nowWall;
    const s = shifted(base, chosen.shiftMinutes);
    date = s.date;
    hour = s.hour;
    minute = s.minute;
  } else {
    // "周五行不行，上下午都可以" / "全天都行": both halves of the day name no part of it.
    // Only next to the chosen day, within its sentence: "周四下午？不行的话下周一全天" keeps the afternoon.
    // "能换成周五下午吗，周四一整天手术" / "下周三下午或者下周四全天": another day's whole day is that day's.
    const nextDay = cands.find((c) => c.index >= chosen.end && c.date);
    // ("那天上午下午都行": the half said first may have been read as the slot, so start from it.)
    const pairedHalf = cands.find((c) => c !== chosen && c.pod && c.hour === undefined && c.end <= chosen.index && /^[和、\s]*$/.test(text.slice(c.end, chosen.index)));
    const nearStart = pairedHalf ? pairedHalf.index : chosen.index;
    const near = text.slice(nearStart, Math.min(chosen.end + 12, nextDay ? nextDay.index : Infinity)).split(/[.!?。;]|的话|如果|要是/)[0]!;
    // ("换到10月3号上午那天我休息一整天都有空": a whole free day said a clause later keeps the part asked for.)
    const wholeDay = /上下午|全天|一整天|整天/.exec(near);
    const allDay = (wholeDay !== null && !(chosen.pod && wholeDay.index > chosen.end - nearStart + 3)) || BOTH_HALVES.test(near);
    if (allDay && hour === undefined) pod = null;
    // "那天上午下午都行" for a slot on that day: any time that day includes the slot itself.
    if (allDay && hour === undefined && sched && date && sameDate(date, sched) && chosen.role !== "target") return { ...EMPTY, mentionsScheduled: true, negatedMention, offSlotNegation, arrivalShift, slotShift, arrivesBySlot };
    // 明天周六可以吗？上午就行: a later part of day completes a day-only proposal.
    if (date && hour === undefined && !pod && !allDay) {
      // "周五改周四行不行？周四上午": the same day said again with its part of day completes it too.
      const later = [...eligible, ...keptClocks].find((c) => c.index > chosen.end && (!c.date || (date !== null && sameDate(c.date, date))) && !c.vague && (c.pod || c.hour !== undefined));
      // "周六可以吗？上午下午都行": both halves, said after, leave the day whole.
      if (later && !/^上下午/.test(text.slice(later.index, later.index + 3)) && !BOTH_HALVES.test(text.slice(later.index, later.index + 8))) {
        pod = later.pod ?? null;
        if (later.hour !== undefined) {
          hour = later.hour;
          minute = later.minute ?? 0;
        }
      }
    }
    // "能改到下午吗？同一天下午3点": a later clock time in the same part of day (and on the same
    // day, if it names one) sharpens the chosen proposal rather than competing with it.
    if (hour === undefined && pod && !allDay) {
      // "能改到晚上吗，7点半左右": a bare hour after it is read in that part of the day.
      const said = pod;
      const inPod = (c: Candidate) => {
        if (c.hour !== undefined && podOf(c.hour) === said) return c.hour;
        // (A bare 1–6 is never read in the morning: nobody is interviewed at 3 a.m.)
        const h = c.bareHour !== undefined && !(said === "morning" && c.bareHour >= 1 && c.bareHour <= 6) ? toHour24(c.bareHour, said) : undefined;
        return h !== undefined && podOf(h) === said ? h : undefined;
      };
      const sharper = eligible.find((c) => c.index > chosen.end && inPod(c) !== undefined && (!c.date || (date !== null ? sameDate(c.date, date) : Boolean(c.sameDay))));
      if (sharper) {
        hour = inPod(sharper);
        minute = sharper.minute ?? 0;
      }
    }
    if ((chosen.sameTime || sameTimeAnywhere) && hour === undefined && sched) {
      if (chosen.vague && chosen.weekOffset) {
        // 下周同一时间: the interview moved by whole weeks.
        date = addDays(sched, 7 * chosen.weekOffset);
      }
      if (date) {
        hour = sched.hour;
        minute = sched.minute;
      }
    }
    // 推迟到4点 / 同一天4点 / 改成晚上6点半 / 早一点，比如11点: a new clock time on the interview's day.
    // (Cantonese 改夜少少, normalized to 改夜一点: "a bit later".)
    // ("put it back to half 3": moved along its day.)
    const earlierOrLater = /(?:早|晚|夜|提前|推后|往后|往前|靠后|靠前)一?(?:点|些)(?!到)|\b(?:earlier|later)\b|\b(?:put|push|move|bring) it (?:back|forward)\b|\b(?:push(?:ed)?|mov(?:e|ed)|prepone(?:d)?|postpone(?:d)?|shift(?:ed)?|bump(?:ed)?|bring|brought|delay(?:ed)?)(?: (?:it|the interview|the time|our interview|my interview|the slot|this))?(?: back| forward| up)? to\s*(?:around |about )?$/.test(text.slice(0, chosen.index));
    // Said on the interview day itself, "三点以后都可以" is about that day too.
    const onTheDay = sched !== null && sameDate(nowWall, sched);
    // "3点那个能不能改成5点": the slot's own clock named, then a new clock for it — the slot's day.
    const slotClockChanged = chosen.role === "target" && keptClocks.some((c) => c.end <= chosen.index);
    // "那天可以但那个点不行，三点行吗" / "那天我白天都要上班，中午12点半行不行": the slot's day kept, only its
    // hours refused, so a new clock is on that day.
    const thatDayKept = hour !== undefined && !cands.some((c) => c.date) && THAT_DAY_KEPT.test(text.slice(0, chosen.index));
    // "can we make it 4 instead of 2": the slot's own clock replaced, with no day named, moves the slot
    // along its day (thirteen English lines from ten writers against three from two). A clock only
    // refused ("两点不行，三点吧", "2pm no good, how about 10:30?") leaves the day open, as most writers do.
    const slotClockReplaced = hour !== undefined && sched !== null && !cands.some((c) => c.date || c.vague) && cands.some((c) => c !== chosen && c.role === "excluded" && isSlotClock(c, sched) && INSTEAD_OF_BEFORE.test(text.slice(Math.max(0, c.index - 16), c.index)));
    if (!date && !chosen.vague && sched && (sameDayAnywhere || chosen.sameDay || (chosen.role === "target" && chosen.alongDay) || earlierOrLater || slotClockChanged || thatDayKept || slotClockReplaced || (onTheDay && hour !== undefined)) && (hour !== undefined || pod || chosen.sameDay)) {
      date = { y: sched.y, m: sched.m, d: sched.d };
    }
  }
  if (hour !== undefined) pod = podOf(hour);
  const resolution: TimeResolution | null =
    date || hour !== undefined || pod
      ? { date: date ? formatDate(date) : null, time: hour !== undefined ? formatTime(hour, minute) : null, partOfDay: pod }
      : null;
  // "周三上午有课，下午可以" for a Wednesday-afternoon slot: the afternoon inherited its day and
  // turned out to be the slot itself, so it is a mention, not a new time.
  if (resolution && sched && chosen.role !== "target" && chosen.shiftMinutes === undefined && date && sameDate(date, sched) && pod != null && podFitsSlot(pod, sched) && (hour === undefined || (hour === sched.hour && minute === sched.minute))) {
    return { ...EMPTY, mentionsScheduled: true, negatedMention, offSlotNegation, arrivalShift, slotShift, arrivesBySlot };
  }
  return {
    resolution,
    role: chosen.role,
    mentionsScheduled,
    negatedMention,
    offSlotNegation,
    // "下周一到周三都行，上午下午都可以": both halves erase the part of day, the range stays.
    // "下周一到周三下午都行": a part of day over a range of days keeps the part of day (LABELS.md).
    // ("any day next week at 11 am": a clock said of any day of a week is a time, its day left open.)
    vague: (Boolean(chosen.vague) && !date && hour === undefined && !(chosen.date && pod)) || (resolution === null && eligible.some((c) => c.vague)),
    arrivalShift,
    arrivesBySlot,
    slotShift,
    timeOnly: !date && hour !== undefined,
  };
}
