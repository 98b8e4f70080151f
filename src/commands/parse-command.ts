/** How recruiters type commands: `/invite …`, `／邀约 …`, full-width spaces, any case. */
export type ParsedText =
  | { kind: "command"; word: string; args: string[]; rest: string }
  | { kind: "not_command" };

const SLASH = /^[/／]/;

/**
 * Splits a recruiter's text into the command word and its arguments. Spaces
 * include the ideographic space (U+3000) Chinese input methods type; the
 * word is lower-cased so `/List` works.
 */
export function parseCommandText(text: string): ParsedText {
  const trimmed = text.replace(/\u3000/g, " ").trim();
  if (!SLASH.test(trimmed)) return { kind: "not_command" };
  const body = trimmed.slice(1).trimStart();
  const match = /^(\S+)\s*([\s\S]*)$/.exec(body);
  if (!match) return { kind: "command", word: "", args: [], rest: "" };
  const rest = match[2]!.trim();
  return { kind: "command", word: match[1]!.toLowerCase(), args: rest === "" ? [] : rest.split(/\s+/), rest };
}
