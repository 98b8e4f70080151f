import { ERR, RULES } from "./rules.js";

/** A payload WeCom accepts (with a readable summary for the sent log), or the errcode it answers. */
export type Checked = { ok: true; text: string } | { ok: false; errcode: number; errmsg: string };

const bytes = (s: string): number => Buffer.byteLength(s, "utf8");
const fail = (errcode: number, errmsg: string): Checked => ({ ok: false, errcode, errmsg });

function obj(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** text/markdown content: empty → 44004, over the byte limit → 45002. */
export function checkContent(container: unknown, maxBytes: number): Checked {
  const content = obj(container)["content"];
  if (typeof content !== "string" || content === "") return fail(ERR.emptyContent, "empty content");
  if (bytes(content) > maxBytes) return fail(ERR.tooLong, `content size out of limit (${bytes(content)} > ${maxBytes} bytes)`);
  return { ok: true, text: content };
}

/** kf/send_msg and kf/send_msg_on_event bodies (text and msgmenu are simulated). */
export function checkKfMessage(body: Record<string, unknown>): Checked {
  if (body["msgtype"] === "text") return checkContent(body["text"], RULES.kfTextBytes);
  if (body["msgtype"] !== "msgmenu") return fail(ERR.badMsgType, `invalid message type ${String(body["msgtype"])}`);
  const menu = obj(body["msgmenu"]);
  const list = Array.isArray(menu["list"]) ? (menu["list"] as unknown[]) : [];
  if (list.length > RULES.kfMenuItems) return fail(ERR.menuTooLong, `menu items exceed ${RULES.kfMenuItems}`);
  const lines: string[] = [];
  for (const edge of ["head_content", "tail_content"] as const) {
    const value = menu[edge];
    if (value !== undefined && (typeof value !== "string" || bytes(value) > RULES.kfMenuEdgeBytes)) {
      return fail(ERR.tooLong, `${edge} size out of limit`);
    }
  }
  if (typeof menu["head_content"] === "string") lines.push(menu["head_content"]);
  for (const raw of list) {
    const item = obj(raw);
    const type = item["type"];
    const detail = obj(typeof type === "string" ? item[type] : undefined);
    const content = detail["content"];
    if (typeof content !== "string" || content === "") return fail(ERR.emptyContent, "menu item without content");
    if (type === "click") {
      const id = detail["id"];
      if (typeof id !== "string" || bytes(id) < 1 || bytes(id) > RULES.kfMenuIdBytes) return fail(ERR.badParam, "invalid menu id");
      if (bytes(content) > RULES.kfMenuClickBytes) return fail(ERR.tooLong, "menu content size out of limit");
      lines.push(`[${id}] ${content}`);
    } else if (type === "view" || type === "text" || type === "miniprogram") {
      lines.push(content);
    } else {
      return fail(ERR.badParam, `invalid menu item type ${String(type)}`);
    }
  }
  if (typeof menu["tail_content"] === "string") lines.push(menu["tail_content"]);
  return { ok: true, text: lines.join("\n") };
}

/** Template card rules for button_interaction (task_id, 1–6 buttons with keys). */
export function checkCard(card: Record<string, unknown>): Checked {
  const taskId = card["task_id"];
  if (card["card_type"] === "button_interaction") {
    if (typeof taskId !== "string" || !/^[0-9A-Za-z_\-@]{1,128}$/.test(taskId)) return fail(ERR.badParam, "invalid task_id");
    const buttons = Array.isArray(card["button_list"]) ? (card["button_list"] as unknown[]) : [];
    if (buttons.length < 1 || buttons.length > RULES.cardButtons) return fail(ERR.badParam, `button_list must hold 1-${RULES.cardButtons} buttons`);
    if (buttons.some((b) => typeof obj(b)["key"] !== "string" || obj(b)["key"] === "")) return fail(ERR.badParam, "button without key");
  } else if (!["text_notice", "news_notice", "vote_interaction", "multiple_interaction"].includes(String(card["card_type"]))) {
    return fail(ERR.badParam, "invalid card_type");
  }
  const title = obj(card["main_title"])["title"];
  return { ok: true, text: typeof title === "string" ? title : "" };
}
