import type { RecruiterTexts } from "../../config/recruiter-texts.js";
import { resolutionToDate, resolveTime } from "../nlu/index.js";
import { whenText } from "./describe.js";

export type TimeParse = { ok: true; at: Date; used: number } | { ok: false; markdown: string };

/** How many words a time may span (`11月28日 15:00` is two). */
const MAX_WORDS = 3;

/**
 * Reads the time at the start of `words` with the reply-understanding time
 * resolver, in the business zone. It must name a day and a clock time (周三下午
 * alone is refused as ambiguous: 2 点还是 4 点?) and lie in the future. Takes the
 * fewest words that name a complete time, so the place that follows is not
 * swallowed; `used` says how many. Errors carry a correct example.
 */
export function parseCommandTime(words: readonly string[], now: Date, timeZone: string, texts: RecruiterTexts): TimeParse {
  const fail = (key: "time.missing" | "time.unreadable" | "time.no_day" | "time.no_clock" | "time.past", vars: Record<string, string> = {}): TimeParse => ({
    ok: false,
    markdown: `${texts.get(key, vars)}\n${texts.get("time.example")}`,
  });
  if (words.length === 0) return fail("time.missing");
  let partial: { text: string; day: boolean } | undefined;
  for (let n = 1; n <= Math.min(MAX_WORDS, words.length); n++) {
    const text = words.slice(0, n).join(" ");
    const r = resolveTime(text, { now, timeZone });
    if (!r) continue;
    if (r.date && r.time) {
      const at = resolutionToDate(r, timeZone);
      if (!at) continue;
      if (at.getTime() <= now.getTime()) return fail("time.past", { text, time: whenText(at, timeZone) });
      return { ok: true, at, used: n };
    }
    partial ??= { text, day: r.date !== null };
  }
  if (!partial) return fail("time.unreadable", { text: words[0]! });
  return partial.day ? fail("time.no_clock", { text: partial.text }) : fail("time.no_day", { text: partial.text });
}
