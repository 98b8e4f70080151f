/**
 * 微信客服 (kf) wire types: what kf/sync_msg returns (doc 94670) and what
 * kf/send_msg accepts (doc 94677). Field names are WeCom's own.
 */

/** Who produced a synced item: 3 the customer, 4 a system event, 5 a human servicer in the WeCom client. */
export type KfOrigin = 3 | 4 | 5;

interface KfItemBase {
  /** Dedup key: a retried pull may return an item again. */
  msgid: string;
  open_kfid: string;
  external_userid: string;
  /** Seconds since the epoch. */
  send_time: number;
  origin: KfOrigin;
  /** Present for origin 5. */
  servicer_userid?: string;
}

/** The customer typed text, or tapped a menu item we sent (then `menu_id` is that item's id). */
export interface KfTextItem extends KfItemBase {
  msgtype: "text";
  text: { content: string; menu_id?: string };
}

/** The customer opened the chat, e.g. from our kf link carrying `scene_param`. */
export interface KfEnterSessionEvent {
  event_type: "enter_session";
  open_kfid: string;
  external_userid: string;
  scene?: string;
  /** Returned as given in the kf link (URL-decoded): our one-time binding code. */
  scene_param?: string;
  /** Present only when a welcome may be sent: valid 20 s, single use (kf/send_msg_on_event). */
  welcome_code?: string;
  wechat_channels?: { nickname?: string; scene?: number };
}

/**
 * A message WeCom accepted (errcode 0) did not reach the customer.
 * fail_type includes 4 session over 48 h, 6 over the 5-message limit, 10 refused
 * by the customer (see the kf docs for the full list).
 */
export interface KfMsgSendFailEvent {
  event_type: "msg_send_fail";
  open_kfid: string;
  external_userid: string;
  fail_msgid: string;
  fail_type: number;
}

/**
 * A servicer changed the session in the WeCom client. change_type: 1 took it from
 * the queue, 2 transferred it, 3 ended it, 4 re-opened an ended session.
 */
export interface KfSessionStatusChangeEvent {
  event_type: "session_status_change";
  open_kfid: string;
  external_userid: string;
  change_type: 1 | 2 | 3 | 4;
  old_servicer_userid?: string;
  new_servicer_userid?: string;
  /** For a message on this event (kf/send_msg_on_event), e.g. a closing note. */
  msg_code?: string;
}

/** A servicer went on or off duty. status: 1 receiving, 2 paused. */
export interface KfServicerStatusChangeEvent {
  event_type: "servicer_status_change";
  open_kfid: string;
  servicer_userid: string;
  status: 1 | 2;
  stop_type?: 0 | 1;
}

/** Events we do not act on (recalls, reject_customer_msg_switch_change…). */
export interface KfOtherEvent {
  event_type: "user_recall_msg" | "servicer_recall_msg" | "reject_customer_msg_switch_change";
  open_kfid: string;
  [field: string]: unknown;
}

export type KfEvent = KfEnterSessionEvent | KfMsgSendFailEvent | KfSessionStatusChangeEvent | KfServicerStatusChangeEvent | KfOtherEvent;

export interface KfEventItem extends KfItemBase {
  msgtype: "event";
  event: KfEvent;
}

/** Media, locations, links, mini programs…: acknowledged, answered politely, never parsed. */
export interface KfOtherItem extends KfItemBase {
  msgtype:
    | "image" | "voice" | "video" | "file" | "location" | "link" | "business_card" | "miniprogram"
    | "msgmenu" | "channels_shop_product" | "channels_shop_order" | "merged_msg" | "channels"
    | "meeting" | "schedule" | "note";
  [field: string]: unknown;
}

/** One item of kf/sync_msg `msg_list`. */
export type KfSyncItem = KfTextItem | KfEventItem | KfOtherItem;

/** One page of kf/sync_msg. Keep pulling while `hasMore`, even when `items` is empty. */
export interface KfSyncPage {
  /** Store durably; the next pull starts here. */
  nextCursor: string;
  hasMore: boolean;
  items: KfSyncItem[];
}

/** A tappable menu item: the customer's tap comes back as text with `menu_id` = `click.id`. */
export type KfMenuItem =
  | { type: "click"; click: { id: string; content: string } }
  | { type: "view"; view: { url: string; content: string } }
  | { type: "text"; text: { content: string; no_newline?: 0 | 1 } };

export interface KfMenu {
  head_content?: string;
  list: KfMenuItem[];
  tail_content?: string;
}

/** What we send through kf/send_msg and kf/send_msg_on_event. */
export type KfOutboundMessage = { msgtype: "text"; text: { content: string } } | { msgtype: "msgmenu"; msgmenu: KfMenu };

/** kf session states (doc 94669). API sends are allowed only in 0 and 1. */
export type KfServiceState = 0 | 1 | 2 | 3 | 4;

export const KF_SERVICE_STATE = { new: 0, bot: 1, queued: 2, human: 3, ended: 4 } as const;

/** kf/customer/batchget entry (customers active in the last 48 h). */
export interface KfCustomer {
  external_userid: string;
  nickname: string;
  avatar: string;
  gender: number;
  unionid?: string;
  enter_session_context?: { scene?: string; scene_param?: string; wechat_channels?: { nickname?: string; scene?: number } };
}
