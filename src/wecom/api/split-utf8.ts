/** UTF-8 length of `text` in bytes: the unit every WeCom length limit is written in. */
export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * The user-perceived characters of `text`. Cutting between two of them never
 * splits a UTF-8 sequence, a surrogate pair or an emoji ZWJ sequence.
 */
export function graphemesOf(text: string): string[] {
  return Array.from(graphemes.segment(text), (s) => s.segment);
}

/**
 * Splits `text` into pieces of at most `maxBytes` UTF-8 bytes each, for channels
 * where several messages are better than a rejected one (app, group robot).
 *
 * Pieces end on line boundaries where possible; the newline at a boundary is
 * dropped because the message break shows it (so are blank lines there). A
 * single line longer than the limit is cut between characters (graphemes).
 * Pieces that would be blank are left out: WeCom refuses empty content (44004).
 */
export function splitUtf8(text: string, maxBytes: number): string[] {
  if (!Number.isInteger(maxBytes) || maxBytes < 4) throw new RangeError(`maxBytes must be an integer ≥ 4, got ${maxBytes}`);
  if (utf8Bytes(text) <= maxBytes) return text.trim() === "" ? [] : [text];

  const pieces: string[] = [];
  let current = "";
  let currentBytes = 0;
  const flush = (): void => {
    // Blank lines at a break add nothing: the message boundary already separates.
    const piece = current.replace(/^\n+|\n+$/g, "");
    if (piece.trim() !== "") pieces.push(piece);
    current = "";
    currentBytes = 0;
  };

  for (const line of text.split("\n")) {
    const lineBytes = utf8Bytes(line);
    // +1 for the "\n" that joins this line to what is already in the piece.
    const joined = current === "" ? lineBytes : currentBytes + 1 + lineBytes;
    if (joined <= maxBytes) {
      current = current === "" ? line : `${current}\n${line}`;
      currentBytes = joined;
      continue;
    }
    flush();
    if (lineBytes <= maxBytes) {
      current = line;
      currentBytes = lineBytes;
      continue;
    }
    for (const g of graphemesOf(line)) {
      const size = utf8Bytes(g);
      if (currentBytes + size > maxBytes) flush();
      current += g;
      currentBytes += size;
    }
  }
  flush();
  return pieces;
}
