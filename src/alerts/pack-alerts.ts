import { graphemesOf, utf8Bytes } from "../wecom/api/split-utf8.js";

/** One alert ready to send, with the events it stands for. */
export interface RenderedAlert {
  eventIds: string[];
  markdown: string;
}

/** One group message: several alerts merged, and every event id it carries. */
export interface PackedMessage {
  eventIds: string[];
  markdown: string;
}

const SEPARATOR = "\n\n";

/**
 * Merges alerts, in order, into as few messages of at most `maxBytes` as fit
 * (the robot's markdown limit is 4096 B). A merged message starts with a
 * count header. An alert alone larger than the limit is cut at a character
 * boundary — it is one event's text, so this only shortens a very long quote.
 */
export function packAlerts(alerts: readonly RenderedAlert[], maxBytes: number, header: (count: number) => string): PackedMessage[] {
  const out: PackedMessage[] = [];
  let group: RenderedAlert[] = [];
  const bytesOf = (items: RenderedAlert[]): number => {
    const body = items.map((a) => a.markdown).join(SEPARATOR);
    return utf8Bytes(items.length > 1 ? `${header(items.length)}${SEPARATOR}${body}` : body);
  };
  const flush = (): void => {
    if (group.length === 0) return;
    const body = group.map((a) => a.markdown).join(SEPARATOR);
    out.push({ eventIds: group.flatMap((a) => a.eventIds), markdown: group.length > 1 ? `${header(group.length)}${SEPARATOR}${body}` : body });
    group = [];
  };
  for (const alert of alerts) {
    const fitted = utf8Bytes(alert.markdown) <= maxBytes ? alert : { ...alert, markdown: cut(alert.markdown, maxBytes) };
    if (group.length > 0 && bytesOf([...group, fitted]) > maxBytes) flush();
    group.push(fitted);
  }
  flush();
  return out;
}

function cut(text: string, maxBytes: number): string {
  let out = "";
  for (const g of graphemesOf(text)) {
    if (utf8Bytes(out + g) > maxBytes - 3) break;
    out += g;
  }
  return `${out}…`;
}
