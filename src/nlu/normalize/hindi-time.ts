/**
 * Hindi and Urdu time words in Hinglish replies ("17 ko 10 baje?", "aaj 11 baje pakka", "kal subah"), spelled
 * in English so the English time reader and lexicons see them. Candidates from India, Pakistan and the Gulf
 * write the two languages in one clause, so only the words change, never the grammar around them.
 */
const HINDI_WORDS: Readonly<Record<string, string>> = {
  baje: "o'clock",
  aaj: "today",
  // Kal is both yesterday and tomorrow; about an interview not yet held it is tomorrow.
  kal: "tomorrow",
  parso: "day after tomorrow",
  parson: "day after tomorrow",
  subah: "morning",
  dopahar: "afternoon",
  shaam: "evening",
  sham: "evening",
  raat: "night",
  // "thoda late kar sakte hai?": can we do it a bit later?
  "thoda late": "a bit later",
  "thoda jaldi": "a bit earlier",
  "kar sakte hai": "can we do it",
  "kar sakte hain": "can we do it",
  "ho payega": "possible",
};

/** A quick look for any of the words: most replies have none, and skip the rewrite. */
const HINDI_HINT = /baje|aaj|kal|pars|subah|dopahar|sha+m|raat|thoda|sakte|payega|\d ko\b/;

const HINDI_WORD = new RegExp(
  `(?<![\\p{L}\\p{N}])(${Object.keys(HINDI_WORDS)
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, "\\s+"))
    .join("|")})(?![\\p{L}\\p{N}])`,
  "gu",
);

/** "17 ko": on the 17th (ko marks the day, like "on"). */
const DAY_KO = /(?<![\d:.])\b([12]?\d|3[01]) ko\b/g;

function ordinal(day: number): string {
  const teen = day % 100 >= 11 && day % 100 <= 13;
  const suffix = teen ? "th" : day % 10 === 1 ? "st" : day % 10 === 2 ? "nd" : day % 10 === 3 ? "rd" : "th";
  return `${day}${suffix}`;
}

/** `text` (lower-case) with Hinglish time words in English. */
export function fromHindiTime(text: string): string {
  if (!HINDI_HINT.test(text)) return text;
  return text
    .replace(DAY_KO, (_, day: string) => `on the ${ordinal(Number(day))}`)
    .replace(HINDI_WORD, (w) => HINDI_WORDS[w.replace(/\s+/g, " ")] ?? w);
}
