import type { JsonObject } from "../store/types.js";
import type { ButtonInteractionCard, KfMenu, KfOutboundMessage } from "../wecom/api/index.js";
import type { CandidateMessage } from "../domain/flow.js";

/**
 * What an outbox row asks the dispatcher to do. The engine writes these in the
 * step's transaction; {@link deliverOutbox} turns each into one WeCom call.
 */
export type OutboxPayload =
  /** A message to a candidate on 微信客服; via send_msg_on_event while `welcomeCode` is fresh. */
  | {
      kind: "kf_message";
      touser: string;
      message: KfOutboundMessage;
      /** What the candidate would read, for the message log and "missed" alerts. */
      summary: string;
      welcomeCode?: string;
      /** ISO time after which the welcome code is useless (20 s after enter_session). */
      welcomeCodeExpiresAt?: string;
    }
  /** Hand the kf session to a recruiter (service_state/trans → 3). */
  | { kind: "kf_handoff"; touser: string; servicerUserId: string }
  /** A plain app message to recruiters. */
  | { kind: "app_text"; touser: string; content: string }
  /** A decision card to a recruiter; clicks come back as template_card_event. */
  | { kind: "app_card"; touser: string; card: ButtonInteractionCard; summary: string }
  /** Replace a clicked card's buttons with one disabled label (response_code: one use). */
  | { kind: "app_card_update"; userids: string[]; responseCode: string; replaceName: string }
  /** A markdown reply to a recruiter (split by the client at 2048 B on line boundaries). */
  | { kind: "app_markdown"; touser: string; content: string };

const KINDS = new Set(["kf_message", "kf_handoff", "app_text", "app_card", "app_card_update", "app_markdown"]);

/** The JSON form stored in the outbox row. */
export function toOutboxJson(payload: OutboxPayload): JsonObject {
  return payload as unknown as JsonObject;
}

/** Reads a stored payload back; throws for a row this version does not understand. */
export function parseOutboxPayload(json: JsonObject): OutboxPayload {
  const kind = json["kind"];
  if (typeof kind !== "string" || !KINDS.has(kind)) throw new Error(`unknown outbox payload kind ${String(kind)}`);
  return json as unknown as OutboxPayload;
}

/** A flow's candidate message in WeCom's wire shape. */
export function toKfMessage(message: CandidateMessage): KfOutboundMessage {
  if (message.type === "text") return { msgtype: "text", text: { content: message.text } };
  const menu: KfMenu = {
    head_content: message.head,
    list: message.items.map((item) => ({ type: "click" as const, click: { id: item.id, content: item.text } })),
  };
  if (message.tail !== undefined) menu.tail_content = message.tail;
  return { msgtype: "msgmenu", msgmenu: menu };
}

/** The text a candidate sees, as one string (menu items on their own lines). */
export function summarize(message: CandidateMessage): string {
  if (message.type === "text") return message.text;
  return [message.head, ...message.items.map((item) => `[${item.text}]`), ...(message.tail ? [message.tail] : [])].join("\n");
}
