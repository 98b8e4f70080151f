/**
 * Homophone and IME slips seen in chat (pinyin input picks the wrong character with the
 * same sound). Only pairs whose wrong form has no competing meaning in this domain are
 * listed, so the correction cannot change a correct reply.
 */
import { compilePhraseMap } from "./phrase-map.js";

const TYPOS: ReadonlyArray<readonly [string, string]> = [
  // 在/再: "again" typed as "at".
  ["在约", "再约"], ["在联系", "再联系"], ["在说", "再说"], ["在安排", "再安排"], ["在回复", "再回复"], ["在定", "再定"],
  // 已/以 (以经), 认/人 (确人), 时/是 (准是), 到/道 (改道, 晚道), 事/是 (有是), 了/列 (去不列).
  ["拿栋", "哪栋"], ["具体在那", "具体在哪"], ["地址在那", "地址在哪"], ["公司在那", "公司在哪"], ["拿层", "哪层"], ["拿个门", "哪个门"], ["以经", "已经"], ["入值", "入职"], ["如职", "入职"], ["已近", "已经"], ["确人", "确认"], ["却认", "确认"], ["准是", "准时"], ["准点", "准时"],
  ["能该", "能改"], ["可以该", "可以改"], ["该个时间", "改个时间"], ["该一下时间", "改一下时间"],
  ["改道", "改到"], ["换道", "换到"], ["晚道", "晚到"], ["迟道", "迟到"], ["有是", "有事"], ["有点是", "有点事"],
  // 填/天 (推两填), 马/吗 (好停车马: only as a question's last word, see below).
  // 電 (traditional 點 mistyped, simplified to 电 by then) after a digit: 下午3電.
  ["1电", "1点"], ["2电", "2点"], ["3电", "3点"], ["4电", "4点"], ["5电", "5点"], ["6电", "6点"], ["7电", "7点"], ["8电", "8点"], ["9电", "9点"], ["0电", "0点"],
  ["通琴", "通勤"], ["准实", "准时"], ["两填", "两天"], ["一填", "一天"], ["三填", "三天"], ["几填", "几天"], ["停车马", "停车吗"], ["可以马", "可以吗"],
  ["去不列", "去不了"], ["来不列", "来不了"], ["去不料", "去不了"], ["参家", "参加"], ["餐加", "参加"],
  // 俩 = 两 in times (俩点 → 两点); 的/得 (明天得下午).
  ["俩点", "两点"], ["天得下午", "天的下午"], ["天得上午", "天的上午"], ["天得晚上", "天的晚上"],
  ["好得", "好的"], ["好滴", "好的"], ["好哒", "好的"], ["好嘞", "好的"], ["好叻", "好的"], ["好di", "好的"],
  // Sound-alike slang for 可以: 阔以 / 可以滴 (the latter handled by assent particles).
  ["阔以", "可以"], ["口以", "可以"],
  // Internet slang 木 = 没 (木有, 木问题, 木事).
  ["木有", "没有"], ["3q", "谢谢"], ["3x", "谢谢"], ["木问题", "没问题"], ["木事", "没事"], ["没得问题", "没问题"], ["么问题", "没问题"],
  // …but 什么问题 / 怎么问题 are questions: kept as they are (the longer phrase wins).
  // 没得事 (south-western Mandarin, also 冇得事 after the dialect pass) = 没事.
  ["没得事", "没事"],
  // 舟/周 (下舟一): the week typed as "boat"; 舟山 (the city) stays.
  ["下舟", "下周"], ["这舟", "这周"], ["本舟", "本周"], ["下舟山", "下舟山"], ["这舟山", "这舟山"],
  ["什么问题", "什么问题"], ["怎么问题", "怎么问题"], ["这么问题", "这么问题"], ["那么问题", "那么问题"], ["冒问题", "没问题"],
];

export const fixTypos = compilePhraseMap(TYPOS);
