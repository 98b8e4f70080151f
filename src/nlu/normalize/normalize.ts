/**
 * One canonical surface for every reply: half-width, lower-case, simplified Chinese,
 * Mandarin, typos fixed, stickers read, pinyin converted. The rules downstream are
 * written once against this form.
 */
import { fromChatEnglish } from "./chat-english.js";
import { fromTagalogTime } from "./tagalog-time.js";
import { fromHindiTime } from "./hindi-time.js";
import { fromDialect } from "./dialect.js";
import { fromStickers, stripEmoji } from "./emoji.js";
import { fromPinyin } from "./pinyin.js";
import { toSimplified } from "./traditional.js";
import { fixTypos } from "./typos.js";
import { countHan, countLatin } from "../text/han.js";

export interface Normalized {
  /** Canonical text for the lexicons. */
  text: string;
  /** The reply had only emoji / stickers / punctuation (no words at all). */
  onlySymbols: boolean;
  /** The reply was (mostly) latin script: English rules and chrono.en apply. */
  latin: boolean;
  /** The reply was read as pinyin. */
  pinyin: boolean;
}

/**
 * "A不A" questions (行不行, 可不可以, 方不方便, 有没有) contain a literal negation
 * (不行, 不可以) that is not one; fold them to "A吗" so negation rules stay simple.
 */
// The 吗 goes to the end of the clause, so the words after stay intact for the lexicons:
// 能不能改 → 能改吗, 可不可以晚一点 → 可以晚一点吗, 有没有停车位 → 有停车位吗.
// A clause runs to the next punctuation or a space before Han (voice input's clause break);
// a dot between digits (11.28) is part of a date.
// (A space before a digit breaks too: "离地铁站远不远 2.一个月能拿多少" is a numbered list.)
const CLAUSE_REST = String.raw`((?:[^,.!?。;\s]|\s(?![\u4e00-\u9fa5\d])|(?<=\d)\.(?=\d))*)`;
const FOLD_MODAL = new RegExp(String.raw`([可方需愿应])[不没]\1([以便要意该])` + CLAUSE_REST, "g");
// "不去不去" / "不了不了" repeat a refusal; they ask nothing.
const FOLD_VERB = new RegExp(String.raw`(?<![现正实存所自不没])([\u4e00-\u9fa5])[不没]\1` + CLAUSE_REST, "g");

/**
 * Some 不 or 没 stands between two equal code units (行不行, 可不可以): what both A不A folds need.
 * A plain loop: most replies have a 不 or 没 but no A不A, and the fold regexes (a lookbehind and a
 * backreference) are tried at every position before failing.
 */
function hasAnotA(text: string): boolean {
  for (let i = 1; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c === 0x4e0d || c === 0x6ca1) && text.charCodeAt(i - 1) === text.charCodeAt(i + 1)) return true;
  }
  return false;
}

/** A 不 or 没 ending a clause (好不, 有食堂没): what the clause-final folds need. */
const CLAUSE_FINAL_NOT = /[不没](?=[哦噻嘛啊]?(?:[\s,.?!。]|$))/;

function foldAnotA(text: string): string {
  // Every fold needs a 不 or 没, and none adds one.
  if (!/[不没]/.test(text)) return text;
  let t = text;
  if (hasAnotA(t)) t = t.replace(FOLD_MODAL, "$1$2$3吗");
  // Not across a word: 现在不在深圳 is "now not in Shenzhen".
  if (hasAnotA(t)) t = t.replace(FOLD_VERB, "$1$2吗");
  if (!CLAUSE_FINAL_NOT.test(t)) return t;
  return t
    .replace(/([行中好对]|可以)不(?=[\s,.?!。]|$)/g, "$1吗")
    // 有食堂不 / 要带电脑不 / 有笔试没 / 包吃住不: a clause-final 不 or 没 after 有/要/能/包 asks.
    // (Southwestern 面试要收费不哦 / 是双休不 / 用带身份证复印件不: with a particle after it, or 是 / 用 opening the clause.)
    .replace(/((?:有|要|能|可以|需要|包|管|好|(?<![^\s,.?!。])(?:是|用|带))[^,.!?。;不没]{1,8})[不没][哦噻嘛啊]?(?=[\s,.?!。]|$)/g, "$1吗")
    // 工钱日结不 / 工资月结不: how pay is settled, asked with a clause-final 不.
    .replace(/((?:日|周|月)结)不(?=[\s,.?!。]|$)/g, "$1吗");
}

const DAY_THEN_WU = /(?<=(?:周|星期|礼拜)[一二三四五六日天1-7]|[今明后]天|号|日|(?:改|换|调|挪|约)(?:到|在|成))([上下])五(?![点时号月日楼层天个次趟百千万\d])/g;

const DAY_LIST = /(?<![\d.:])(\d{1,2})\s*([、和]|或者?|或是)\s*(?=\d{1,2}号)/g;

const CIRCLED: Record<string, string> = { "①": "1", "②": "2", "③": "3", "❶": "1", "❷": "2", "❸": "3" };
/** A formal numeral alone (壹) is a menu number; inside words (參加) it is not. */
const FORMAL_ALONE = /^\s*([壹贰叁貳])\s*[.。!！~]*\s*$/;
const FORMAL: Record<string, string> = { 壹: "1", 贰: "2", 貳: "2", 叁: "3" };

/**
 * True when NFKC certainly leaves `text` as it is: every code unit is ASCII, a CJK
 * unified ideograph (U+4E00–U+9FFF) or 、。. None of these has a decomposition, and none
 * composes with a neighbour (composition needs a combining mark or a jamo, and there is
 * none among them). Most replies are made only of these, and the scan costs a fraction
 * of the ICU call it saves.
 */
export function nfkcStable(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 || (c >= 0x4e00 && c <= 0x9fff) || c === 0x3001 || c === 0x3002) continue;
    return false;
  }
  return true;
}

/**
 * `/[\p{L}\p{N}]/u.test(text)`: ASCII letters and digits and the CJK ideographs U+4E00–U+9FA5
 * (all letters) answer yes at once, without the Unicode-property regex; only a text with none of
 * them asks it.
 */
function hasLetterOrDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x4e00 && c <= 0x9fa5)) return true;
  }
  return /[\p{L}\p{N}]/u.test(text);
}

/** A quoted span ("…", “…”, 「…」) and whether it is the bot's menu quoted back. */
const QUOTED = /["“「『]([^"”」』]{4,80})["”」』]/g;
const MENU_ENTRY = /[123]\s*[.、:：,，]?\s*(?:确认|申请|改期|改时间|取消|无法|不参加|参加)/;

/**
 * "“请回复1确认参加，2申请改期，3无法参加”……让我想想": the invitation's menu quoted back is the
 * bot's words, not the candidate's choice; what the candidate says around it stands.
 */
function dropQuotedMenu(text: string): string {
  return text.replace(QUOTED, (all, inner: string) => (MENU_ENTRY.test(inner) ? " " : all));
}

function hasLatinLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return true;
  }
  return false;
}

export function normalize(raw: string): Normalized {
  // Keycaps (3️⃣), circled digits and formal numerals alone (壹) are menu numbers; handle before
  // NFKC mangles them. (All are rare: checked for before a replace scans the reply.)
  const formal = FORMAL_ALONE.exec(raw);
  let text = formal ? FORMAL[formal[1]!]! : raw;
  if (text.includes("\u20e3")) text = text.replace(/([0-9])\ufe0f?\u20e3/g, "$1");
  if (/[①②③❶❷❸]/.test(text)) text = text.replace(/[①②③❶❷❸]/g, (c) => CIRCLED[c] ?? c);
  text = fromStickers(text);
  text = (nfkcStable(text) ? text : text.normalize("NFKC")).toLowerCase();
  text = stripEmoji(text);
  const onlySymbols = !hasLetterOrDigit(text);
  text = toSimplified(text);
  if (/["“「『]/.test(text)) text = dropQuotedMenu(text);
  text = fromDialect(text);
  text = fixTypos(text);
  // "works 4 me, c u tmrw": chat English spelled out (only where there is any Latin letter at all).
  // "Biyernes ng umaga po": Tagalog days and parts of day in English, too.
  if (hasLatinLetter(text)) text = fromHindiTime(fromTagalogTime(fromChatEnglish(text)));
  // ("push 一天 okay 吗": an English verb with a Chinese length, read as 推迟一天.)
  if (text.includes("push")) text = text.replace(/\bpush\s*(?=[一两二三四五六七八九十\d]+\s*(?:天|个?小时|周|个?星期))/g, "推迟");
  // "你们店在朝阳广场那边麻": 麻 ending a clause is 吗 typed by sound (芝麻, 发麻 stay).
  if (text.includes("麻")) text = text.replace(/(?<=[\u4e00-\u9fa5])(?<![芝发酸大披肉])麻(?=[\s,.!?。~]|$)/g, "吗");
  // "14;00": a semicolon typed for the colon of a clock.
  if (text.includes(";")) text = text.replace(/(?<!\d)(\d{1,2});(\d{2})(?!\d)/g, "$1:$2");
  // 上五 / 下五 right after a day (周五上五, 明天下五) or a change (换到下五) is an IME slip for 上午 / 下午.
  if (/[上下]五/.test(text)) text = text.replace(DAY_THEN_WU, "$1午");
  // "一日搞掂" (Cantonese: done in one day) is a length, not the 1st.
  if (text.includes("一日")) text = text.replace(/(?<![\d一二三四五六七八九十月])一日(?=搞|完|内|之内|就|都|来回)/g, "一天");
  // 廿 / 卅 (twenty, thirty) in dates written the old way: 十一月廿号 is the 20th.
  if (/[廿卅]/.test(text)) text = text.replace(/廿/g, "二十").replace(/卅/g, "三十");
  // (Most replies have no whitespace at all: nothing to collapse or trim.)
  if (/[\s\u3000]/.test(text)) text = text.replace(/[\s\u3000]+/g, " ").trim();
  // "下午 3 点": spaces around a clock's digits belong to the clock, not to a clause break.
  if (text.includes(" ") && /\d/.test(text)) text = text.replace(/(?<=\d) (?=[点号时月日])|(?<=[午上下晚早到在改约是])\s(?=\d)/g, "");
  // "18、20号都行": the first day of a list takes the 号 said once at its end.
  // ("1號選項，確認": option number 1, not the 1st of the month.)
  if (text.includes("号")) text = text.replace(DAY_LIST, "$1号$2").replace(/([123])\s*号\s*(?:选项|option)/g, "选项$1");
  text = foldAnotA(text);
  const latinLetters = countLatin(text);
  const hanLetters = countHan(text);
  let pinyin = false;
  if (hanLetters === 0 && latinLetters > 0) {
    const converted = fromPinyin(text);
    if (converted !== null) {
      // ("gai ge shi jian ke yi bu": 可以不 closing a reply read from pinyin asks, like 可以不 typed in characters. Only at the
      // end: the words we cannot read drop out of the middle, which could make an A-not-A of what was none.)
      const fixed = fixTypos(converted);
      text = /不[?!.\s]*$/.test(fixed) ? foldAnotA(fixed) : fixed;
      pinyin = true;
    }
  }
  return { text, onlySymbols, latin: !pinyin && latinLetters > hanLetters, pinyin };
}
