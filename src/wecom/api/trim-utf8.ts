import { graphemesOf, utf8Bytes } from "./split-utf8.js";

/** What we append to a shortened text: one character, 3 UTF-8 bytes. */
export const ELLIPSIS = "…";

/**
 * Shortens `text` to at most `maxBytes` UTF-8 bytes, ending with {@link ELLIPSIS}
 * when anything was cut. Used where splitting would cost more than it gives:
 * 微信客服 allows only 5 messages per customer message, so a long kf text is
 * trimmed deliberately rather than sent as several messages. Never cuts inside
 * a character.
 */
export function trimUtf8(text: string, maxBytes: number, ellipsis: string = ELLIPSIS): string {
  if (utf8Bytes(text) <= maxBytes) return text;
  const budget = maxBytes - utf8Bytes(ellipsis);
  if (budget < 0) throw new RangeError(`maxBytes ${maxBytes} leaves no room for the ellipsis`);
  let out = "";
  let used = 0;
  for (const g of graphemesOf(text)) {
    const size = utf8Bytes(g);
    if (used + size > budget) break;
    out += g;
    used += size;
  }
  return out.trimEnd() + ellipsis;
}
