/**
 * Emoji and WeChat/WeCom sticker codes ("[OK]", "[微笑]") → words. Assent emoji
 * become 好的 so the assent lexicon sees them; keycaps (3️⃣) become digits so menu
 * numbers work; everything else is dropped but remembered (a reply of only emoji is
 * `other` unless it was assent).
 */
import { compilePhraseMap } from "./phrase-map.js";

const STICKERS: ReadonlyArray<readonly [string, string]> = [
  ["[ok]", " 好的 "], ["[OK]", " 好的 "], ["[强]", " 好的 "], ["[胜利]", " "], ["[握手]", " "], ["[抱拳]", " "],
  ["👌", " 好的 "], ["💯", " 好的 "], ["👍", " 好的 "], ["❌", " 不行 "], ["✖️", " 不行 "], ["🙅", " 不行 "], ["🆗", " 好的 "], ["✔️", " 好的 "], ["✔", " 好的 "], ["☑️", " 好的 "],
  // 💪 is a cheer (面试加油💪), not assent.
  ["🙆", " 好的 "],
  // ✅ and ❌ mark a day as fine or not (禮拜五 ❌ 禮拜六 ✅); ✅ alone is assent through 可以.
  ["✅", " 可以 "],
  // A runner (🏃💨) alone: on the way, hurrying.
  ["🏃", " 在赶来 "],
];

export const fromStickers = compilePhraseMap(STICKERS);

/** Any `[xx]` sticker code or pictographic emoji (with modifiers/joiners). */
export const EMOJI_RE = /\[[\u4e00-\u9fa5a-zA-Z]{1,6}\]|\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}]|\u200d|\ufe0f/gu;

/**
 * Whether `text` has a character either pattern below can start on or match: anything but
 * printable ASCII and Latin-1 below © (but not "["), dashes, quotes and ellipses, 、 and 。,
 * and the CJK ideographs. A reply made of these alone (most of them) has nothing to strip.
 * (The class `[^\u0020-\u005a\u005c-\u00a8\u2010-\u2027\u3001\u3002\u4e00-\u9fff]` as a loop
 * over code units: a fraction of the regex's cost on every reply.)
 */
function anyEmojiCandidate(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x20 && c <= 0x5a) || (c >= 0x5c && c <= 0xa8) || (c >= 0x2010 && c <= 0x2027) || c === 0x3001 || c === 0x3002 || (c >= 0x4e00 && c <= 0x9fff)) continue;
    return true;
  }
  return false;
}

export function stripEmoji(text: string): string {
  if (!anyEmojiCandidate(text)) return text;
  // "[语音] 0:12" is a voice message and its duration, not a clock time.
  // Between words an emoji ends a phrase, as a comma would ("Next wk Thu 10am pls 🙏 这个星期真的不行": the week
  // refused is not the day offered; "I'll be there 🙂 should I bring a printed CV?": the promise stands apart from the ask).
  return text
    .replace(/\[(?:语音|語音|voice)\]\s*\d+:\d+/gi, " ")
    .replace(EMOJI_RE, "\uE000")
    .replace(/(?<=[\p{L}\p{N}])[\s\uE000]*\uE000[\s\uE000]*(?=[\p{L}\p{N}])/gu, ", ")
    .replace(/\uE000/g, " ");
}
