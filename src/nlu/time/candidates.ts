/**
 * From time tokens to the one proposal a reply makes.
 *
 * People mention several times in one reply: the slot they cannot make (周三不行),
 * context (周五晚上才回深圳), exclusions (除了周二上午), the interview itself
 * (周三下午见) and the slot they want. We group adjacent tokens into candidates, give
 * each a role from the words around it, and pick the best: an explicit change target
 * (改到周四) beats a proposal (周四可以吗) beats a bare mention; ties go to the more
 * specific, then the earlier one (LABELS: "two options offered: the first one").
 */
import { LIFE_EVENT } from "../lexicon/conflict.js";
import { matches } from "../regex/prefilter.js";
import type { TimeToken } from "./tokens.js";
import type { PartOfDay } from "../types.js";
import { toHour24 } from "./zh-parsers.js";
import { addDays, mondayOf, sameDate, weekdayOf, type CivilDate } from "./calendar.js";

export type Role = "target" | "proposal" | "neutral" | "negated" | "excluded";

export interface Candidate {
  index: number;
  end: number;
  date?: CivilDate;
  hour?: number;
  minute?: number;
  pod?: PartOfDay;
  /** The clock hour as written, when no part-of-day word came with it (七点 → 7). */
  bareHour?: number;
  sameTime?: boolean;
  sameDay?: boolean;
  /** 第二天上午: the day after the interview's. */
  dayOffset?: number;
  vague?: boolean;
  weekOffset?: number;
  shiftMinutes?: number;
  arrival?: boolean;
  role: Role;
  /** Introduced by 比如 / 例如: refines the previous candidate. */
  elaboration?: boolean;
  /** The clock of an open-ended "3点以后都行", dropped from `hour` (it names no exact time). */
  afterHour?: number;
  /**
   * The target verb moves the interview along its own day (推迟到4点, 提前到上午, push it to
   * 4pm), so a time with no day stays on the interview's day. 改到 / 换到 / 约 name a new
   * slot without fixing its day (LABELS.md: a clock time with no day gives date null).
   */
  alongDay?: boolean;
  /** The day was a bare weekday (周四, "Thu"): its week is not fixed by the words. */
  bareWeekday?: boolean;
  /** "the following Wednesday": a week after the weekday in question. */
  following?: boolean;
  /** Index (in the list) of the candidate this one is an alternative to (周四或周五). */
  orWith?: number;
}

const JOINABLE_GAP = /^[\s的()]*$/;
/** "就周三晚上吧，七点" / "周四下午，三点": a clock time said right after a day or part of day fills it in. */
const CLOCK_AFTER_GAP = /^\s*(?:吧|呢|呀|啊|的话)?\s*,\s*(?:大概|大约|比如|就)?\s*$/;
/** "Next Wednesday any time after 2": the hour the day named opens from. */
const AFTER_GAP = /^\s*(?:instead\s*)?,?\s*(?:(?:any ?time|anything|sometime)\s+)?after\s+$/;
/** "tomorrow at half 3", "Tuesday next week around 11": a clock chrono did not read, placed on the day just named. */
const AT_GAP = /^\s+(?:at|around|about|by)\s+$/;

function absorb(c: Candidate, t: TimeToken): boolean {
  switch (t.kind) {
    case "date":
      if (c.date || c.vague) return false;
      if (c.hour !== undefined || c.pod) return false;
      c.date = t.date!;
      if (t.bareWeekday) c.bareWeekday = true;
      if (t.following) c.following = true;
      if (t.pod) c.pod = t.pod;
      if (t.hour !== undefined) {
        c.hour = t.hour;
        c.minute = t.minute ?? 0;
      }
      return true;
    case "vagueDate":
      if (c.date || c.vague || c.hour !== undefined || c.pod) return false;
      c.vague = true;
      if (t.weekOffset !== undefined) c.weekOffset = t.weekOffset;
      return true;
    case "pod":
      if (c.pod || c.hour !== undefined) return false;
      c.pod = t.pod!;
      return true;
    case "clock":
      if (c.hour !== undefined || c.sameTime) return false;
      c.hour = !t.podExplicit && c.pod && t.rawHour !== undefined ? toHour24(t.rawHour, c.pod) : t.hour!;
      if (!t.podExplicit && !c.pod && t.rawHour !== undefined) c.bareHour = t.rawHour;
      c.minute = t.minute ?? 0;
      c.pod = c.hour < 12 ? "morning" : c.hour < 18 ? "afternoon" : "evening";
      return true;
    case "sameTime":
      if (c.hour !== undefined || c.sameTime) return false;
      c.sameTime = true;
      return true;
    default:
      return false;
  }
}

function fromToken(t: TimeToken): Candidate {
  const c: Candidate = { index: t.index, end: t.end, role: "neutral" };
  if (t.kind === "shift") {
    c.shiftMinutes = t.shiftMinutes!;
    if (t.arrival) c.arrival = true;
  } else if (t.kind === "sameDay") {
    c.sameDay = true;
    if (t.dayOffset) c.dayOffset = t.dayOffset;
    // ("2 days later at 10am": the clock said with the move.)
    if (t.hour !== undefined) absorb(c, { kind: "clock", index: t.index, end: t.end, hour: t.hour, minute: t.minute ?? 0, pod: t.pod! });
    // ("the next day in the morning": a part of the day moved to.)
    else if (t.pod) c.pod = t.pod;
  } else absorb(c, t);
  return c;
}

/** Groups adjacent tokens: 下周二 + 下午 + 两点, 明天 + 同一时间, 11.28 + 14:00. */
export function groupTokens(tokens: TimeToken[], text: string): Candidate[] {
  const out: Candidate[] = [];
  let cur: Candidate | undefined;
  for (const t of tokens) {
    const gap = cur ? text.slice(cur.end, t.index) : "";
    const joinable = JOINABLE_GAP.test(gap) || (t.kind === "clock" && cur !== undefined && (cur.date !== undefined || cur.pod !== undefined) && (CLOCK_AFTER_GAP.test(gap) || (cur.date !== undefined && (AFTER_GAP.test(gap) || (cur.hour === undefined && AT_GAP.test(gap))))));
    // "29号那个礼拜一": the weekday said again for the date just named; the date number holds.
    if (cur?.date && t.kind === "date" && t.date && cur.hour === undefined && cur.shiftMinutes === undefined && /^(?:那个|这个|的|那天|也就是|就是)$/.test(gap.trim()) && /^(?:周|星期|礼拜)/.test(text.slice(t.index, t.end)) && /[号日]$/.test(text.slice(cur.index, cur.end).trim())) {
      cur.end = t.end;
      continue;
    }
    // "3 pm on the same day" / "at 4 that day": the day named after the clock is the interview's.
    if (cur && t.kind === "sameDay" && !t.dayOffset && !cur.date && !cur.vague && !cur.sameDay && cur.shiftMinutes === undefined && (cur.hour !== undefined || cur.pod) && /^\s*$/.test(gap) && /^[a-z]/.test(text.slice(t.index, t.end))) {
      cur.sameDay = true;
      cur.end = t.end;
      continue;
    }
    if (cur && cur.shiftMinutes === undefined && t.kind !== "shift" && t.kind !== "sameDay" && joinable) {
      if (absorb(cur, t)) {
        cur.end = t.end;
        if (cur.hour !== undefined && AFTER_GAP.test(gap)) {
          cur.afterHour = cur.hour;
          delete cur.hour;
          delete cur.minute;
          delete cur.bareHour;
        }
        continue;
      }
      // 明天周六 / 10月9号周五: a second name for the same day ("wed, thu" are two days).
      const sameWeekday = t.relative === true && weekdayOf(cur.date ?? t.date!) === weekdayOf(t.date ?? cur.date!);
      // "2月26号周三" when the 26th is a Thursday: a slip in one of the two; the date number holds.
      const slipWeekday = t.kind === "date" && /^(?:周|星期|礼拜)/.test(text.slice(t.index, t.end)) && /[号日]$|\d$/.test(text.slice(cur.index, cur.end).trim());
      if (t.kind === "date" && cur.date && t.date && (sameDate(cur.date, t.date) || sameWeekday || slipWeekday || gap.trim() === "(") && /^\(?$/.test(gap.trim()) && cur.hour === undefined) {
        cur.end = Math.max(cur.end, t.end);
        // "thursday, thursday morning": the day said again with its part of day completes it.
        if (t.pod && !cur.pod && t.hour === undefined) cur.pod = t.pod;
        // "11/20 2pm": chrono's English reading of the same day may carry the clock.
        if (t.hour !== undefined) {
          cur.hour = t.hour;
          cur.minute = t.minute ?? 0;
          if (t.pod) cur.pod = t.pod;
        }
        continue;
      }
    }
    cur = fromToken(t);
    out.push(cur);
  }
  return out;
}

// Words just before a candidate that make it the new slot asked for ("可以 delay 到 2pm 吗": code-switched, too).
const TARGET_BEFORE =
  /(?:改|换|调|调整|挪|(?<!都|也|已经|别人|他们|公司)约|(?<!都|也|已经|别人|他们|公司)安排|(?<!为啥|为什么|怎么|咋)定|放|推迟|延后|延期|提前|移|改期|推|延)(?:一下)?(?:到|在|成|为|至)\s*$|(?:改|换|(?<![大预节相为啥么咋邀])约|改约)\s*$|\b(?:swap|switch)(?: it)?(?:吗)?\s*(?:到|成|to)\s*$|\b(?:delay|postpone|push|move|change)(?: it)?\s?(?:到|成)\s*$|(?:mov(?:e|ing)|reschedul(?:e|ing)|delay(?:ing)?|push(?:ing)?|bump(?:ing)?|prepon(?:e|ing)|postpon(?:e|ing)|chang(?:e|ing)|shift(?:ing)?|bring(?:ing)?)(?: it| this| that| the (?:interview|discussion|meeting|call|slot))?(?: back| forward| up| ahead)?(?: to)\s*$|(?:(?:can|could|shall) (?:we|you|i)|let'?s|pls|please|kindly|[,.!?]|^)\s*make it\s*$/;
const MOVED_ALREADY_AFTER = /^[^,.!?。吗么?]{0,4}了(?=\s*[,.!?。]|$)/;
// ("Can we push today's to 3?": the day's interview pushed along its day.)
const ALONG_DAY_BEFORE = /\bpush (?:today'?s|tomorrow'?s)(?: [a-z]+)? to\s*$|(?:推迟|延后|延期|推后|提前|提早|往后|往前|推|延)(?:挪|推|移|调)?(?:一下)?(?:到|在|至)?\s*$|\b(?:delay|postpone|push|move)\s?(?:到|至)\s*$|(?:push(?:ing)?|bump(?:ing)?|delay(?:ing)?|prepon(?:e|ing)|postpon(?:e|ing)|mov(?:e|ing)|bring(?:ing)?|shift(?:ing)?)(?: it| this| that| the interview)?(?: back| forward| up| ahead)?(?: to)?\s*$/;
// ("明天才能给你准确答复": when the answer comes, not the slot.)
// ("我8月29号才轮休": the first day off is the earliest the candidate can come.)
// ("健康证还在办，下周才能拿到": when a paper arrives, not the earliest day to come.)
const EARLIEST_AFTER = /^\s*(?:我)?(?:才|只)(?:能|可以|有空|有时间|方便|行|轮休|休息|调休|放假)(?!到|回|返|给(?:你|您)|告诉|答复|回复|确认|结束|下班|下课|忙完|离开|拿|办|领|出)/;
// "can't do Wed", "unable to make Wednesday": English puts the inability first.
// ("i can't go on Tuesday", "I cannot join on Friday": the day refused.)
const NEGATED_BEFORE = /(?:can'?t|cannot|can not|unable to|not able to|won'?t be able to)\s*(?:do|make(?: it)?|come(?: in)?|attend|go|join|be there)?\s*(?:on\s*)?$/;
/** Words about the job's working week ("need to work Saturday?", "the work schedule"). */
const JOB_WEEK = /\b(?:job|work(?:ing)?|role|shifts?|schedule|hours)\b/;
/** "今天 really can't make it 😞 明天或者后天 same time?": the refusal already has its day; the next one is offered. */
const DAY_NAMED_THEN_REFUSED = /(?:今天|今日|明天|后天|today|tomorrow|那天|that day|(?:周|星期|礼拜)[一二三四五六日天])[^,.!?。]{0,20}(?:can'?t|cannot|can not|unable to|not able to|won'?t be able to)\s*(?:do it|make it|come|attend)\s*$/;
// Statements about the calendar ("今天是周一", "下课是4点", "面试是后天") describe, not propose;
// "还是周四吧" does propose.
const COPULA_BEFORE = /(?<![还就要或总])是\s*$/;
// "3点前能结束吗" / "今天能面完吗" / "当天能出结果吗": when the process ends, not a slot.
// "要到晚上六点才下班": the time a duty ends is when the candidate is still busy.
// ("五点以后我才下班 五点半可以吗": the candidate named between.)
const END_BOUND_AFTER = /^\s*(?:之前|以前|前)?[^,.!?。]{0,4}(?:结束|面完|走完|完事|出结果|有结果|知道结果|考完|忙完|弄完|办完|搞完|答辩完)|^\s*走(?=[,.!?。吗\s]|$)|^\s*(?:左右|后|以后|之后)?(?:我)?(?:才|才能)?(?:下班|收工|放学|下课|忙完|走得开|能走)|^\s*才下(?:课|班)?(?![^,.!?。]{0,2}(?:吗|么|\?))/;
// "12月2号回来" / "二十号才回": the day the candidate is back opens their availability; it is
// no slot of its own ("回来后哪天都行" is a range, LABELS.md: null).
const RETURN_AFTER = /^\s*(?:左右)?(?:我)?(?:就|才|要|能|可以|会)?(?:能|可以)?(?:飞|坐车|坐高铁|坐飞机|开车)?(?:回|返)(?:来|去|到|得来|程)?(?![^,.!?。]{0,6}(?:可以|行|方便|有空)(?:吗|么|\?))/;
// "晚上再联系" / "今晚之前给你准信": when the candidate will answer, not a slot.
const REPLY_AFTER = /^\s*(?:之前|以前|前)?(?:我)?(?:再|会|就)?(?:给|回|跟|和)?(?:你|您)?(?:联系|回复|答复|回你|回您|准信|准话|消息|说|讲|确认|细聊|详聊|聊)/;
// "我今晚就可以发到您邮箱": when something is sent over, not a slot.
const SENDS_AFTER = /^\s*(?:之前|以前|前)?(?:我)?(?:就|再|会|可以|能|先)*(?:把[^,.!?。]{1,8})?(?:发|传|交|提交|寄|邮寄)(?:给|到|过去|过来)/;
// A clock named in another zone: "Egypt time", "Turkish time", "for me", "my time", "in Poland", "in the night".
const OWN_ZONE_AFTER =
  /^\s*(?:(?!(?:china|chinese|beijing|shanghai|shenzhen|hk|hong kong|sg|singapore|cst|bj|your|ur|same|the|that|this|what|any|free|lunch|office|working|work|a|one|good|more|less|interview|meeting|slot|start|starting|exact|local|usual|right|best|short|enough|longer|less)\b)[a-z]+ time\b|for me\b(?!\s+(?:is|would|will|works?|please|pls))|my time\b|(?:here )?in (?:the night|poland|brazil|mexico|egypt|turkey|vietnam|indonesia|europe|india|pakistan|dubai|uk|london|the us|nigeria|kenya)\b)/;
// "下午两点前肯定到": a promise to arrive by a time, not a slot asked for.
// "估计要12点多才能到": when the candidate can arrive, not a slot offered.
const ARRIVE_BY_AFTER = /^\s*(?:之前|以前|前)[^,.!?。]{0,4}(?:到|赶到|赶过去|过去|过来|出发|出门)|^\s*(?:多|左右)?\s*才(?:能)?(?:到|赶到)(?![了达])/;
// "白班到六点" / "上班到五点": when a duty ends, not a slot (the proposal follows it).
// "今天早上接到电话的那个": a past event described, not a time offered.
const PAST_EVENT_AFTER = /^[^,.!?。]{0,4}(?:接到|收到|看到|打(?:了|过|的)|聊过|聊的|投的|投了|投过|说的|说过|发的|发了)/;
// "我下班六点" / "孩子放学四点": when a duty ends, not a slot (the proposal is around it).
// "回来要晚上了": back only by then, so busy until then.
const DUTY_ENDS_BEFORE = /(?:下班|放学|下课|收工|忙完|回来|回到家)(?:是|在|要|得|大概|差不多|一般|都|也)?(?:到)?\s*$/;
const BUSY_UNTIL_BEFORE = /(?:班|上课|课|忙|开会|会|加班|工作|干活|值班|考试|考|实验|答辩)(?:要|得|会)?(?:上)?(?:到|至)\s*$/;
// "不耽误下午干活": what the slot leaves free is no time offered.
const EXCLUDED_BEFORE = /(?:除了|除|不是|并非|(?:还|我)?以为(?:是)?|(?:别|不要|不想)(?:安排|约|定|放|改)?(?:在|到)?|不(?:耽误|影响)(?:我)?)\s*$/;
// "周五晚上 下了班过来 大概七点左右": an approximate clock after a day and part of day refines them.
const TACKED_ON_BETWEEN = /^\s*(?:可以|行|方便|好)?(?:吗|么|呢)?\s*[,?\s]\s*$/;
// "改到周五下午就是同样两点": 就是 restates the time more exactly.
const ELABORATION_BEFORE = /(?:比如|例如|譬如|像是|大概|大约|差不多|就是(?:同样的?|一样的?)?|e\.g\.|say|like)\s*$/;
// "周四白天或者周五上午": 白天 / 全天 is no token of its own, so it may sit before the 或者.
const OR_BETWEEN = /^\s*(?:白天|全天|一整天|整天|去|来|过去|过来|面)?\s*[,，、]?\s*(?:或者|或是|或|还是|要不|or|\/)\s*$/;
// What follows within the clause: inability (negated) or availability (proposal).
const NEGATIVE_AFTER =
  // ("mornings are brutal for me", Pidgin "Thursday no go work for me".)
  /^[^,.!?。;]*?(?:=\s*(?:nope|no)\b|\b(?:is|are) (?:brutal|a killer|a nightmare|rough|hard|difficult|tough)\b|\bno go work\b|no can do|\bno be (?:am|good|possible|okay|ok)\b|(?:'s|\bis) out\b|\b(?:isn'?t|is not|not) going to work\b|\bnahi?n?\b|不行(?!的话)|(?:太早|太晚)(?![^,.!?。;]{0,4}(?:吗|么|\?))|(?<!可以)不可以|不方便|不太|不大行|去不了|来不了|赶不|不了|没空|没时间|有事|有点事|有些事|有会|有个会|有安排|(?<![没无])有(?:其他|别的|其它)(?:的)?(?:事|安排)|没法|走不开|回不来|起不来|不舒服|生病|病了|发烧|住院|出差|外地|上班|考试|开会|(?<!腾讯|飞书|钉钉|zoom)会议(?!室|号|链接|id|码|密码)|冲突|撞|不得|怕|搞不定|doesn'?t work|does not work|can'?t|cannot|not available|busy|conflict|not possible|impossible|not ok|not okay|not good|no good|not suitable|not convenient|doesn'?t suit|does not suit|won'?t work|clash|(?:is|'s) (?:a no\b|(?:a bit |a little |too |very |quite )?(?:hard|bad|tight|tough|difficult|early|late)\b(?![^,.!?;]{0,12}\bbut\b)))/;
// "周六不上班" / "那天我轮休": being off duty frees the day; it is no conflict.
const FREE_AFTER = /^[^,.!?。;]*?(?:(?:不|不用|不需要|无需|没|没有)(?:上班|上课|值班|加班|排班|排课|课|安排)|(?<![不没])(?:休息|轮休|调休|休假|放假|倒休)(?![不没]))(?![^,.!?。;]*(?:去不了|来不了|不行|没空))/;
// "要/得/必须 + something else" (not 要是 "if", not attending the interview itself).
// ("周五那天要搬宿舍": the day, then what it holds.)
const DUTY_AFTER = /^\s*(?:那天|那日|当天)?(?:我)?(?:还)?(?:要|得|必须)(?!是|不|准时|按时|提前|早点|去面|来面|面试|过去|过来|到|来|参加|带|准备|穿)/;
const PROPOSAL_AFTER =
  /^[^,.!?。;]*?(?:可以|行|方便|ok|好吗|好不好|都行|就行|有空|能来|能到|合适|吧|呢|面|咋样|怎么样|如何|最好|更好|比较好|优先|空出来|instead|work|would|possible|\?|吗)/;
// Chat without punctuation separates clauses with a space (晚上7点后可以吗 白天上班).
const CLAUSE_END = /[,.!?。;]/;
const NEXT_TIME_WORD = /白天|上午|下午|晚上|早上|中午|今天|明天|后天|(?:周|星期|礼拜)[一二三四五六日天]/;
const NEXT_DAY_WORD = /今天|明天|后天|(?:下下?个?|这个?|本)?(?:周|星期|礼拜)[一二三四五六日天]/;
const RUN_ON = /然后|另外|顺便|还有就是/;
// ("13号上午中不 12号要上工": a space before a day number breaks the clause too.)
const CLAUSE_END_OR_SPACE = /[,.!?。;]|(?<=\p{Script=Han})\s+(?=\p{Script=Han}|\d+[号日])/u;

/** "i work " / "working 9 to ": what comes next is the candidate's working hours. */
const WORKING_HOURS_BEFORE = /\b(?:i|i'm|im|i am) (?:work|working)\s+$|\b(?:i|i'm|im|i am) (?:work|working) \d{1,2}(?:[:.]\d\d)?\s*(?:[ap]m)?\s*(?:-|–|to)\s*$/;

function roleOf(c: Candidate, text: string): Role {
  // Voice input breaks clauses with a space (周四还在老家没回来 下下周一可以吗): nothing before it is this time's.
  // (English words are longer: "reschedule to " needs more room than 改到.)
  const latinBefore = /[a-z]\s*$/.test(text.slice(Math.max(0, c.index - 2), c.index));
  const said = text.slice(Math.max(0, c.index - (latinBefore ? 24 : 12)), c.index);
  const before = said.endsWith(" ") && /\p{Script=Han}\s+$/u.test(said) ? "" : said;
  // (The word lists before a candidate are checked behind their prefilters: most
  // candidates have none of their words before them.)
  if (matches(EXCLUDED_BEFORE, before)) return "excluded";
  // ("i work 9-5", "im working 9 to 5": the candidate's working hours, neither a date nor a clock on offer.)
  if (WORKING_HOURS_BEFORE.test(said) && /^\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]m)?\s*(?:-|–|to)\s*\d{1,2}\b|^\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]m)?\s*$/.test(text.slice(c.index, c.end + 8))) return "excluded";
  // "回来得27号了 那天可以吗": a day named, then asked about as 那天, is offered.
  if (c.date && /^\s*(?:了)?[,\s]*(?:那天|那一天|这天)(?:可以|行|方便|ok)/.test(text.slice(c.end, c.end + 10))) return "proposal";
  // "I have class until 4" / "travelling until the 10th": when a duty or absence ends, not a slot.
  // ("out of town until the 3rd of January", "done with my shift at 8", "on shift (10pm-7am)", "a few questions before next Monday".)
  if (/\b(?:collect|pick up|fetch|drop off)\b(?: (?:my|the) (?:son|daughter|kids?|child|children|boy|girl))?(?:\s+at)?\s*$|\bpick (?:my|the|our) [a-z]+ up\b[^.!?]{0,20}?(?:\bat)?\s*$|\b(?:until|till|til)\s*(?:the\s*|late\s*|early\s*)?$|\b(?:done|finish(?:ed)?|off) (?:with )?(?:my )?(?:shift|work|class|duty)(?: at| by| around)?\s*$|\bshift\s*\(\s*$|\bquestions? before\s*$/.test(before)) return "excluded";
  // ("I need to take my son at school at 16h": a school run, no slot; the words before reach back 24 letters only.)
  if (/\b(?:son|daughter|kids?|child|children|boy|girl) (?:to |at |from )?school(?:\s+at)?\s*$/.test(before)) return "excluded";
  // ("I do the school pick up at 3", "I finish my class at 12": when a duty happens or ends; "I start my shift at 2pm", "I work
  // Mondays in the bakery from 6 to 2".)
  // ("我是学生 只能周末做 可以吗": the days the candidate could work the job, not a slot.)
  if (/只能|只有|只可以/.test(before.slice(-4)) && /^\s*(?:做|干|上班|兼职)/.test(text.slice(c.end, c.end + 3))) return "excluded";
  // ("Wednesday 5.30 I'm still at work": the time named is when the candidate is busy.)
  if (/^\s*,?\s*(?:i'?m|i am) (?:still )?(?:at work|working|on shift|in class|in the office|on duty)\b/.test(text.slice(c.end, c.end + 30))) return "excluded";
  // ("I close at 6", "I knock off at 1 that day": a shop's closing and the end of a shift are duties too.)
  if (/\b(?:i|we) (?:close|open|knock off|clock (?:out|off)|get off)(?: (?:the )?(?:shop|store|office|work|stall|salon|restaurant))?(?:\s+at)?\s*$/.test(before)) return "excluded";
  if (/\b(?:start|finish|end)s?(?: my| the)? (?:shift|class|work|lectures?)(?:\s+(?:at|from))?\s*$|\bwork(?:s|ing)?\b[^.!?,]{0,30}\bfrom\s*$/.test(before)) return "excluded";
  if (/\b(?:pick ?-?up|drop ?-?off|school run)(?:\s+(?:at|from))?\s*$|\b(?:class(?:es)?|lectures?|shift|dentist|doctor'?s?|appointment|exam|finish(?:es|ing)?(?: (?:my|work|class|school|the))*)\s+(?:at|from)\s*$/.test(before)) return "excluded";
  // ("whether Saturday is working day for this role": the job's week, asked about.)
  if (/^\s+is (?:a )?working day\b/.test(text.slice(c.end, c.end + 20))) return "excluded";
  // ("my phone was off since yesterday": a past stretch, no slot; "the staff bus only gets in at 10": a ride's arrival;
  // "Something's come up this morning": when the trouble arose.)
  if (/\bsince\s*$|\b(?:bus|train|flight|ferry|shuttle|tram|coach) (?:only )?gets? in(?: at)?\s*$|\b(?:came|come) up\s*$/.test(before)) return "excluded";
  // "any day next week except Monday": the day named is the one left out, like 除了周一.
  if (/\b(?:except|excluding|apart from|other than|besides)\s+(?:for\s+)?(?:on\s+)?$/.test(before)) return "excluded";
  // "2 instead of 3" / "not 3, 6 pls": the time refused in favour of another.
  // ("What are the working hours and is Saturday off?": a day off asked about, no slot.)
  if (c.date && c.hour === undefined && /\bis\s*$/.test(before) && /^\s*(?:a day )?off\b/.test(text.slice(c.end, c.end + 12))) return "excluded";
  // ("I can attend but not on Tue": the day excepted from the assent is refused.)
  if (/\bbut not\s*$/.test(before)) return "negated";
  if (/\b(?:instead of|rather than|not)\s+(?:at\s+)?$/.test(before)) return "excluded";
  // "returning Wednesday night": when the candidate is back, no slot (like 12月2号回来).
  // ("flight back to Karachi on Monday night", "flying back from Hanoi tmr night": the trip home, too; "will only return on 26 August".)
  if (/\b(?:returning|return|coming back|back|flying back|flight back|landing back)\s+(?:(?:to|from)\s+[a-z]+\s+)?(?:on\s+|by\s+)?$/.test(before)) return "excluded";
  // "我从老家坐车过来 周二晚上到": when a trip arrives, not a slot.
  if (/^\s*(?:就|才)?(?:能)?到(?:[,.!。\s]|$)/.test(text.slice(c.end, c.end + 4)) && /坐车|坐高铁|坐火车|坐动车|坐飞机|坐大巴|过来|回来|赶过来|出发/.test(text.slice(0, c.index))) return "excluded";
  // "上班是周日到周四还是周一到周五？": the working week asked about, no slot.
  if (/(?:上班|工作日?|休息|双休|单休|排班|作息|营业|开门)(?:时间)?(?:是|从)[^,.!?。]*$/.test(text.slice(Math.max(0, c.index - 30), c.index))) return "neutral";
  // "能不能改成线上，周四下午": a time right after a change of format is the new slot the change asks for.
  if (/(?:改|换)(?:成|为|到)?(?:线上|视频|远程|电话|网络|online|remote|video)(?:面试?)?(?:吗|么|呢)?[,?\s]*$/.test(before)) return "target";
  // "is it this Monday or next?" / "Please is it Tuesday or Thursday? I saw two messages": which day the slot is, asked.
  if ((/\bis it\s+(?:on\s+|at\s+)?(?:this\s+)?$/.test(before) && /^\s*or\b/.test(text.slice(c.end, c.end + 6))) || /\bis it\s+(?:on\s+|at\s+)?(?:this\s+)?[a-z0-9:.]+\s+or\s+$/.test(before)) return "excluded";
  // "What's the working hours for this role? 9 to 6?": the job's hours, not a slot.
  if (c.hour !== undefined && /\b(?:working|work|office|shift) hours\b/.test(text) && /^\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]m)?\s*(?:-|–|to)\s*\d/.test(text.slice(c.index, c.end + 8))) return "excluded";
  // "我可能会提前到一点": arriving a little early, not at one o'clock.
  if (/(?:会|可能|要)提前到\s*$/.test(before) && text.slice(c.index, c.end) === "一点") return "excluded";
  // "Is the job Mon-Fri or shifts?" / "Mon to Fri only or need to work Saturday?": the job's week, not a slot.
  if (/^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\s*(?:-|–|to|thru|through)\s*(?:mon|tue|wed|thu|fri|sat|sun)/.test(text.slice(c.index, c.end + 14)) && JOB_WEEK.test(text)) return "excluded";
  if (/\b(?:need|have|got) to work\s+(?:on\s+)?(?:the\s+)?$/.test(before) && /^[^.!]{0,12}\?/.test(text.slice(c.end))) return "excluded";
  // "Is this for 1st or 2nd shift?": an ordinal of shifts or rounds, not a day of the month.
  if (c.hour === undefined && /^\s*(?:(?:or|and|\/)\s*\d{1,2}(?:st|nd|rd|th)\s+)?(?:shifts?|rounds?|floor|interview|year|batch|intake)\b/.test(text.slice(c.end, c.end + 18))) return "excluded";
  // "Would October 27 be ok?" / "Morning of the same day any good?": a time put to them as a question is offered.
  if (/^\s*(?:be (?:ok|okay|fine|possible|good|alright|better)|work|suit|any good|(?:interview |slot )?possible)\b/.test(text.slice(c.end, c.end + 22)) && /\b(?:would|could|will|does|is|do)\s+(?:the\s+)?(?:following\s+)?$|^\s*$|[,.!?]\s*$/.test(before)) return "proposal";
  // "will be late, maybe 2:20": after lateness said, a clock is when the candidate arrives.
  if (c.hour !== undefined && /\blate\b[^.!?]{0,4}[,\s]+(?:maybe|around|about|by|~)?\s*$/.test(before)) {
    c.arrival = true;
    return "excluded";
  }
  // "Wednesday 9 am Egypt time, ok I am ready" / "Thursday midnight for me but no problem" / "= 10h Brazil": the
  // slot converted into the candidate's own time zone, not a new time ("16:00 China time" and "your time" are ours).
  if (c.hour !== undefined && (OWN_ZONE_AFTER.test(text.slice(c.end, c.end + 24)) || /=\s*$/.test(before))) return "excluded";
  // "Leaving the office at 1:15": when the candidate sets off, not a slot.
  if (/\b(?:leave|leaving|heading out|setting off|departing)\s+(?:(?:the office|office|home|the house|work|now)\s+)?(?:(?:at|around|about|by)\s*)?$/.test(before)) return "excluded";
  // "will reply tomorrow" / "get back to you by Friday": when the answer comes, not a slot (like 明天给你准信).
  if (/\b(?:reply|revert|respond|get back to you|come back to you|update you|let you know|give you a (?:ring|call|bell)|ring you|call you|confirm you|write you|tell you|answer you|inform(?: you)?)(?:\s+properly)?\s+(?:by\s+|latest\s+|before\s+|on\s+|in\s+(?:the\s+)?)?$/.test(before)) return "excluded";
  // ("明天早上九点，我七点半就出门": when the candidate sets off, not a slot.)
  if (/^\s*(?:就|才|要)?(?:出门|出发|动身|起床)/.test(text.slice(c.end, c.end + 6))) return "excluded";
  // ("next train gets me in at 10.20": when the candidate arrives, not a slot.)
  if (/\b(?:gets? me in|land(?:ing|s)?)(?:\s+(?:at|by|around))?\s*$/.test(before)) return "excluded";
  // ("I finish at 4 that day": when a duty ends, not a slot.)
  // ("The 2nd option please": which of the offered options, no day of the month.)
  if (c.hour === undefined && /^(?:the\s+)?\d{1,2}(?:st|nd|rd|th)$/.test(text.slice(c.index, c.end).trim()) && /^\s*(?:options?|choices?)\b/.test(text.slice(c.end, c.end + 10))) return "excluded";
  // ("I leave my house at 1 so I'll be on time": when they set off, no slot.)
  if (/\bleave (?:my|the) (?:house|home|place|office|flat|apartment) at\s*$/.test(before)) return "excluded";
  // ("My class ends right at 11:30am", 我下午三点才能交班: when something else ends, no slot.)
  if (/\b(?:class|lecture|shift|meeting|work) ends (?:right |just )?at\s*$/.test(before) || (c.hour !== undefined && /^\s*(?:才|就)?(?:能)?(?:交班|下班|下课|收工)/.test(text.slice(c.end, c.end + 5)))) return "excluded";
  // ("could we wait until after finals? im done on the 12th": when the candidate is free again, no slot.)
  if (/\b(?:i'?m|im|i am) (?:done|finished) (?:on|by)\s*(?:the\s*)?$/.test(before)) return "excluded";
  // (排班表每周五才出: every Friday, no day of its own.)
  if (c.date && /每\s*$/.test(before)) return "excluded";
  // (我那天上午班: the morning shift, no slot.)
  if (c.hour === undefined && /^\s*班/.test(text.slice(c.end, c.end + 2))) return "excluded";
  if (/\b(?:finish|finishes|finished|clock off|knock off|get off)(?: work| at the (?:counter|desk|gate|shop|store|site|office|hospital|school))?(?:\s+(?:at|by|around))?\s*$/.test(before)) return "excluded";
  // "这个时间能flexible一点吗": 一点 after an English word is "a bit", not one o'clock.
  // ("能不能 flexible 一点", read as "能 flexible吗 一点", too.)
  if (/[a-z](?:吗\s)?\s*$/.test(text.slice(Math.max(0, c.index - 4), c.index)) && text.slice(c.index, c.end) === "一点") return "excluded";
  // "tmr i reply u ah": when the answer comes, said after the day.
  if (/^\s*(?:i'?ll |i will |i )?(?:reply|revert|confirm|update|get back)\b/.test(text.slice(c.end, c.end + 20))) return "excluded";
  // "The building has like 4": a count, not a clock.
  if (/\b(?:has|have|there (?:are|is))\s+(?:like\s+|about\s+|around\s+)?$/.test(before)) return "excluded";
  // "Have a nice weekend": a wish, not a slot.
  if (/\b(?:nice|good|great|lovely|happy|enjoy (?:the|your))\s*$/.test(before)) return "excluded";
  // "Black Friday week at my store": a sales event, not a Friday.
  if (/\bblack\s*$/.test(before)) return "excluded";
  // "checking with Mr. Sun": a surname, not Sunday.
  if (/\b(?:mr|ms|mrs|dr|miss)\.?\s*$/.test(before)) return "excluded";
  // "ETA 2:20" / "I'll arrive around 2:20": an arrival estimate, not a slot.
  // ("maybe 10:15 arrive": the clock before the verb, in Asian English; "Bit delayed, be there 11:10 ish".)
  if (/^\s*(?:arrive|reach)\b/.test(text.slice(c.end, c.end + 8)) || /\beta\b[\s:]*(?:is\s*)?(?:around|about|~)?\s*$|\b(?:i'?ll|i will|should|will|gonna|expect to|probably|if i)\s+(?:arrive|be there|be around|get there|reach)\s+(?:at|by|around|about)?\s*$|\barriving\s+(?:at|by|around|about)\s*$|(?:^|[,.!;]\s*)(?:be|get) there\s+(?:at|by|around|about)?\s*$/.test(before)) {
    c.arrival = true;
    return "excluded";
  }
  // "my flight got delayed, landing tonight around 11pm": when a flight lands is no slot.
  if (/\b(?:landing|lands?|touch(?:es|ing)? down)\s+(?:(?:tonight|today|tomorrow|at|around|about|by|on)\s+){0,3}$/.test(before)) return "excluded";
  // "I'm on night shift" / "my morning class": a duty named by its part of day is no slot.
  if (/^\s*(?:shifts?|class(?:es)?|lectures?)\b/.test(text.slice(c.end, c.end + 10))) return "excluded";
  // "我明天一早从大庆坐车过去" / "后天坐车回来": when the candidate travels, not a slot.
  if (/^\s*(?:一早|早上|晚上|下午)?(?:就)?(?:从[^,.!?。]{1,6})?(?:坐|搭|乘)(?:车|高铁|火车|动车|飞机|大巴)(?:过去|过来|回来|回去|到)/.test(text.slice(c.end))) return "excluded";
  // "考试是15号": the exam's date, not a slot.
  if (/(?:考试|考|培训|手术|答辩)(?:是|在)\s*$/.test(text.slice(Math.max(0, c.index - 4), c.index))) return "excluded";
  // "改到周三以外的任意一天": the day named is the one left out.
  if (/^\s*(?:以外|之外)/.test(text.slice(c.end))) return "excluded";
  // "请问中午面试需要等很久吗": a time inside a question asked of them offers nothing.
  if (/(?:请问|想问一?下|问一下)\s*$/.test(before)) return "neutral";
  // "周三早上的高铁回来": the train one travels by, not a slot.
  if (/^\s*的(?:高铁|火车|动车|飞机|航班|班车|大巴|校车|末班车|公交|地铁|车)/.test(text.slice(c.end))) return "excluded";
  // "今天的面试会不会因为下雨取消呀？": the interview named by its day inside a question.
  if (/^\s*的面试/.test(text.slice(c.end)) && /吗|么|\?/.test(text.slice(c.end, c.end + 30))) return "neutral";
  // "能问下为什么约晚上七点吗": a time asked about (why then) is offered by nobody.
  if (/(?:为什么|为啥|干嘛|咋)[^,.!?。]{0,4}$/.test(before)) return "neutral";
  // "改到周四，哦不对，周五": a time taken back at once.
  // "周四可以吗？啊不对…" / "改到15号…等等15号是周日" / "三点吧，哦不，…" too.
  if (/^\s*(?:可以|行)?(?:吗|呢|吧)?\s*[,?.]*\s*(?:哦|噢|啊|呃)?\s*(?:不好意思|抱歉)?[,\s]*(?:我)?(?:不对|说错了|打错了|看错了|错了|等等|等一下)|^\s*(?:可以|行)?(?:吗|呢|吧)?\s*[,?.]*\s*(?:哦|噢)不(?=[,\s])/.test(text.slice(c.end))) return "excluded";
  // "Wednesday 26th? oh sorry I mean 27th": an English slip taken back, like 哦不对.
  if (/^\s*[?,.!]*\s*(?:(?:oh|oops|sorry|wait|no)[\s,.!]*){0,3}(?:i\s+mean[t]?\s+(?:the\s+)?(?:\d|next|tomorrow|(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)|typo|correction)/.test(text.slice(c.end, c.end + 40))) return "excluded";
  // ("…I mean 27th": the time said in its place is the one put forward.)
  if (/\bi\s+mean[t]?\s*(?:the\s+)?$/.test(before)) return "proposal";
  // ("从 London 飞回来，落地估计都晚上了": when the candidate lands, not a slot; "我送完孩子过去都十点多了": when one would arrive.)
  if (/(?:落地|到家|回到家|下飞机|(?:过去|过来|赶到|到)都)(?:估计|大概|可能)?(?:都|也)?(?:要|得)?\s*$/.test(before)) return "excluded";
  // "都快十一点了还在工作啊": the time it is now, not a slot.
  if (/快\s*$/.test(before) && /^\s*了/.test(text.slice(c.end))) return "excluded";
  // "我最晚只能待到四点": when the candidate must leave, not a slot.
  if (/(?:待|留|呆|坐)到\s*$/.test(before)) return "excluded";
  if (c.shiftMinutes !== undefined) return c.arrival ? "neutral" : "target";
  if (matches(TARGET_BEFORE, before)) {
    // "本来要去交三方，改到上午交了": one's own errand already moved out of the way; nothing asked.
    if (MOVED_ALREADY_AFTER.test(text.slice(c.end)) && /本来|原本|原来/.test(text.slice(0, c.index))) return "excluded";
    // "本来想约周五的，算了就周四": an intention given up.
    if (/(?:本来|原本|本)(?:想|打算)[^,.!?。]{0,6}(?:约|改|换|定|调)?(?:到|在|成)?\s*$/.test(before)) return "excluded";
    // "护士长同意我调到晚上": one's own duty moved by someone who agreed; nothing asked of us.
    if (/同意(?:我)?(?:把[^,.!?。]{0,4})?(?:改|挪|换|调|推)到\s*$/.test(before)) return "excluded";
    if (ALONG_DAY_BEFORE.test(before)) c.alongDay = true;
    return "target";
  }
  // "下周才能安排" / "周五才有空": the earliest the candidate can do — a firm new slot.
  if (EARLIEST_AFTER.test(text.slice(c.end, c.end + 8))) return "target";
  if (matches(NEGATED_BEFORE, before) && !DAY_NAMED_THEN_REFUSED.test(before)) return "negated";
  // "could we move today's to tomorrow at the same time?": the day the slot is moved to.
  if (/\b(?:move|push|shift|change|bring|reschedule)\s+(?:it|this|that|today'?s|tomorrow'?s|(?:the|our|my) interview)\s+to\s+$/.test(before)) return "target";
  // "我想周四下午去": a time wished for is put forward ("本来想…" is an intention given up).
  if (/(?<!本来|原本|本|原来)(?:我)?(?:想|希望)(?:在|改在|改到)?\s*$/.test(before)) return "proposal";
  // "但只能下午三点以后": the only time the candidate can do is put forward.
  if (/(?:只能|只有|只可以)(?:在)?\s*$/.test(before)) return "proposal";
  // "can we do next monday 2pm" / "how about friday": an English offer names the time first.
  // ("could we do an evening slot": the article before the part of day, too; "I can only really do mornings", "any chance of
  // an evening slot".)
  // "not 3, 6 pls": a clock asked for with please.
  if (c.hour !== undefined && !c.date && /^\s*(?:pls|please|plz)\b/.test(text.slice(c.end, c.end + 8))) return "proposal";
  // ("could we possibly do 5:30pm", "can do 9am Tue", "like 10 or 10.30", "say 4" too; "I can do the same time on Friday".)
  // ("I can come at 9 in the morning, same date": a clock the candidate can come at, read with its "at".)
  if (c.hour !== undefined && /^at\s/.test(text.slice(c.index, c.end)) && /\bi (?:can|could) (?:only )?come\s*$/.test(text.slice(Math.max(0, c.index - 20), c.index))) return "proposal";
  if (/\b(?:(?:can|could|shall|may) (?:we|i|you) (?:possibly |maybe |perhaps |just |please |pls )?(?:do(?: it)?|make it|meet|have it|come(?: in)?|go with|go for|try)(?: on| at| an?| the)?|(?:how|what) about|maybe|perhaps|(?:i )?(?:can|could) (?:only )?(?:really )?do(?: the)?|any chance of(?: an?)?|(?:can|could) it be(?: in| at| on)?(?: the)?|(?:is it )?possible to (?:do|have|make it)(?: on| at| in)?(?: the)?|i'?m free(?: on| at)?|prefer|would|(?<!n'?t |not )like|say)\s*$/.test(text.slice(Math.max(0, c.index - 30), c.index))) return "proposal";

  const rest = text.slice(c.end);
  if (END_BOUND_AFTER.test(rest) || ARRIVE_BY_AFTER.test(rest) || RETURN_AFTER.test(rest) || REPLY_AFTER.test(rest) || SENDS_AFTER.test(rest) || matches(BUSY_UNTIL_BEFORE, before) || matches(DUTY_ENDS_BEFORE, before) || PAST_EVENT_AFTER.test(rest)) return "excluded";
  if (COPULA_BEFORE.test(before) || /^\s*是(?!不是)/.test(rest)) return "neutral";
  // "今晚的会议号" / "明天的路线": a time that only qualifies a thing names no slot.
  if (/^\s*的(?!面试|面|时间|话|安排|时候|点|场|那场|日子)[\u4e00-\u9fa5]/.test(rest)) return "neutral";
  let cut = rest.search(rest.includes(" ") ? CLAUSE_END_OR_SPACE : CLAUSE_END);
  // Voice input runs on with connectives (…会准时过去的然后我就是想问一下…): they end the clause too.
  const runOn = rest.search(RUN_ON);
  if (runOn > 0 && (cut === -1 || runOn < cut)) cut = runOn;
  const whole = cut === -1 ? rest : rest.slice(0, cut);
  // Unpunctuated chat (今天有点事明天再去可以吗, 能不能晚上面试白天要上班): the next day or part of
  // day starts what is said about it.
  let nextTime = whole.search(NEXT_TIME_WORD);
  // "明天我白天上班": 白天 right after a day is part of that day, not the next topic.
  if (nextTime >= 0 && whole.startsWith("白天", nextTime) && /^\s*(?:我|的|我们)?(?:都|也|要|得)?\s*$/.test(whole.slice(0, nextTime)) && c.date) nextTime = -1;
  const clause = nextTime > 0 ? whole.slice(0, nextTime) : whole;
  // "周四上午我有课" / "那天下午要跑货": a life event or a duty after a time occupies it.
  // "等我下周六休息的时候再过去面": a free day the candidate then offers is a proposal.
  // "能不能安排在我休息的时候，我下周一和周二都是休息": free days named for the slot asked for.
  if (FREE_AFTER.test(clause)) return /^[^,.!?。;]{0,10}再(?:过去|过来|去|来|面)|^[^,.!?。;]*(?:可以|能)(?:过去|过来|去|来|面)/.test(rest) || /(?:安排|改|调|换|约)(?:在|到)[^,.!?。]{0,6}(?:休息|有空|方便|空)的时候/.test(text) ? "proposal" : "neutral";
  // "银行周六应该也上班吧": the company's day, said of them, occupies nothing of ours.
  if (/(?<!我们)(?:你们|贵司|银行|贵行)\s*$/.test(text.slice(Math.max(0, c.index - 4), c.index))) return "neutral";
  // "31号下午你们还上班啊": the company's duty on that day, asked about, occupies nothing of ours.
  if (/^\s*(?:你们|贵司)/.test(clause)) return "neutral";
  // ("Wednesday is not good, Friday is better. Same time ok?": a day said to be better is the one wanted.)
  if (c.date && !c.vague && /^\s*(?:is|would be|will be|'s)\s+(?:much\s+)?(?:better|best|preferable)\b/.test(rest)) return "proposal";
  // ("我下周一上午有时间，可以吗": a free time of the candidate's, offered and asked about.)
  if (/^\s*(?:都|也)?(?:有时间|有空|空着|方便)[^.!?。]{0,3}(?:可以|行)(?:吗|么|不)/.test(rest)) return "proposal";
  // "周末还在加班辛苦啦": a time in thanks for someone's overtime is theirs, not offered.
  // (Not across a pause: "能不能周四 下午两点 谢谢辛苦" asks for the time, then thanks.)
  if (/^[^.!?。;~\s]{0,10}辛苦/.test(rest) && !/我/.test(clause)) return "excluded";
  // ("周末店里招兼职吗 我周末想做": the days the candidate wants to work.)
  if (/^\s*(?:只)?想(?:做|干)(?:兼职)?(?=[,.!?。\s]|$)/.test(rest)) return "excluded";
  // "周末愉快" wishes; "年后入职可以吗" asks about the start date, not the interview.
  // ("面试完当天能上班不" asks about starting work, too.)
  if (/^\s*(?:愉快|快乐|开心|好)(?![^,.!?。]{0,2}(?:吗|么|\?))|^\s*(?:就|能|可以)?(?:入职|上班|到岗|报到|开始上班)|^\s*(?:才|就)?(?:离职|辞职|交接)/.test(rest)) return "excluded";
  // "周五我夜班下来可以直接过去": a duty that ends in time to come occupies nothing.
  if (/(?:下来|下了|下班|结束|完)[^,.!?。]{0,4}(?:就|可以|能)?(?:直接)?(?:过去|过来|去|来)(?![^,.!?。]{0,3}(?:吗|么|\?|不))/.test(clause)) return "neutral";
  // "星期三上午把孙子送学校就过去，下午四点前肯定到": the errand's time, with the coming said after it.
  // ("星期五上午跑完单下午过来": a morning's work, then coming in the afternoon.)
  if (/^[^,.!?。]{0,3}把[^,.!?。]{1,6}送[^,.!?。]{0,6}就(?:直接)?(?:过去|过来)/.test(clause) || /^[^,.!?。]{0,3}(?:跑完|送完|忙完|干完|弄完)[^,.!?。]{0,6}(?:过来|过去)/.test(rest)) return "excluded";
  // "我这几天手机坏了刚看到信息": the days that kept the message unread, past.
  if (/(?:手机坏|没看到|没看手机|刚看到|才看到)/.test(clause) && !/(?:可以|行|能|方便|有空)/.test(clause)) return "excluded";
  // "之前说周四不行是我看错日历了": a refusal taken back as a misreading refuses nothing.
  if (/(?:是)?(?:我)?(?:看错|搞错|记错|弄错|说错)/.test(clause) && /(?:之前|刚才|刚刚|上次)(?:我)?说\s*$/.test(text.slice(Math.max(0, c.index - 6), c.index))) return "neutral";
  // "一面完了当天有二面吗": a later round asked about occupies nothing of the candidate's.
  if (/^\s*(?:还)?有(?:二面|三面|复试|终面|笔试)[^,.!?。]{0,2}(?:吗|么|\?)/.test(clause)) return "neutral";
  if (NEGATIVE_AFTER.test(clause) || matches(LIFE_EVENT, clause) || DUTY_AFTER.test(clause)) return "negated";
  // "周三如果晚一点到会有影响吗": a day that opens a condition is not offered.
  if (/^\s*(?:如果|要是|万一|假如|若是)/.test(rest)) return "neutral";
  // "今天临时通知明天出差，能改天吗": what is asked after the next day is said of that day.
  let nextDay = whole.search(NEXT_DAY_WORD);
  // "周三还是周四": two days joined as options are one proposal.
  if (nextDay > 0 && /^\s*(?:或者|或是|或|还是|要不|和|跟|、|到|至)?\s*$/.test(whole.slice(0, nextDay))) nextDay = -1;
  // A voice-input break (a space between Han) before another time ends what is said of this one
  // (周四还在老家没回来 下下周一可以吗); a comma may not (周四，可以吗), nor a break before a plain ask
  // (周四下午还是周五上午 你们哪个方便).
  const spaceBreak = cut !== -1 && /\s/.test(rest[cut]!) && /^\s*(?:下下|下|这|本)?个?(?:周|星期|礼拜|明天|后天|今天|\d)/.test(rest.slice(cut));
  if (PROPOSAL_AFTER.test((nextDay > 0 ? whole.slice(0, nextDay) : spaceBreak ? whole : rest).slice(0, 14))) return "proposal";
  // "明天晚上八点，线上可以吗": the time is its own clause and the next one agrees to it.
  if (clause.trim() === "" && cut !== -1 && /^[,]/.test(rest.slice(cut)) && PROPOSAL_AFTER.test(rest.slice(cut + 1, cut + 12))) return "proposal";
  return "neutral";
}

const RANGE_AFTER = /^\s*(?:之后|以后|以前|之前|前|后(?!天)|到月底)/;
const OPEN_AFTER_CLOCK = /^\s*(?:之后|以后|后)[^,.!?。]{0,2}(?:都|随时|任何时间|什么时候|哪个点)(?:都)?\s*(?:可以|行|ok|方便|有空)(?![^,.!?。]{0,2}(?:吗|么|\?))/;
// ("周二晚上到 周三早上面试": 到 then a space ends a clause in voice input; "arrive Tuesday night", no range.)
// ("from 20th to 24th": English joins a range with "to".)
const RANGE_BETWEEN = /^(?:\s*(?:到|至)|\s+(?:到|至)\s+|\s*[-~～]\s*|\s+(?:to|through|thru|till|until)\s+(?:the\s+)?)$/;

const WEEK_PREFIX: Record<number, RegExp> = { 1: /^下个?(?:周|星期|礼拜)/, 2: /^下下个?(?:周|星期|礼拜)/ };

/** Assigns roles, marks ranges vague, links alternatives and elaborations. */
export function assignRoles(cands: Candidate[], text: string, today?: CivilDate): void {
  cands.forEach((c, i) => {
    c.role = roleOf(c, text);
    const before = text.slice(Math.max(0, c.index - 6), c.index);
    if (i > 0 && matches(ELABORATION_BEFORE, before)) c.elaboration = true;
    // "改周五下午可以吗 三点": a bare clock tacked on after a part of day asked for fills it in.
    const before1 = cands[i - 1];
    if (before1 && i === cands.length - 1 && !c.elaboration && c.bareHour !== undefined && !c.date && before1.pod && before1.hour === undefined && TACKED_ON_BETWEEN.test(text.slice(before1.end, c.index)) && /^\s*(?:吧|呢|左右|可以|行)?[\s!.?~。]*$/.test(text.slice(c.end))) c.elaboration = true;
    // 11月30日之后 / 下周一到周三: a range of days is a vague wish, not a day.
    if (c.date && c.hour === undefined && RANGE_AFTER.test(text.slice(c.end, c.end + 4))) c.vague = true;
    // "等过了11.15再面": after a day has passed, any day after it.
    if (c.date && c.hour === undefined && /过了\s*$/.test(text.slice(Math.max(0, c.index - 3), c.index))) c.vague = true;
    // "sometime around the 15th" / "after the 10th" / "the 21st or later" / "from Monday onwards":
    // English ranges of days.
    if (c.date && c.hour === undefined && (/\b(?:around|after|before|from|sometime|no later than)\s*$/.test(text.slice(Math.max(0, c.index - 14), c.index)) || /^\s*,?\s*(?:(?:or|and)\s+(?:later|after(?:wards)?|beyond|onwards?)|onwards?)\b/.test(text.slice(c.end, c.end + 16)))) c.vague = true;
    // "Maybe end of the month?" / "the 2nd week of september": a stretch of days, not the day chrono picks.
    if (c.date && c.hour === undefined && (/\b(?:end|beginning|start|middle) of\b/.test(text.slice(c.index, c.end)) || /^\s*week\b/.test(text.slice(c.end, c.end + 6)) || /\b(?:end|beginning|start|middle) of (?:the\s+)?$/.test(text.slice(Math.max(0, c.index - 18), c.index)) || (/\b(?:early|mid|late)[- ]$/.test(text.slice(Math.max(0, c.index - 6), c.index)) && /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/.test(text.slice(c.index, c.end))))) c.vague = true;
    // "could we look at the week of 2 March?": the week around a day is a range, like 3月2号那周.
    if (c.date && c.hour === undefined && /\bweek of\s+(?:the\s+)?$/.test(text.slice(Math.max(0, c.index - 16), c.index))) c.vague = true;
    // "下午1点以后随时可以" / "四点以后都可以": any time after a clock is that part of the day, no clock.
    // "Anytime after 2pm" too.
    if (c.hour !== undefined && (OPEN_AFTER_CLOCK.test(text.slice(c.end, c.end + 10)) || /\b(?:any ?time |from )?after\s*$/.test(text.slice(Math.max(0, c.index - 14), c.index)))) {
      c.afterHour = c.hour;
      delete c.hour;
      delete c.minute;
      delete c.bareHour;
    }
    const prev = cands[i - 1];
    if (prev) {
      const between = text.slice(prev.end, c.index);
      if (prev.date && c.date && RANGE_BETWEEN.test(between)) {
        prev.vague = true;
        c.vague = true;
      }
      if (OR_BETWEEN.test(between)) c.orWith = prev.orWith ?? i - 1;
      // "下周一和周二" / "next thu pm or fri pm": the week said once covers both days.
      const nextWeekPair =
        (/^\s*(?:和|跟|与|、|或者?|还是)\s*$/.test(between) && /^下个?(?:周|星期|礼拜)/.test(text.slice(prev.index, prev.end)) && /^(?:周|星期|礼拜)/.test(text.slice(c.index, c.end))) ||
        (/^\s*(?:and|or|,|\/)\s*$/.test(between) && /^next\s/.test(text.slice(prev.index, prev.end)) && /^(?:mon|tue|wed|thu|fri|sat)/.test(text.slice(c.index, c.end)));
      if (prev.date && c.date && nextWeekPair && weekdayOf(c.date) !== 0 && c.date.y * 10000 + c.date.m * 100 + c.date.d < prev.date.y * 10000 + prev.date.m * 100 + prev.date.d) {
        c.date = addDays(c.date, 7);
        c.orWith = prev.orWith ?? i - 1;
      }
      // "能不能放到节后，下周二？" / "能不能改到10号以后？10号下午可以": a loose time asked for, then the
      // day itself, which takes its place.
      if (prev.vague && prev.weekOffset === undefined && (prev.role === "target" || prev.role === "proposal") && c.date && !c.vague && (c.role === "proposal" || c.role === "neutral") && /^\s*(?:之后|以后|过后|后)?(?:吗|呢)?\s*[,?]\s*$/.test(between)) {
        c.role = prev.role;
        prev.role = "neutral";
      }
      // ("Any day next week at 10 am will be good for me": the clock said of any day of the week is the time put forward.)
      if (prev.vague && prev.weekOffset !== undefined && !c.date && c.hour !== undefined && /^\s*(?:at\s*)?$/.test(between) && /\bany ?day\s*$/.test(text.slice(Math.max(0, prev.index - 9), prev.index)) && (prev.role === "target" || prev.role === "proposal" || prev.role === "neutral")) {
        c.role = prev.role;
        prev.role = "neutral";
      }
      // ("Any afternoon next week works for me": a part of any day, then its week, in English.)
      if (c.vague && c.weekOffset !== undefined && prev.pod && !prev.date && prev.hour === undefined && /^\s*$/.test(between) && /\bany\s*$/.test(text.slice(Math.max(0, prev.index - 4), prev.index))) prev.role = c.role;
      // "能否安排在下周任意一天的下午": the part of day said of any day of that range shares its role.
      // "下周哪天都行，最好是下午" / "可以改成下礼拜吗 随便哪天下午都可以" too.
      if (prev.vague && !c.date && c.pod && c.hour === undefined && /^(?:(?:吗|呢)?[,?\s]*(?=任意|任何|随便|哪))?(?:的)?(?:任意|任何|随便)?哪?一?天?(?:的)?(?:我)?(?:都行|都可以)?[,\s]*(?:最好是?|希望是?)?(?:的)?$/.test(between.trim())) {
        // "能不能调到下周…下周我都可以，最好是下午": the same week asked for earlier lends its role.
        const asked = cands.slice(0, i - 1).find((d) => d.vague && d.weekOffset !== undefined && d.weekOffset === prev.weekOffset && d.role === "target");
        c.role = asked ? asked.role : prev.role;
      }
      // "明天后天我都在家": where one is on two days is no day offered ("周四周五都行" offers the first).
      if (prev.date && c.date && prev.hour === undefined && c.hour === undefined && !prev.pod && !c.pod && /^\s*(?:和|、|跟)?\s*$/.test(between) && /^\s*(?:我|俺)?(?:都|也都)(?:在家|在厂里|在上班|没事)/.test(text.slice(c.end))) {
        prev.vague = true;
        c.vague = true;
      }
      // "能约在周末吗 周六上午最好": a weekend day narrows the weekend asked for.
      // ("我周末才有时间，周六上午行吗" too.)
      if (prev.vague && /周末/.test(text.slice(prev.index, prev.end)) && c.date && !c.vague && [0, 6].includes(weekdayOf(c.date)) && (prev.role === "target" || prev.role === "proposal" || prev.role === "neutral") && /^[^.!?。]{0,8}?[,?\s]\s*$/.test(between) && !/^[^,.!?。]{0,6}都(?:行|可以)/.test(text.slice(c.end))) {
        c.role = prev.role;
        prev.role = "neutral";
      }
      // "改到下周行吗 下周三最好": a day of the week just asked for narrows it down.
      // "能改到下下周吗，周二周三都行": a bare weekday right after names a day of that week.
      // ("push it to next week, maybe Tuesday afternoon": an English weekday alone, too.)
      const weekdayAlone = /^(?:周|星期|礼拜)[一二三四五六日天1-7]/.test(text.slice(c.index, c.end)) || (c.bareWeekday === true && /^[a-z]/.test(text.slice(c.index, c.end)));
      const bareWeekday = prev.vague && prev.weekOffset !== undefined && prev.weekOffset > 0 && c.date && !c.vague && weekdayAlone && /^[^.!。]{0,4}[,?\s]\s*(?:(?:maybe|perhaps|say|ideally|preferably|possibly|probably|on)\s+)?$/.test(between);
      if (bareWeekday && c.date && prev.weekOffset && today) c.date = addDays(mondayOf(today), 7 * prev.weekOffset + ((weekdayOf(c.date) + 6) % 7));
      if (prev.vague && prev.weekOffset !== undefined && prev.weekOffset > 0 && c.date && !c.vague && (prev.role === "target" || prev.role === "proposal") && (c.role === "proposal" || c.role === "neutral") && (bareWeekday || WEEK_PREFIX[prev.weekOffset]!.test(text.slice(c.index, c.end)))) {
        c.role = prev.role;
        prev.role = "neutral";
      }
    }
  });
  // "改到周五吧……等下，周五也有事，还是下周一上午吧": a day asked for, then refused, is withdrawn
  // ("周六方便吗？周六不行的话…" only considers it).
  for (const c of cands) {
    if ((c.role === "target" || c.role === "proposal") && c.date && cands.some((d) => d.index > c.end && d.role === "negated" && d.date && sameDate(d.date, c.date!) && !/^[^,.!?。]*的话/.test(text.slice(d.end)))) c.role = "excluded";
  }
  // Alternatives share the strongest role of their group (周四下午3点，或者周五上午都行).
  const rank: Record<Role, number> = { target: 0, proposal: 1, neutral: 2, negated: 3, excluded: 4 };
  cands.forEach((c) => {
    if (c.orWith === undefined) return;
    const head = cands[c.orWith]!;
    // "周三还是周四？" / "是11月12号还是13号？": which of two days, asked about; neither is offered.
    if (c.date && head.date && /^\s*还是\s*$/.test(text.slice(head.end, c.index)) && /^\s*(?:啊|呀|来着|呢|的)?\s*\?/.test(text.slice(c.end)) && (head.role === "proposal" || head.role === "neutral") && (c.role === "proposal" || c.role === "neutral")) {
      head.role = "neutral";
      c.role = "neutral";
      return;
    }
    if (rank[c.role] < rank[head.role] && head.role !== "negated" && head.role !== "excluded") head.role = c.role;
    if (rank[head.role] < rank[c.role] && c.role !== "negated" && c.role !== "excluded") c.role = head.role;
    // 周四或周五的下午: the part of day said once applies to both days.
    if (head.date && !head.pod && head.hour === undefined && c.date && (c.pod || c.hour !== undefined) && !/白天|全天|整天/.test(text.slice(head.end, c.index))) {
      if (c.pod) head.pod = c.pod;
      if (c.hour !== undefined) {
        head.hour = c.hour;
        head.minute = c.minute ?? 0;
      }
    }
  });
}
