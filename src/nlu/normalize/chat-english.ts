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
  // Jamaican spellings: "anyting later", "dat time".
  anyting: "anything",
  // "I wil b thr".
  "wil b": "will be",
  "will b": "will be",
  thr: "there",
  tht: "that",
  rschdl: "reschedule",
  rschedule: "reschedule",
  diffrent: "different",
  giv: "give",
  anoda: "another",
  cnfrmd: "confirmed",
  dat: "that",
  gd: "good",
  // Philippine English: 12nn = twelve noon.
  "12nn": "12 noon",
  sth: "something",
  tmrw: "tomorrow",
  tmr: "tomorrow",
  l8: "late",
  cfm: "confirm",
  rescheudle: "reschedule",
  reschdule: "reschedule",
  ther: "there",
  cum: "come",
  l8r: "later",
  reschedul: "reschedule",
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
  conirmed: "confirmed",
  confrimed: "confirmed",
  erlier: "earlier",
  cnfrm: "confirm",
  aftn: "afternoon",
  okey: "okay",
  aight: "alright",
  "more early": "earlier",
  "diff day": "different day",
  "diff time": "different time",
  "postpone of": "postpone by",
  "past tomorrow": "the day after tomorrow",
  // Nigerian English "next tomorrow": the day after tomorrow.
  "next tomorrow": "the day after tomorrow",
  hiya: "hi",
  anothr: "another",
  "more late": "later",
  ight: "alright",
  availible: "available",
  "can not": "cannot",
  recshedule: "reschedule",
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
  // West African and Indian SMS spellings: "cn we do day aftr tmrw, same tym?", "Plz change d date, that day i hav exam",
  // "pls wat is d salary"; slips "chnage the time", Northern English "deffo".
  aftr: "after",
  // ("yea ill be thre", "how bout nov 16th @ 3", "what's the postcode? sat nav can't find it": a satnav is no Saturday.)
  thre: "there",
  "be der": "be there",
  cuming: "coming",
  "ill be": "i'll be",
  "how bout": "how about",
  "sat nav": "satnav",
  // Day-name slips ("Can we do Thrusday 3pm?"), Scots "the morra" (tomorrow), Indian English "post lunch" (the afternoon).
  thrusday: "thursday",
  thurday: "thursday",
  thursdy: "thursday",
  wendesday: "wednesday",
  wednsday: "wednesday",
  wensday: "wednesday",
  tuseday: "tuesday",
  tueday: "tuesday",
  firday: "friday",
  fridy: "friday",
  mondy: "monday",
  "the morra": "tomorrow",
  "post lunch": "afternoon",
  "post-lunch": "afternoon",
  tym: "time",
  hav: "have",
  // Scots and Irish: cannae / dinnae, "can ye" (you), "ill not" / "ill have to" (I'll), "on me way".
  cannae: "can't",
  dinnae: "don't",
  couldnae: "couldn't",
  wouldnae: "wouldn't",
  isnt: "isn't",
  "can ye": "can you",
  "could ye": "could you",
  "would ye": "would you",
  "have ye": "have you",
  "are ye": "are you",
  "do ye": "do you",
  "will ye": "will you",
  ...Object.fromEntries(["not", "have", "be", "ring", "let", "give", "pass", "see", "check", "come", "confirm", "text", "call", "just", "get", "try", "never", "leave", "need", "do", "bring", "make"].map((w) => [`ill ${w}`, `i'll ${w}`])),
  "on me way": "on my way",
  aft: "afternoon",
  forenoon: "morning",
  resheduel: "reschedule",
  "christmas eve": "christmas-eve",
  "new year's eve": "new-year's-eve",
  "new years eve": "new-years-eve",
  conformed: "confirmed",
  schedul: "schedule",
  "12noon": "12pm",
  "12 noon": "12pm",
  chnage: "change",
  chnge: "change",
  chng: "change",
  deffo: "definitely",
  "d date": "the date",
  "d time": "the time",
  "d day": "the day",
  "d salary": "the salary",
  "d interview": "the interview",
  "d venue": "the venue",
  "d address": "the address",
  "d office": "the office",
  "d job": "the job",
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

const HOUR_WORDS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
/** "half past 2", "quarter to seven": a clock in words, which chrono leaves unread. */
const WORD_CLOCK = /\b(half|quarter) (past|after|to) (1[0-2]|0?[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?![:.]\d)(?!\s*(?:hours?|hrs?|minutes?|mins?|days?|weeks?)\b)/g;
/** Learners' "at 11 and half", "4 and quarter": the same clock, word for word from Spanish, Italian or Portuguese. */
const AND_HALF = /(?<=\b(?:at|by|around|about|to|for|say|or|on|like)\s)(1[0-2]|0?[1-9]) and (?:a )?(half|quarter)\b(?!\s*(?:an? )?(?:hours?|hrs?|minutes?|mins?|days?|weeks?|months?|years?)\b)/g;
/** Learners' "at 7 of the evening", "3 of the afternoon": a clock and its part of day. */
const OF_THE_PART = /\b(1[0-2]|0?[1-9])(:[0-5]\d)? of the (morning|afternoon|evening|night)\b/g;
/** French and Brazilian "today 15h", "to 10h30": a 24-hour clock after a word that moves to it ("at school at 16h" stays unread). */
const H_CLOCK = /(?<=\b(?:to|for|today|tomorrow|around)\s)(1\d|2[01]|0?[7-9])h([0-5]\d)?\b/g;
/** Latin-American "17hs": a 24-hour clock. */
const HS_CLOCK = /\b(1\d|2[0-3]|0?[7-9])\s?hs\b/g;
/** Learners' "after tomorrow" (pasado mañana, dopodomani) with a clock or same hour: the day after tomorrow. */
const AFTER_TOMORROW = /(?<!\bday )\bafter tomorrow\b(?=,?\s*(?:at\b|same\b|in the\b|morning|afternoon|evening|\d|\?))/g;
/** Learners' "the day 10", "the day 16 at the same hour": the 10th, the 16th. */
const THE_DAY_N = /\bthe day ([12]?\d|3[01])\b(?![:.]\d)(?!\s*(?:hours?|hrs?|minutes?|mins?|days?|weeks?|months?|of\b|am\b|pm\b))/g;
/** Learners' "Is possible half an hour before?" (antes, prima): that much earlier; "…30 minutes after?", that much later (not "I'll come 15 min before"). */
const SHIFT_BEFORE_AFTER = /(?<=\b(?:possible|can we|could we|can it be|could it be|can be|could be|may we)\s+(?:(?:to\s+)?(?:do|start|make|have|move|bring|put)\s+(?:it\s+)?)?)(half an hour|an hour|one hour|two hours|\d+ ?(?:minutes?|mins?|hours?))\s+(before|after)(?=\s*(?:[?.!,]|$))/g;
/** "Is it possible to have it one hour early?": the slot moved that much earlier (not "I'll be half an hour early", an arrival). */
const IT_HOURS_EARLY = /\b((?:have|do|make|move|start|hold) it (?:one|an|a|half an|two|\d+) hours?) early\b/g;
/** Spanish "mañana" in an English reply is tomorrow ("Mañana I can't, past tomorrow yes"); "de la mañana" is the morning. */
/** Learners' "Is possible the day after tomorrow?" / "Could be the same day?" (¿Es posible…?, Pode ser…?): the question's missing "it". */
const MISSING_IT = /(?<=^|[,.!?¿]\s*|\b(?:hi|hello|so|and|but|or|sorry|also|please)\s)(is|could|can|would) (possible|be)\b(?=\s*(?:\?|$|the\b|on\b|at\b|in\b|for\b|tomorrow\b|next\b|this\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b))/g;
/** Learners' "Can we do it other week?" / "in other hour": another. */
const OTHER_UNIT = /\b(do it|be|have it|move it|change it|change|reschedule|schedule|for|in|on|to) other (week|day|date|time|hour|moment|slot)\b/g;
const MANANA = /(?<!\bde la |\bla )\bmañana\b/g;
/** "first thing tomorrow", "Friday first thing": that day's morning. */
const FIRST_THING = /\bfirst thing (?:on )?(tomorrow|(?:next )?(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b|\b(tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day) first thing\b/g;
/** Learners' "anticipate one hour" (anticipar, anticipare): bring it forward. */
const ANTICIPATE = /\banticipate(?= (?:it |the interview |the meeting )?(?:by )?(?:one|an|a|1|2|two|half|\d+)\b)/g;

function ordinal(n: number): string {
  return `${n}${n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th"}`;
}

/**
 * Clocks and days written in words, and learners' calques of them, as digits chrono reads. Each rewrite runs only when a
 * word it needs is in the reply: this is on every reply's path, and most have none of them.
 */
function wordedTimes(text: string): string {
  let t = text;
  if (t.includes("half") || t.includes("quarter")) {
    t = t
      .replace(WORD_CLOCK, (all, part: string, dir: string, h: string) => {
        const hour = HOUR_WORDS[h] ?? Number(h);
        if (dir === "to") return part === "quarter" ? `${((hour + 10) % 12) + 1}:45` : all;
        return `${hour}:${part === "half" ? "30" : "15"}`;
      })
      .replace(AND_HALF, (_, h: string, part: string) => `${Number(h)}:${part === "half" ? "30" : "15"}`);
  }
  if (t.includes(" of the ")) t = t.replace(OF_THE_PART, "$1$2 in the $3");
  if (t.includes("mañana")) t = t.replace(MANANA, "tomorrow");
  if (t.includes("possible") || t.includes(" be ")) t = t.replace(MISSING_IT, (all, verb: string, word: string) => (word === "possible" && verb !== "is" ? all : `${verb} it ${word}`));
  if (t.includes(" other ")) t = t.replace(OTHER_UNIT, "$1 another $2");
  if (t.includes(" early")) t = t.replace(IT_HOURS_EARLY, "$1 earlier");
  if (/\dh/.test(t) || t.includes(" hs")) t = t.replace(HS_CLOCK, "$1:00").replace(H_CLOCK, (_, h: string, m: string | undefined) => `${h}:${m ?? "00"}`);
  if (t.includes("after tomorrow")) t = t.replace(AFTER_TOMORROW, "the day after tomorrow");
  if (t.includes("the day ")) t = t.replace(THE_DAY_N, (_, d: string) => `the ${ordinal(Number(d))}`);
  if (t.includes("anticipate")) t = t.replace(ANTICIPATE, "bring forward");
  if (t.includes("first thing")) t = t.replace(FIRST_THING, (_, a: string | undefined, b: string | undefined) => `${a ?? b} morning`);
  if (t.includes(" before") || t.includes(" after")) t = t.replace(SHIFT_BEFORE_AFTER, (_, span: string, dir: string) => `${span} ${dir === "before" ? "earlier" : "later"}`);
  return t;
}

const MILITARY_CLOCK = /(\b(?:at|do|to|by|around|after|before|from|until|till|for)\s+)?\b(0[7-9]|1\d)([0-5]\d)(\s*hrs?\b)?(?![\d:.,/-])/g;

/** `text` (already lower-case) with chat abbreviations spelled out. */
export function fromChatEnglish(text: string): string {
  // ("move it to 2moro @ 3": @ before a clock is "at".)
  const at = text.includes("@") ? text.replace(/\s*@\s*(?=\d)/g, " at ") : text;
  // ("I land at 1330 that day, could we do 1630?": a 24-hour clock written as four digits, as airline and forces staff do.
  // Only hours 07–19 and only after a word that takes a time, or with hrs after it: "2026" or "room 1204" stay numbers.)
  const military = /\d{4}/.test(at) ? at.replace(MILITARY_CLOCK, (all, lead: string | undefined, h: string, m: string, hrs: string | undefined) => (lead || hrs ? `${lead ?? ""}${h}:${m}` : all)) : at;
  // ("tuesday 2 30 pm": a clock typed with a space for the colon.)
  const spaced = /\d (?:[03]0|[14]5) ?[ap]m/.test(military) ? military.replace(/(?<![\d/.:-]\s?)\b(\d{1,2}) ([03]0|[14]5) ?([ap]m)\b/g, "$1:$2 $3") : military;
  // (Learners' "Already in the way, I'm near" and "I am arriving" (en camino, llegando); the typo "om my way": on the way.)
  const way = spaced.includes(" way") || spaced.includes("arriving") ? spaced.replace(/\bom my way\b/g, "on my way").replace(/\b(already )?in the way\b(?=\s*(?:[,.!]|$|i'?m\b|now\b))/g, "$1on the way").replace(/^(i'?m|i am) arriving(?=[.!\s]*$)/, "$1 almost there") : spaced;
  // ("ill be like 10 late": minutes, not a clock.)
  const lateBy = way.includes(" late") ? way.replace(/(?<=\bbe (?:like |about |around |maybe |roughly )?)(\d{1,2}) (?=late\b)/g, "$1 minutes ") : way;
  // (Irish "forgot to let ye know", "see ye Wednesday": ye after a verb is you, not yeah.)
  const you = lateBy.includes("ye") ? lateBy.replace(/\b(let|tell|see|thank|thanks|give|send|for|to|with|call|ring|text|meet) ye\b/g, "$1 you") : lateBy;
  return wordedTimes(you).replace(CHAT_WORD, (w) => CHAT_WORDS[w.replace(/\s+/g, " ")] ?? w);
}
