/**
 * Tagalog time words in Taglish replies ("Biyernes ng umaga po", "bukas ng hapon", "sa hapon na
 * lang"), spelled in English so the English time reader and lexicons see them. Filipino
 * candidates mix the two languages inside one clause, so only the words change, never the grammar
 * around them.
 */
const TAGALOG_WORDS: Readonly<Record<string, string>> = {
  lunes: "monday",
  martes: "tuesday",
  miyerkules: "wednesday",
  miyerkoles: "wednesday",
  huwebes: "thursday",
  biyernes: "friday",
  sabado: "saturday",
  // (Linggo is also "week": "next linggo", "ngayong linggo" are left to the guard below.)
  linggo: "sunday",
  bukas: "tomorrow",
  umaga: "morning",
  hapon: "afternoon",
  gabi: "evening",
};

/** A quick look for any of the words: most replies have none, and skip the rewrite. */
const TAGALOG_HINT = /lunes|martes|miyerk|huwebes|biyernes|sabado|linggo|bukas|umaga|hapon|gabi|na lang/;

const TAGALOG_WORD = new RegExp(`(?<![\\p{L}\\p{N}])(${Object.keys(TAGALOG_WORDS).join("|")})(?![\\p{L}\\p{N}])`, "gu");
/** "na linggo" / "ngayong linggo" / "next linggo": a week, not Sunday. */
const WEEK_BEFORE = /(?:\bna|\bngayong|\bisang|\bnext|\bthis|\bsusunod|\bnakaraang)\s+$/;
/** "friday ng morning", "tomorrow sa afternoon": the linker between a day and its part of day. */
const DAY_LINK = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today)\s+(?:ng|sa)\s+(?=morning|afternoon|evening)/g;

/** `text` (lower-case, with Latin letters) with Tagalog day and part-of-day words in English. */
export function fromTagalogTime(text: string): string {
  if (!TAGALOG_HINT.test(text)) return text;
  let out = text.replace(TAGALOG_WORD, (w, _g, at: number, all: string) => (w === "linggo" && WEEK_BEFORE.test(all.slice(Math.max(0, at - 12), at)) ? w : (TAGALOG_WORDS[w] ?? w)));
  out = out.replace(DAY_LINK, "$1 ");
  // "1pm na lang" / "sa hapon na lang": "instead", asking for that time in place of the slot.
  return out.replace(/\bna lang\b/g, "instead");
}
