/**
 * WeCom's markdown subset (app and group-robot messages) parsed into plain
 * data the sandbox page turns into DOM nodes with `textContent` only. Parsing
 * on the server keeps the page free of HTML strings: nothing a candidate or
 * recruiter typed can ever become markup.
 *
 * Supported, as WeCom documents it: `#`–`######` headings, `**bold**`,
 * `[text](http…)` links, `` `code` ``, `> quote`, `<font color="info|comment|warning">`,
 * `<@userid>` mentions. Anything else stays literal text.
 */

/** The three colours WeCom's `<font color>` knows. */
export type FontColor = "info" | "comment" | "warning";

export type Inline =
  | { t: "text"; v: string }
  | { t: "b"; c: Inline[] }
  | { t: "font"; color: FontColor; c: Inline[] }
  | { t: "a"; href: string; c: Inline[] }
  | { t: "code"; v: string }
  /** `<@userid>`: `name` is what WeCom shows (the member's name when known). */
  | { t: "at"; id: string; name: string };

export type Block =
  | { t: "h"; level: number; c: Inline[] }
  | { t: "quote"; c: Inline[] }
  | { t: "p"; c: Inline[] };

/** Resolves a member's display name for mentions; undefined → the userid. */
export type NameOf = (userId: string) => string | undefined;

/** One block per line (WeCom renders line by line); empty lines are dropped. */
export function parseMarkdown(source: string, nameOf: NameOf = () => undefined): Block[] {
  const blocks: Block[] = [];
  for (const raw of source.split(/\r?\n/)) {
    const line = raw.trimEnd();
    if (line.trim() === "") continue;
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      blocks.push({ t: "h", level: heading[1]!.length, c: parseInline(heading[2]!, nameOf) });
      continue;
    }
    const quote = /^>\s?(.*)$/.exec(line);
    if (quote) {
      blocks.push({ t: "quote", c: parseInline(quote[1]!, nameOf) });
      continue;
    }
    blocks.push({ t: "p", c: parseInline(line, nameOf) });
  }
  return blocks;
}

/** Tokens tried at each position, first match wins. */
const PATTERNS: Array<{ re: RegExp; build: (m: RegExpExecArray, nameOf: NameOf) => Inline }> = [
  { re: /^\*\*(.+?)\*\*/, build: (m, n) => ({ t: "b", c: parseInline(m[1]!, n) }) },
  {
    re: /^<font\s+color\s*=\s*["']?(info|comment|warning)["']?\s*>([\s\S]*?)<\/font>/i,
    build: (m, n) => ({ t: "font", color: m[1]!.toLowerCase() as FontColor, c: parseInline(m[2]!, n) }),
  },
  {
    re: /^\[([^\]]+)\]\(([^)\s]+)\)/,
    // Only http(s) targets become links: `javascript:` and friends stay visible text.
    build: (m, n) => (/^https?:\/\//i.test(m[2]!) ? { t: "a", href: m[2]!, c: parseInline(m[1]!, n) } : { t: "text", v: m[0] }),
  },
  { re: /^`([^`]+)`/, build: (m) => ({ t: "code", v: m[1]! }) },
  { re: /^<@([^<>\s]+)>/, build: (m, n) => ({ t: "at", id: m[1]!, name: n(m[1]!) ?? m[1]! }) },
];

/** Inline markup of one line; unmatched characters accumulate as text. */
export function parseInline(source: string, nameOf: NameOf = () => undefined): Inline[] {
  const out: Inline[] = [];
  let text = "";
  let i = 0;
  outer: while (i < source.length) {
    const ch = source[i];
    if (ch === "*" || ch === "<" || ch === "[" || ch === "`") {
      const rest = source.slice(i);
      for (const { re, build } of PATTERNS) {
        const m = re.exec(rest);
        if (!m) continue;
        if (text) out.push({ t: "text", v: text });
        text = "";
        out.push(build(m, nameOf));
        i += m[0].length;
        continue outer;
      }
    }
    text += ch;
    i += 1;
  }
  if (text) out.push({ t: "text", v: text });
  return out;
}
