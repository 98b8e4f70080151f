import type { CandidateMessage } from "../domain/flow.js";
import type { KfMenuItem, KfOutboundMessage } from "../wecom/api/index.js";
import { WECOM_LIMITS } from "../wecom/api/index.js";
import { summarize, toKfMessage } from "./outbox-payload.js";

/** Assumed limit of a `text` item inside a msgmenu (WeCom documents none we could find): stay small. */
const TEXT_ITEM_BYTES = 256;
const bytes = (s: string): number => Buffer.byteLength(s, "utf8");

/**
 * A welcome_code carries exactly ONE message, and before the candidate has
 * written anything kf/send_msg is refused (no 48 h window yet). So when the
 * turn that answers enter_session wants to send several messages (the
 * invitation text, then its menu), they are folded into one msgmenu: the texts
 * go into head_content (overflowing lines become plain `text` items), the menu
 * head follows, then its click items and tail. Returns undefined when they
 * cannot be folded (several menus, a menu not last, or too long); they then go
 * out one by one and what WeCom refuses is reported to the recruiter.
 */
export function mergeForWelcome(messages: readonly CandidateMessage[]): { message: KfOutboundMessage; summary: string } | undefined {
  if (messages.length < 2) return undefined;
  const menus = messages.filter((m) => m.type === "menu");
  const last = messages[messages.length - 1]!;
  const summary = messages.map(summarize).join("\n\n");
  const texts = messages.filter((m): m is Extract<CandidateMessage, { type: "text" }> => m.type === "text").map((m) => m.text);
  if (menus.length === 0) {
    const content = texts.join("\n\n");
    return bytes(content) <= WECOM_LIMITS.kfTextBytes ? { message: { msgtype: "text", text: { content } }, summary } : undefined;
  }
  if (menus.length > 1 || last.type !== "menu") return undefined;

  const lines = [...texts.join("\n\n").split("\n"), "", last.head];
  let head = "";
  const items: KfMenuItem[] = [];
  let pending = "";
  for (const line of lines) {
    const candidate = head === "" ? line : `${head}\n${line}`;
    if (items.length === 0 && pending === "" && bytes(candidate) <= WECOM_LIMITS.kfMenuEdgeBytes) {
      head = candidate;
      continue;
    }
    if (bytes(line) > TEXT_ITEM_BYTES) return undefined;
    const grown = pending === "" ? line : `${pending}\n${line}`;
    if (bytes(grown) <= TEXT_ITEM_BYTES) pending = grown;
    else {
      items.push({ type: "text", text: { content: pending } });
      pending = line;
    }
  }
  if (pending !== "") items.push({ type: "text", text: { content: pending } });
  const menu = toKfMessage(last);
  if (menu.msgtype !== "msgmenu") return undefined;
  const list = [...items, ...menu.msgmenu.list];
  if (list.length > WECOM_LIMITS.kfMenuItems) return undefined;
  return {
    message: { msgtype: "msgmenu", msgmenu: { head_content: head, list, ...(last.tail !== undefined ? { tail_content: last.tail } : {}) } },
    summary,
  };
}
