import { CallbackError } from "../errors.js";
import type { CallbackEvent, Channel } from "./events.js";
import { text } from "./parse-xml.js";

/**
 * Turns the fields of a decrypted callback into a typed event. Unknown message
 * types and events become `unsupported` (recorded and acknowledged); only a
 * document missing the fields every callback has is an error.
 */
export function toEvent(channel: Channel, fields: Record<string, unknown>): CallbackEvent {
  const msgType = text(fields, "MsgType");
  const from = text(fields, "FromUserName") ?? "";
  const createTime = Number(text(fields, "CreateTime"));
  if (!msgType || !Number.isSafeInteger(createTime)) {
    throw new CallbackError("malformed_xml", "callback lacks MsgType or CreateTime");
  }
  const event = text(fields, "Event");
  const msgId = text(fields, "MsgId");
  const base = { from, createTime };

  if (channel === "app" && msgType === "text" && msgId !== undefined) {
    return { ...base, type: "text", channel, msgId, content: text(fields, "Content") ?? "", agentId: text(fields, "AgentID") };
  }
  if (channel === "app" && msgType === "event" && event === "template_card_event") {
    return {
      ...base,
      type: "template_card_event",
      channel,
      eventKey: text(fields, "EventKey") ?? "",
      taskId: text(fields, "TaskId") ?? "",
      cardType: text(fields, "CardType") ?? "",
      responseCode: text(fields, "ResponseCode") ?? "",
    };
  }
  if (channel === "app" && msgType === "event" && event === "enter_agent") {
    return { ...base, type: "enter_agent", channel };
  }
  if (channel === "kf" && msgType === "event" && event === "kf_msg_or_event") {
    const token = text(fields, "Token");
    const openKfId = text(fields, "OpenKfId");
    if (token && openKfId) return { ...base, type: "kf_msg_or_event", channel, token, openKfId };
  }
  return { ...base, type: "unsupported", channel, msgType, event, msgId };
}
