export type MessageDirection = "in" | "out";
/** kf: 微信客服 (candidates); app: the WeCom app (recruiters); robot: group-robot webhook. */
export type MessageChannel = "kf" | "app" | "robot";
export type MessageKind = "text" | "menu" | "event" | "card";

/** A message to log. Omitted optional fields are stored as null. */
export interface NewMessage {
  direction: MessageDirection;
  channel: MessageChannel;
  kind: MessageKind;
  conversationId?: string | null;
  interviewId?: string | null;
  /** The other party: kf external_userid, recruiter userid, or robot key name. */
  peerId?: string | null;
  text?: string | null;
  /** The menu item a candidate clicked (kind "menu"). */
  menuId?: string | null;
  /** What the NLU understood of an inbound message, with its confidence 0..1. */
  intent?: string | null;
  confidence?: number | null;
  /** WeCom's msgid (inbound) or ours (outbound kf, = the outbox idempotency key). */
  wecomMsgId?: string | null;
  /** When it was sent/received; default: the store clock's now. */
  at?: Date;
}

/** One logged message: the basis of reply metrics (reply rate, latency). */
export interface LoggedMessage {
  id: string;
  direction: MessageDirection;
  channel: MessageChannel;
  kind: MessageKind;
  conversationId: string | null;
  interviewId: string | null;
  peerId: string | null;
  text: string | null;
  menuId: string | null;
  intent: string | null;
  confidence: number | null;
  wecomMsgId: string | null;
  at: Date;
}

/** Message-log queries; filters combine with AND, time range is [from, before). */
export interface MessageFilter {
  conversationId?: string;
  interviewId?: string;
  direction?: MessageDirection;
  channel?: MessageChannel;
  /** WeCom's msgid: finds whether an inbound message was already handled (idempotent turns). */
  wecomMsgId?: string;
  from?: Date;
  before?: Date;
  /** By `at`; default "asc". */
  order?: "asc" | "desc";
  /** Default 1000. */
  limit?: number;
}

export interface MessageLogOperations {
  logMessage(message: NewMessage): Promise<LoggedMessage>;
  listMessages(filter: MessageFilter): Promise<LoggedMessage[]>;
}
