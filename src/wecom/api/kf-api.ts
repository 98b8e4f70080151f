import type { ApiCaller } from "./call-api.js";
import { InvalidRequestError } from "./errors.js";
import type { KfCustomer, KfMenu, KfOutboundMessage, KfServiceState, KfSyncItem, KfSyncPage } from "./kf-types.js";
import { KF_MSGID_PATTERN, WECOM_LIMITS } from "./limits.js";
import type { WecomReply } from "./request-json.js";
import { utf8Bytes } from "./split-utf8.js";
import { trimUtf8 } from "./trim-utf8.js";

export interface KfApiOptions {
  caller: ApiCaller;
  secret: string;
  openKfId: string;
}

export interface KfSendOptions {
  /**
   * Our own id, unique per kf account (see {@link kfMsgIdFor}). Sending again
   * with the same msgid after a timeout is safe: WeCom will not show it twice.
   */
  msgid?: string;
}

/**
 * 微信客服 (candidates on personal WeChat). A customer message opens a window of
 * 5 messages within 48 h, so long texts are trimmed with an ellipsis instead of
 * split: splitting would burn the window. A closed window surfaces as
 * WecomApiError 95001/95002 (`isKfWindowClosed`); human sessions (state 3) as 95018.
 */
export class KfApi {
  constructor(private readonly o: KfApiOptions) {}

  get openKfId(): string {
    return this.o.openKfId;
  }

  /** One pull from `cursor` (absent: the oldest message of the last 3 days). */
  async syncMsg(request: { cursor?: string; token?: string; limit?: number } = {}): Promise<KfSyncPage> {
    const limit = request.limit ?? WECOM_LIMITS.kfSyncLimit;
    if (!Number.isInteger(limit) || limit < 1 || limit > WECOM_LIMITS.kfSyncLimit) {
      throw new InvalidRequestError("kf/sync_msg", "limit", `must be 1–${WECOM_LIMITS.kfSyncLimit}`);
    }
    const body: Record<string, unknown> = { open_kfid: this.o.openKfId, limit };
    if (request.cursor) body["cursor"] = request.cursor;
    if (request.token) body["token"] = request.token;
    const reply = await this.o.caller.call<WecomReply & { next_cursor?: string; has_more?: number; msg_list?: KfSyncItem[] }>(
      "kf/sync_msg",
      { secret: this.o.secret, body },
    );
    return { nextCursor: reply.next_cursor ?? request.cursor ?? "", hasMore: reply.has_more === 1, items: reply.msg_list ?? [] };
  }

  /**
   * Every page from `cursor` on, pulling while has_more (even through empty
   * pages). Persist each page's `nextCursor` as you consume it.
   */
  async *syncPages(start: { cursor?: string; token?: string; limit?: number } = {}): AsyncGenerator<KfSyncPage> {
    let cursor = start.cursor;
    for (;;) {
      const page = await this.syncMsg({ ...start, ...(cursor === undefined ? {} : { cursor }) });
      yield page;
      if (!page.hasMore) return;
      cursor = page.nextCursor;
    }
  }

  /** Sends text (trimmed to 2048 B) or a menu to a customer; returns WeCom's (or our) msgid. */
  async send(toUser: string, message: KfOutboundMessage, options: KfSendOptions = {}): Promise<{ msgid: string }> {
    const body: Record<string, unknown> = { touser: toUser, open_kfid: this.o.openKfId, ...prepare("kf/send_msg", message) };
    addMsgId("kf/send_msg", body, options.msgid);
    const reply = await this.o.caller.call<WecomReply & { msgid?: string }>("kf/send_msg", { secret: this.o.secret, body });
    return { msgid: String(reply.msgid ?? options.msgid ?? "") };
  }

  sendText(toUser: string, content: string, options: KfSendOptions = {}): Promise<{ msgid: string }> {
    return this.send(toUser, { msgtype: "text", text: { content } }, options);
  }

  sendMenu(toUser: string, menu: KfMenu, options: KfSendOptions = {}): Promise<{ msgid: string }> {
    return this.send(toUser, { msgtype: "msgmenu", msgmenu: menu }, options);
  }

  /** The one message allowed by an event code (welcome_code: 20 s, single use). */
  async sendOnEvent(code: string, message: KfOutboundMessage, options: KfSendOptions = {}): Promise<{ msgid: string }> {
    const body: Record<string, unknown> = { code, ...prepare("kf/send_msg_on_event", message) };
    addMsgId("kf/send_msg_on_event", body, options.msgid);
    const reply = await this.o.caller.call<WecomReply & { msgid?: string }>("kf/send_msg_on_event", { secret: this.o.secret, body });
    return { msgid: String(reply.msgid ?? options.msgid ?? "") };
  }

  async getServiceState(externalUserId: string): Promise<{ state: KfServiceState; servicerUserId: string | undefined }> {
    const reply = await this.o.caller.call<WecomReply & { service_state?: number; servicer_userid?: string }>("kf/service_state/get", {
      secret: this.o.secret,
      body: { open_kfid: this.o.openKfId, external_userid: externalUserId },
    });
    return { state: (reply.service_state ?? 0) as KfServiceState, servicerUserId: reply.servicer_userid || undefined };
  }

  /** Moves the session (hand-off to a recruiter = state 3 with their userid). `msgCode` allows one event message. */
  async transServiceState(externalUserId: string, state: KfServiceState, servicerUserId?: string): Promise<{ msgCode: string | undefined }> {
    if (state === 3 && !servicerUserId) throw new InvalidRequestError("kf/service_state/trans", "servicer_userid", "is required for state 3");
    const body: Record<string, unknown> = { open_kfid: this.o.openKfId, external_userid: externalUserId, service_state: state };
    if (servicerUserId) body["servicer_userid"] = servicerUserId;
    const reply = await this.o.caller.call<WecomReply & { msg_code?: string }>("kf/service_state/trans", { secret: this.o.secret, body });
    return { msgCode: reply.msg_code || undefined };
  }

  /** Nicknames of customers active in the last 48 h; the others come back in `invalid`. */
  async batchGetCustomers(externalUserIds: readonly string[], needEnterSessionContext = false): Promise<{ customers: KfCustomer[]; invalid: string[] }> {
    if (externalUserIds.length < 1 || externalUserIds.length > 100) {
      throw new InvalidRequestError("kf/customer/batchget", "external_userid_list", "must hold 1–100 ids");
    }
    const reply = await this.o.caller.call<WecomReply & { customer_list?: KfCustomer[]; invalid_external_userid?: string[] }>(
      "kf/customer/batchget",
      { secret: this.o.secret, body: { external_userid_list: externalUserIds, need_enter_session_context: needEnterSessionContext ? 1 : 0 } },
    );
    return { customers: reply.customer_list ?? [], invalid: reply.invalid_external_userid ?? [] };
  }
}

/** Fits a message into WeCom's limits: texts are trimmed with an ellipsis; menu shape errors throw. */
export function prepare(api: string, message: KfOutboundMessage): KfOutboundMessage {
  if (message.msgtype === "text") {
    if (message.text.content.trim() === "") throw new InvalidRequestError(api, "text.content", "is empty");
    return { msgtype: "text", text: { content: trimUtf8(message.text.content, WECOM_LIMITS.kfTextBytes) } };
  }
  const menu = message.msgmenu;
  if (menu.list.length > WECOM_LIMITS.kfMenuItems) {
    // Dropping options would change what the customer can answer: refuse instead.
    throw new InvalidRequestError(api, "msgmenu.list", `holds ${menu.list.length} items; WeCom allows ${WECOM_LIMITS.kfMenuItems}`);
  }
  const list = menu.list.map((item) => {
    if (item.type !== "click") return item;
    const { id, content } = item.click;
    if (utf8Bytes(id) < 1 || utf8Bytes(id) > WECOM_LIMITS.kfMenuIdBytes) {
      throw new InvalidRequestError(api, "msgmenu.list.click.id", `must be 1–${WECOM_LIMITS.kfMenuIdBytes} bytes`);
    }
    return { type: "click" as const, click: { id, content: trimUtf8(content, WECOM_LIMITS.kfMenuClickContentBytes) } };
  });
  const out: KfMenu = { list };
  if (menu.head_content !== undefined) out.head_content = trimUtf8(menu.head_content, WECOM_LIMITS.kfMenuEdgeBytes);
  if (menu.tail_content !== undefined) out.tail_content = trimUtf8(menu.tail_content, WECOM_LIMITS.kfMenuEdgeBytes);
  return { msgtype: "msgmenu", msgmenu: out };
}

function addMsgId(api: string, body: Record<string, unknown>, msgid: string | undefined): void {
  if (msgid === undefined) return;
  if (!KF_MSGID_PATTERN.test(msgid)) throw new InvalidRequestError(api, "msgid", "must be 1–32 characters of [0-9a-zA-Z_-]");
  body["msgid"] = msgid;
}
