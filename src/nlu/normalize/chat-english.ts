/**
 * Chat English spelled out: the abbreviations and slips candidates type on a phone (c u tmrw, pls,
 * resched, definately), rewritten to the words the English lexicons are written against. Whole words
 * only, never inside an address (xx.cn) and never right before Han (u盘 is a USB stick, not "you").
 */
const CHAT_WORDS: Readonly<Record<string, string>> = {
  u: "you",
  ur: "your",
  cn: "can",
  "c u": "see you",
  resched: "reschedule",
  reschedual: "reschedule",
  rescedule: "reschedule",
  smth: "something",
  wat: "what",
  gd: "good",
  // Philippine English: 12nn = twelve noon.
  "12nn": "12 noon",
  sth: "something",
  tmrw: "tomorrow",
  tmr: "tomorrow",
  // Australian "arvo" and the clipped "eve" (fri eve) are parts of the day.
  arvo: "afternoon",
  // Indian English "next to next week": the week after next.
  "next to next week": "the week after next",
  eve: "evening",
  tmw: "tomorrow",
  tmrrw: "tomorrow",
  tomorow: "tomorrow",
  tmorrow: "tomorrow",
  pls: "please",
  plz: "please",
  thx: "thanks",
  thnx: "thanks",
  tks: "thanks",
  confrim: "confirm",
  comfirm: "confirm",
  cofirm: "confirm",
  definately: "definitely",
  definitly: "definitely",
  defo: "definitely",
  b4: "before",
  intrested: "interested",
  nxt: "next",
  alrdy: "already",
  cnfirmed: "confirmed",
  yh: "yeah",
  ye: "yeah",
  "all g": "all good",
  thats: "that's",
  rescheduel: "reschedule",
  somthing: "something",
  confimred: "confirmed",
  comfirmed: "confirmed",
  confirmd: "confirmed",
  reshedule: "reschedule",
  reshcedule: "reschedule",
  accpeted: "accepted",
  acepted: "accepted",
  accpet: "accept",
  whats: "what's",
  wll: "will",
  "b there": "be there",
  "be their": "be there",
  "i m": "i'm",
  wk: "week",
  confim: "confirm",
  wheres: "where's",
  intervew: "interview",
  interveiw: "interview",
  cnt: "can't",
  "on d way": "on the way",
  postpne: "postpone",
  postpon: "postpone",
  wil: "will",
  resked: "reschedule",
  sked: "schedule",
  intersted: "interested",
  tommorow: "tomorrow",
  tommorrow: "tomorrow",
  tomm: "tomorrow",
  "2mrw": "tomorrow",
  "2moro": "tomorrow",
  availble: "available",
  avaliable: "available",
  shud: "should",
  cud: "could",
  wud: "would",
  bcoz: "because",
  bcz: "because",
  coz: "because",
  cuz: "because",
  "4 me": "for me",
  "4 u": "for you",
  abt: "about",
  appt: "appointment",
  asap: "as soon as possible",
  im: "i'm",
  dont: "don't",
  cant: "can't",
  wont: "won't",
};

const CHAT_WORD = new RegExp(
  // Letters on either side in any script (zhōu is pinyin, not "zh" + "you"), or an address around it, keep it.
  `(?<![\\p{L}\\p{N}./@:'])(?:${Object.keys(CHAT_WORDS)
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, "\\s+"))
    .join("|")})(?![\\p{L}\\p{N}'])`,
  "gu",
);

/** `text` (already lower-case) with chat abbreviations spelled out. */
export function fromChatEnglish(text: string): string {
  // ("move it to 2moro @ 3": @ before a clock is "at".)
  const at = text.includes("@") ? text.replace(/\s*@\s*(?=\d)/g, " at ") : text;
  return at.replace(CHAT_WORD, (w) => CHAT_WORDS[w.replace(/\s+/g, " ")] ?? w);
}
