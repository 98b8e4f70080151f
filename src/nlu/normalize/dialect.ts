/**
 * Dialect → Mandarin, so the lexicons only need to know Mandarin. Grouped by region;
 * each entry is what people write in chat, not what a textbook would.
 */
import { compilePhraseMap } from "./phrase-map.js";

const CANTONESE: ReadonlyArray<readonly [string, string]> = [
  // Days and parts of day.
  ["听日", "明天"], ["聽日", "明天"], ["今日", "今天"], ["琴日", "昨天"], ["后日", "后天"], ["後日", "后天"],
  ["嗰日", "那天"], ["嗰阵", "那时"], ["下昼", "下午"], ["上昼", "上午"], ["朝早", "早上"], ["夜晚", "晚上"], ["挨晚", "傍晚"],
  // Availability and refusal: 唔 is the Cantonese negator; map compounds first (longest wins).
  ["唔得闲", "没空"], ["唔得閒", "没空"], ["得唔得", "行不行"], ["得不得", "行不行"], ["可唔可以", "可不可以"], ["好唔好", "好不好"],
  ["唔好意思", "不好意思"], ["唔该", "谢谢"], ["唔該", "谢谢"], ["多谢", "谢谢"], ["唔使", "不用"], ["唔洗", "不用"],
  ["去唔到", "去不了"], ["嚟唔到", "来不了"], ["唔去", "不去"], ["唔嚟", "不来"], ["唔得", "不行"], ["唔", "不"], ["冇问题", "没问题"], ["冇問題", "没问题"], ["冇", "没"],
  // Work and verbs.
  // 第日 = "some other day" (改第日 = 改天).
  // 第二间 = another (company); 返紧工 = is working now (緊 progressive); 呢个 = 这个.
  ["而家", "现在"], ["返紧嚟", "在赶来"], ["返緊嚟", "在赶来"], ["搭错", "坐错"], ["第二间", "另一家"], ["第二度", "别处"], ["返紧工", "在上班"], ["返紧", "在上"], ["呢个", "这个"], ["呢度", "这里"], ["呢排", "最近"],
  ["改第日", "改天"], ["第日", "改天"], ["搵到工", "找到工作"], ["搵", "找"], ["返工", "上班"], ["收工", "下班"], ["嚟", "来"], ["咗", "了"], ["係", "是"],
  ["喺", "在"], ["嘅", "的"], ["覆你", "回复你"], ["再覆", "再回复"], ["乜嘢", "什么"], ["边度", "哪里"], ["點去", "怎么去"], ["迟少少", "晚一点"], ["塞车", "堵车"],
  ["有啲", "有点"], ["少少", "一点"], ["啲", "些"], ["㗎", ""], ["喇", "了"], ["啦", "了"], ["咩", "吗"],
];

const MANDARIN_REGIONAL: ReadonlyArray<readonly [string, string]> = [
  // Southwest (Sichuan, Chongqing, Guizhou): 得行 / 要得 = OK, 搞不赢 = can't make it.
  ["得行", "可以"], ["要得不", "行不行"], ["要得", "可以"], ["搞不赢", "来不及"], ["莫得问题", "没问题"], ["莫得", "没有"],
  ["晓得了", "知道了"], ["晓得", "知道"],
  // 莫 = 没 (莫问题, 莫事); 找着 = 找到 (找着活儿了 = found work).
  ["莫问题", "没问题"], ["莫得事", "没事"], ["莫事", "没事"], ["找着", "找到"],
  // Henan: 中 = OK; 中不中 = OK or not; 俺 = I.
  ["中不中", "行不行"], ["俺", "我"],
  // Northeast: 整不了 = can't do, 整呗 = let's do it, 嗯呐 = yes.
  ["整不了", "不行"], ["整呗", "可以"], ["嗯呐", "嗯"], ["咋整", "怎么办"],
  // Colloquial "what" everywhere in the north: 啥 = 什么 (要带啥, 问些啥, 啥时候).
  ["啥", "什么"],
];

// Wu (Shanghai, Zhejiang): 好额 = 好的, 覅 = 不要, 伐 = 吗, 阿拉 = 我们, 晓得伐 = 知道吗.
const WU: ReadonlyArray<readonly [string, string]> = [
  ["好额", "好的"], ["覅", "不要"], ["晓得伐", "知道吗"], ["阿拉", "我们"], ["伐", "吗"], ["侬", "你"],
  // 勿 / 弗 (and 伐 before a verb) negate: 勿要 = 不要, 伐来了 = 不来了, 弗去 = 不去.
  ["勿要", "不要"], ["勿来", "不来"], ["勿去", "不去"], ["弗来", "不来"], ["弗去", "不去"], ["伐来", "不来"], ["伐去", "不去"], ["伐要", "不要"],
  // 上半天 / 下半天 (also 上半日 / 下半日) are the morning and the afternoon.
  ["上半天", "上午"], ["下半天", "下午"], ["上半日", "上午"], ["下半日", "下午"],
];

export const fromDialect = compilePhraseMap([...CANTONESE, ...MANDARIN_REGIONAL, ...WU]);
