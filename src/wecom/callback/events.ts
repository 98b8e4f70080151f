/**
 * Typed inbound callback events. The edge turns decrypted XML into one of these;
 * nothing past `src/wecom/` sees XML (STYLE habit 1).
 */
export type Channel = "app" | "kf";

interface Base {
  channel: Channel;
  /** Sender: a member's userid (app) or the corp id (kf notifications). */
  from: string;
  /** Seconds since the epoch, as WeCom sent it. */
  createTime: number;
}

/** A recruiter typed text to the self-built app. */
export interface AppTextEvent extends Base {
  type: "text";
  channel: "app";
  /** 64-bit integer: kept as a string. */
  msgId: string;
  content: string;
  agentId: string | undefined;
}

/** A recruiter clicked a button on a template card we sent. */
export interface TemplateCardClickEvent extends Base {
  type: "template_card_event";
  channel: "app";
  eventKey: string;
  taskId: string;
  cardType: string;
  /** Valid for one card update (message/update_template_card). */
  responseCode: string;
}

/** A member opened the app's chat. */
export interface EnterAgentEvent extends Base {
  type: "enter_agent";
  channel: "app";
}

/** 微信客服 says "there is something to pull": the content comes from kf/sync_msg. */
export interface KfMsgOrEvent extends Base {
  type: "kf_msg_or_event";
  channel: "kf";
  /** Authorises one sync_msg pull; valid 10 minutes. */
  token: string;
  openKfId: string;
}

/** Anything else (images, voice, unknown events): acknowledged and recorded, never a crash. */
export interface UnsupportedEvent extends Base {
  type: "unsupported";
  msgType: string;
  event: string | undefined;
  msgId: string | undefined;
}

export type CallbackEvent = AppTextEvent | TemplateCardClickEvent | EnterAgentEvent | KfMsgOrEvent | UnsupportedEvent;

/**
 * The key under which a delivery is handled once. WeCom retries a callback up to
 * three times with identical content, so the key must come from the content:
 * MsgId for messages; sender + CreateTime + event name for events (doc 90238).
 * A kf notification also carries its pull token, which differs between notifications
 * that share a second.
 */
export function dedupKey(event: CallbackEvent): string {
  switch (event.type) {
    case "text":
      return `app:msg:${event.msgId}`;
    case "template_card_event":
      return `app:evt:${event.from}:${event.createTime}:template_card_event:${event.taskId}:${event.eventKey}`;
    case "enter_agent":
      return `app:evt:${event.from}:${event.createTime}:enter_agent`;
    case "kf_msg_or_event":
      return `kf:evt:${event.openKfId}:${event.createTime}:${event.token}`;
    case "unsupported":
      return event.msgId !== undefined
        ? `${event.channel}:msg:${event.msgId}`
        : `${event.channel}:evt:${event.from}:${event.createTime}:${event.event ?? event.msgType}`;
  }
}
