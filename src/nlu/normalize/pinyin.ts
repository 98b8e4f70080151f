/**
 * Toneless pinyin → Chinese, for candidates who type without an IME ("bu qu le",
 * "mingtian xiawu keyima"). Two steps: split each token into syllables (so joined and
 * spaced forms both work), then greedily match the longest known word. The word list
 * is grouped by meaning and covers the scheduling vocabulary, not general Chinese.
 */

const INITIALS = ["zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w", ""];
const FINALS = [
  "iang", "iong", "uang", "ueng", "ang", "eng", "ing", "ong", "ian", "iao", "uai", "uan", "van", "ai", "ei", "ao", "ou",
  "an", "en", "in", "un", "vn", "ia", "ie", "iu", "ua", "uo", "ui", "ue", "ve", "er", "a", "o", "e", "i", "u", "v",
];
const SYLLABLES = new Set<string>();
for (const i of INITIALS) for (const f of FINALS) if (i !== "" || /^[aoe]/.test(f)) SYLLABLES.add(i + f);

/**
 * Splits a latin token into pinyin syllables; null if impossible. Prefers the longest
 * syllable at each position that still lets the rest split ("xian" → xian, not xi an).
 * Linear: one backward pass records, per position, the syllable length to take
 * (a 2,000-letter token costs the same as 2,000 letters of short tokens).
 */
export function splitSyllables(token: string): string[] | null {
  const n = token.length;
  // take[pos] = length of the syllable starting at pos in a full split of token[pos..], 0 = none.
  const take = new Uint8Array(n + 1);
  const ok = new Uint8Array(n + 1);
  ok[n] = 1;
  for (let pos = n - 1; pos >= 0; pos--) {
    for (let len = Math.min(6, n - pos); len >= 1; len--) {
      if (ok[pos + len] && SYLLABLES.has(token.slice(pos, pos + len))) {
        take[pos] = len;
        ok[pos] = 1;
        break;
      }
    }
  }
  if (!ok[0]) return null;
  const out: string[] = [];
  for (let pos = 0; pos < n; pos += take[pos]!) out.push(token.slice(pos, pos + take[pos]!));
  return out;
}

const WORDS: Record<string, string> = {
  // Assent and attendance.
  "hao de": "好的", "hao": "好", "hao a": "好啊", "ke yi": "可以", "xing": "行", "mei wen ti": "没问题", "que ren": "确认",
  "zhun shi": "准时", "dao": "到", "can jia": "参加", "hui qu": "会去", "qu": "去", "lai": "来", "jian": "见", "dui": "对",
  "en": "嗯", "ming bai": "明白", "zhi dao le": "知道了", "shou dao": "收到", "xie xie": "谢谢", "gan xie": "感谢",
  // Refusal, withdrawal and reasons.
  "bu": "不", "mei": "没", "bu qu le": "不去了", "qu bu liao": "去不了", "lai bu liao": "来不了", "bu liao": "不了", "liao": "了", "bu kao lv": "不考虑", "kao lv": "考虑", "fang qi": "放弃", "qu xiao": "取消",
  "suan le": "算了", "xiang": "想", "bu xiang": "不想", "bu xiang qu": "不想去", "xing qu": "兴趣", "gan xing qu": "感兴趣", "zhao dao": "找到", "gong zuo": "工作", "ru zhi": "入职",
  "yi jing": "已经", "tai yuan": "太远", "yuan": "远", "xin zi": "薪资", "gong zi": "工资", "mang": "忙",
  // Rescheduling and time.
  "gai qi": "改期", "gai": "改", "huan": "换", "tui chi": "推迟", "shi jian": "时间", "you shi": "有事", "mei kong": "没空",
  "jin tian": "今天", "ming tian": "明天", "hou tian": "后天", "da hou tian": "大后天", "xia zhou": "下周", "zhe zhou": "这周",
  "zhou": "周", "xing qi": "星期", "ni hao": "你好", "li bai": "礼拜", "shang wu": "上午", "xia wu": "下午", "wan shang": "晚上", "zhong wu": "中午",
  "zao shang": "早上", "dian": "点", "ban": "半", "fen zhong": "分钟", "xiao shi": "小时", "ri": "日", "tian": "天",
  "yi": "一", "er": "二", "liang": "两", "san": "三", "si": "四", "wu": "五", "liu": "六", "qi": "七", "jiu": "九",
  // Late and on the way.
  "chi dao": "迟到", "ma shang": "马上", "kuai dao le": "快到了", "lu shang": "路上", "du che": "堵车", "wan dian": "晚点",
  "chu fa": "出发", "zai lu shang": "在路上",
  // Questions.
  "di zhi": "地址", "qing wen": "请问", "wen xia": "问下", "wen yi xia": "问一下", "na wei": "哪位", "zai na li": "在哪里", "na li": "哪里", "zai na": "在哪", "xian shang": "线上", "xian xia": "线下",
  "hai shi": "还是", "xu yao": "需要", "dai": "带", "jian li": "简历", "dian nao": "电脑", "duo jiu": "多久", "duo shao": "多少",
  "ting che": "停车", "di tie": "地铁", "zen me": "怎么", "zou": "走", "mian shi": "面试", "ji lun": "几轮", "shen me": "什么",
  // Function words.
  "wo": "我", "ni": "你", "nin": "您", "le": "了", "ma": "吗", "ba": "吧", "de": "的", "zai": "在", "neng": "能", "hui": "会",
  "yao": "要", "kai hui": "开会", "shi": "是", "you": "有", "na tian": "那天", "xian": "先",
  "you ke": "有课", "shang ke": "上课", "na dao": "拿到", "mian": "面", "bu mian le": "不面了", "yi dian": "一点", "wan yi dian": "晚一点",
};

/**
 * English chat words that returnees drop into pinyin ("bu qu le sorry", "yi jing na dao offer le"): kept as
 * they are, so the rest of the reply can still be read as pinyin.
 */
const KEPT_ENGLISH = new Set(["sorry", "hr", "offer", "ok", "okay", "thanks", "thx", "pls", "please", "hi", "hello", "zoom", "interview"]);

// Index by syllable sequence; longest entries first in the greedy scan.
const MAX_WORD = 4;

// English words that also split into syllables ("you", "see", "a"): a reply with them may be English, not pinyin.
const ENGLISH_WORDS = "ok|okay|yes|no|thx|thanks|thank|the|you|see|sure|pass|here|late|way|noted|pls|please|sorry|got|it|is|am|pm|i|my|me|on|to|a|an";
const ENGLISH_GUARD = new RegExp(`\\b(?:${ENGLISH_WORDS})\\b`);
const ENGLISH_GUARD_ALL = new RegExp(ENGLISH_GUARD.source, "g");

/**
 * Returns the Chinese reading of a pinyin-only reply, or null when the text is not
 * pinyin (English, digits only, mixed script). Conservative: every latin token must
 * split into syllables and at least one known word must be found.
 */
const SOLE_ASSENT = new Set(["xing", "hao", "dui"]);

export function fromPinyin(text: string): string | null {
  // Tone-marked pinyin (nǐ hǎo, wǒ zhōu sān kě yǐ) reads like the toneless kind: ü is v.
  if (/[\u00e0-\u01dc]/.test(text)) text = text.replace(/ü|ǖ|ǘ|ǚ|ǜ/g, "v").normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  if (!/^[a-z0-9\s,.?!'，。？！]+$/.test(text) || !/[a-z]{2}/.test(text)) return null;
  const tokens = text.match(/[a-z]+|[0-9]+|[,.?!，。？！]/g);
  if (!tokens) return null;
  const units: string[] = [];
  for (const t of tokens) {
    if (/^[a-z]/.test(t)) {
      const syl = splitSyllables(t);
      if (syl) units.push(...syl);
      else if (KEPT_ENGLISH.has(t)) units.push(` ${t} `);
      else return null;
    } else units.push(t === "，" || t === "。" ? "," : t === "？" ? "?" : t);
  }
  if (ENGLISH_GUARD.test(text) && units.length < 3) return null;
  let out = "";
  let hits = 0;
  let read = 0;
  for (let i = 0; i < units.length; ) {
    let matched = false;
    for (let n = Math.min(MAX_WORD, units.length - i); n >= 1; n--) {
      const w = WORDS[units.slice(i, i + n).join(" ")];
      if (w !== undefined) {
        out += w;
        i += n;
        read += n;
        hits += n > 1 ? 2 : 1;
        matched = true;
        break;
      }
    }
    if (!matched) {
      const u = units[i]!;
      out += /^[a-z]/.test(u) ? "" : u;
      i++;
    }
  }
  // "Sigeee see you po" (Tagalog and English) splits into syllables too, but few of them make known words.
  if (read * 2 < units.length && (text.match(ENGLISH_GUARD_ALL) ?? []).length >= 2) return null;
  // ("xing", "hao": one word of assent alone is the whole reply, and no English word.)
  if (hits === 1 && units.filter((u) => /^[a-z]/.test(u)).length === 1 && units.some((u) => SOLE_ASSENT.has(u))) return out;
  return hits >= 2 ? out : null;
}
