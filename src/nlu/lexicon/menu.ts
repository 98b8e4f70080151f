/**
 * The invitation says "回复 1 确认参加，2 申请改期，3 无法参加", so a lone digit is the
 * strongest signal there is. People also write 选2, 回复1, ①, 3️⃣ (normalized to digits
 * upstream), correct themselves (不是2，是1 / 1…算了还是3吧 / 之前回了2…改选1), or
 * ask about the menu (2是改期吗). The last choice that is not negated or reported as
 * past wins.
 */
import { execAll } from "../regex/exec-all.js";

export interface MenuReading {
  choice: 1 | 2 | 3 | null;
  /** The reply asks what a menu number means (回复1是确认的意思吗). */
  asksAboutMenu: boolean;
}

// A digit followed by a unit counts something (3公里, 2个人, 1楼, 3家): it is no menu choice ("1 线下…" is menu 1 and 线下).
// ("on 3 Dec": a day before an English month is a date.)
// ("Tower 2", "Block 3", "2 buildings": a building, a floor or a count in English.)
// ("how much is the salary for commis 2?": a job's grade, like a floor or a gate.)
const MENU_DIGIT =
  /(?<![\d.:/\-+a-z周期拜月第晚早差])(?<!\b(?:hsk|cet|ielts|toefl|tower|building|block|blk|room|floor|level|gate|exit|unit|line|lift|no\.?|number|hall|zone|phase|terminal|t|signal|day|week|wk|month|year|commis|grade|tier|class|step|band|chef|cook|associate|officer|engineer|analyst|technician|operator|specialist|executive|assistant|round|batch)\s*)(?<!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*)([123])(?![\d:/%-]|[fF](?![a-z])|[pP]\s+(?:round|around|parking|zone|limit|only)\b|\s*(?:buildings?|towers?|floors?|rooms?|hours?|hrs?|mins?|minutes?|days?|weeks?|people|persons?|rounds?|km|stops?|stations?|interviews?)\b|\s*(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|[~～]\s*[\d一二三四五六七八九十]|\.\d|\s*(?:(?:到|至)\s*[\d一二三四五六七八九十]|点|号|日|月|小时|个|分|天|周(?![一二三四五六日天末])|楼|面(?!试)|轮|站|份|年|h|hour|min|pm|am|st|nd|rd|线(?![上下])|人|次|遍|k|w|万|千|百|十|位|栋|层|期|岁|倍|年|元|块|公里|里|米|km|kg|公斤|斤|家|条|张|套|辆|本|件|座|间|门|所|道|题|页|级|室|胎|孩|娃|成|折))/g;
// The negator reaches the next digit only (不是3是1: 3 is negated, 1 is not).
// ("if I choose 2 what happens after?": a choice supposed, not made.)
const PAST_OR_NEGATED_BEFORE = /\bif i (?:choose|pick|select|reply|press|send)\s*$|\b(?:said|pressed|typed|sent|chose)\s*$|(?:不是|本来想?|原本想?|之前|刚才|先前|并非)[^,.?!。\d]{0,4}$|(?:点错|按错|回错|发错|打错|手滑)[^,.?!。\d]{0,5}$|(?:回|按|点|发)了(?:个|一个)\s*$/;
// "be there around 2", "by 3": a number after a time preposition is an hour.
// ("not 3, 6 pls" / "Tue 3 is hard": refused as a clock, or said after a weekday, it is an hour too.)
// ("still good for 3" / "on for 2 today": the slot kept, by its hour.)
// ("should be there right on 1": an hour hit exactly.)
const HOUR_BEFORE = /(?:\d(?:[:.]\d\d)?\s*(?:am|pm)?\s+or|\b(?:up|there|here|back) in|\b(?:right|bang|dead|just) on|\b(?:good|on|ok|okay|fine|set|free|available|ready|works?|confirm(?:ed)?) for|\bhalf|around|about|at|by|before|after|until|till|til|from|to|of|than|past|like|say|maybe|make it|\b(?:can'?t|cannot|won'?t|couldn'?t|can|could|will|'ll|to) make|\bmiss|do|how about|what about|\bnot|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)\s*$/;
/** "3 is a bit tight", "2 doesn't suit me", "3 clashes": a clock found hard, in English; no menu entry. */
const HOUR_REFUSED_AFTER = /^(?:'s|\s*is)\s+(?:a no\b|not\b|(?:a bit |a little |too |very |quite )?(?:hard|bad|tight|tough|difficult|early|late)\b)|^\s*(?:doesn'?t|does not|won'?t|clash|instead\b)/;
const EITHER_ENTRY = /(?<![\d.:])([123])\s*(?:还是|或者?|或是|\bor\b)\s*(?!\1)[123](?![\d:.点号])/;
/** "3 more weeks", "last 3 payslips", "2 offices", "2x2 picture": a number counting things chooses nothing. */
// ("3 or 4 of november": days of a month named, not menu entries.)
// ("group interview or 1 on 1?": one-on-one, not menu 1.)
// ("2 yrs?": a contract's length; 5'2": a height in feet and inches.)
// ("5 on 2 off or rotating?": a roster, days on and days off.)
// ("any chance for afternoon same day? 3 or 4 pm": the first of two hours.)
const COUNT_AFTER = /^\s*(?:or|-|to|或)\s*\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\b|o'?clock\b|点)|^\s*off\b|^\s*(?:yrs?|yr|mos?|mths?|months?)\b|^\s*(?:"|''|inch(?:es)?\b|in\b)|^\s*(?:on|-on-|对|to)\s*1\b|^\s*(?:(?:or|and|-|to)\s*\d{1,2}\s*)?(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|^\s*(?:more|other|different|separate)\b|^\s*(?:valid\s+)?(?:ids?|id cards?|passports?|resumes?)\b|^\s*(?:weeks?|days?|months?|years?|mins?|minutes?|hours?|hrs?|stations?|stops?|kms?|rounds?|payslips?|offices?|branches|buildings?|people|persons?|copies|photos?|pictures?|documents?|pages?|times|exams?|tests?|papers?|classes|lectures|meetings|interviews|shifts?|positions?|roles?|jobs?|vacanc(?:y|ies)|openings?|cvs?|applications?|kids|children|assignments|deadlines|doors|gates|entrances?|exits|forms?|lifts|elevators|floors|rooms|towers|blocks|trains?|buses|bus|trams?|routes?)\b|^x\d|^(?:路|号线)|^\s*o'?clock\b|^\s*(?:in the (?:night|morning|afternoon|evening)|at night)\b/;
/** "刚才点错了 是1": the slip corrected to the digit that follows. */
const CORRECTED_TO = /(?:点错|按错|回错|发错|打错|手滑)[^\d]{0,6}(?:(?<!不)是|应该是|改成|改为|要选|(?<!不)选)\s*$/;
const NEGATED_AFTER = /^\s*(?:不了|不行|不是|不对|错了)/;
/** "1 on 1": the second 1 of one-on-one. */
const ONE_ON_ONE_BEFORE = /\b1\s*(?:on|-on-|to)\s*$|1\s*对\s*$/;
/** "3ish": a rough hour, never a menu entry. */
// ("3 on Wednesday would be ideal": an hour with its day.)
const ROUGH_HOUR_AFTER = /^\s*-?ish\b|^\s*on\s+(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b/;
/** "Is 3 ok?": an hour offered and asked about. */
const HOUR_ASKED = (before: string, after: string) => /\b(?:is|would)\s*$/.test(before) && /^\s*(?:ok|okay|fine|good|possible|doable|alright|better|available)\b/.test(after);
/** "1是确认，2是改期": the menu's entries restated, none chosen. */
const GLOSS_AFTER = /^\s*(?:是|=|代表|表示)\s*(?:确认|改期|改时间|取消|confirm|reschedule|cancel)/;
const ASKS_AFTER = /^\s*(?:是|代表|表示)[^,.!。]*?(?:吗|什么|意思|\?)/;

/**
 * 选一 / 回复三 / 我选择二: the menu number written as a Chinese numeral after a choosing verb
 * ("我帮她回一下" / "回一声" / "选一次" count how often, they choose nothing).
 */
const ZH_CHOICE = /(?<![二两三四几]\s*)(选择?|回复?|我选)\s*([一二三])(?![点号日月天周个轮面下声句遍次趟会])/g;
const ZH_DIGIT: Record<string, string> = { 一: "1", 二: "2", 三: "3" };

export function readMenu(raw: string): MenuReading {
  // "三" alone: the menu number written as a word.
  const word = /^\s*([一二三两])\s*[.。!~]*\s*$/.exec(raw);
  if (word) return { choice: word[1] === "一" ? 1 : word[1] === "三" ? 3 : 2, asksAboutMenu: false };
  // ("One", "Number 1 please": the entry said as a word or with "number".)
  const english = /^\s*(?:(?:number|no\.?)\s*)?(one|two|three|(?<=(?:number|no\.?)\s*)[123])\s*(?:please|pls|plz)?[.!\s]*$/.exec(raw);
  if (english) return { choice: /one|1/.test(english[1]!) ? 1 : /two|2/.test(english[1]!) ? 2 : 3, asksAboutMenu: false };
  const text = /[选回]/.test(raw) ? raw.replace(ZH_CHOICE, (_, verb: string, n: string) => `${verb}${ZH_DIGIT[n]}`) : raw;
  // Most replies have no 1/2/3 at all; MENU_DIGIT's lookbehinds are costly at every position.
  if (!/[123]/.test(text)) return { choice: null, asksAboutMenu: false };
  // "1. 薪资多少？2. 出差吗？" / "may I ask: (1) … (2) … (3) …": a numbered list of points, not a menu choice.
  if (/(?:^|[\s:：,.。?？(（;；])1[.、)）]\s*\S[\s\S]*?(?:^|[\s:：,.。?？(（;；])2[.、)）]\s*\S/.test(text)) return { choice: null, asksAboutMenu: false };
  // "1还是2我现在说不准": torn between two entries, no choice made yet.
  if (EITHER_ENTRY.test(text)) return { choice: null, asksAboutMenu: false };
  // ("In the message it says 1 confirm 2 reschedule... if I choose 2 what happens after?": the menu restated, and asked about.)
  if (/\b1\s*[=:-]?\s*confirm\w*[^.!?\d]{0,6}\b2\s*[=:-]?\s*reschedul/.test(text)) return { choice: null, asksAboutMenu: true };
  let choice: MenuReading["choice"] = null;
  let asksAboutMenu = false;
  for (const m of execAll(MENU_DIGIT, text)) {
    const before = text.slice(Math.max(0, m.index - 8), m.index);
    const after = text.slice(m.index + 1, m.index + 16);
    if (ASKS_AFTER.test(after) || GLOSS_AFTER.test(after)) {
      asksAboutMenu = true;
      continue;
    }
    // English prepositions come in longer phrases ("still good for 3"): look a little further back for them.
    const phraseBefore = text.slice(Math.max(0, m.index - 14), m.index);
    // ("1 (sorry, hit 2 by accident before, ignore that one!)": the entry hit by mistake is taken back.)
    if (/^\s*by (?:accident|mistake)\b|^\s*(?:accidentally|wrongly|by error)\b/.test(after) || /\bhit\s*$/.test(before)) continue;
    if ((PAST_OR_NEGATED_BEFORE.test(before) && !CORRECTED_TO.test(before)) || NEGATED_AFTER.test(after) || HOUR_BEFORE.test(phraseBefore) || HOUR_REFUSED_AFTER.test(after) || COUNT_AFTER.test(after) || ROUGH_HOUR_AFTER.test(after) || HOUR_ASKED(before, after) || ONE_ON_ONE_BEFORE.test(before)) continue;
    choice = Number(m[1]) as 1 | 2 | 3;
  }
  return { choice, asksAboutMenu };
}
