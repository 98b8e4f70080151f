/**
 * The candidate bot: candidates on 微信客服 (kf). Turns pulled kf items into
 * conversation turns — a menu tap is a `menu` input, free text goes through the
 * NLU first — binds link openers to their interview, reports undelivered
 * messages, and routes recruiters' card clicks back into the conversation.
 * Items are handled one at a time in inbox order, so one conversation's
 * messages are handled in the order the candidate sent them.
 */
import type { Clock } from "../src/clock.js";
import type { ConversationEngine } from "../src/engine/index.js";
import type { InboundHandler } from "../src/engine/inbox-worker.js";
import type { Logger } from "../src/log.js";
import { understand } from "../src/nlu/index.js";
import type { InboundItem } from "../src/store/types.js";
import type { KfEventItem, KfOtherItem, KfSyncItem, KfTextItem } from "../src/wecom/api/index.js";
import type { TemplateCardClickEvent } from "../src/wecom/callback/index.js";
import { HANDOFF_FLOW } from "../flows/handoff.js";

export interface CandidateBotOptions {
  engine: ConversationEngine;
  clock: Clock;
  logger: Logger;
  timeZone: string;
}

/** What a welcome_code is good for after enter_session (doc: 20 s, single use). */
const WELCOME_CODE_MS = 20_000;

/** kf item types we cannot read: answered with a polite "text only, please". */
export const MEDIA_KINDS = [
  "image", "voice", "video", "file", "location", "link", "business_card", "miniprogram",
  "channels_shop_product", "channels_shop_order", "merged_msg", "channels", "meeting", "schedule", "note",
] as const;

/** Inbox handlers by kind, to merge into the bot's worker. */
export function candidateBot(o: CandidateBotOptions): Record<string, InboundHandler> {
  const { engine, logger } = o;
  const sentAt = (item: KfSyncItem): Date => new Date(item.send_time * 1000);

  const onText: InboundHandler = async (inbox) => {
    const item = payload<KfTextItem>(inbox);
    if (item.origin !== 3) return; // a human servicer's own message, echoed by sync_msg
    const at = sentAt(item);
    const conversationId = await engine.conversationIdOf(item.external_userid);
    const { content, menu_id: menuId } = item.text;
    const inbound = { msgid: item.msgid, at, text: content, ...(menuId ? { menuId } : {}) };
    const outcome = await engine.runStep(
      conversationId,
      menuId
        ? { kind: "menu", at, menuId, text: content }
        : ({ interview }) => ({
            kind: "text",
            at,
            text: content,
            understanding: understand(content, { now: at, scheduledAt: interview.scheduledAt, timeZone: o.timeZone }),
          }),
      { inbound },
    );
    if (outcome.status === "unbound") {
      await engine.reply({ conversation: outcome.conversation, key: `unbound:${item.msgid}`, text: engine.texts.get("engine.unbound_reply") });
    } else if (outcome.status === "ignored") {
      logger.debug({ conversation: conversationId, reason: outcome.reason }, "flow ignored a candidate message");
    } else if (outcome.status === "duplicate") {
      logger.info({ conversation: conversationId, msgid: item.msgid }, "candidate message was already handled; re-run skipped");
    }
  };

  const onEnter: InboundHandler = async (inbox) => {
    const item = payload<KfEventItem>(inbox);
    if (item.event.event_type !== "enter_session") return;
    const { event } = item;
    const at = sentAt(item);
    const outcome = await engine.bindOnEnter({
      externalUserId: event.external_userid,
      sceneParam: event.scene_param,
      welcome: event.welcome_code ? { code: event.welcome_code, expiresAt: new Date(at.getTime() + WELCOME_CODE_MS) } : undefined,
      msgid: item.msgid,
      at,
    });
    logger.info({ outcome: outcome.status, ...("reason" in outcome ? { reason: outcome.reason } : {}) }, "candidate entered the kf chat");
  };

  const onSendFail: InboundHandler = async (inbox) => {
    const item = payload<KfEventItem>(inbox);
    if (item.event.event_type !== "msg_send_fail") return;
    await engine.reportSendFailure({ externalUserId: item.event.external_userid, failMsgid: item.event.fail_msgid, failType: item.event.fail_type, at: sentAt(item) });
  };

  const onSession: InboundHandler = async (inbox) => {
    const item = payload<KfEventItem>(inbox);
    const { event } = item;
    if (event.event_type !== "session_status_change") return;
    // change_type 1 taken from the queue / 2 transferred → a human serves; 3 ended; 4 re-opened.
    const state = event.change_type === 3 ? 4 : event.new_servicer_userid ? 3 : 1;
    const conversation = await engine.conversationOf(event.external_userid);
    if (conversation.interviewId === null) return;
    await engine.runStep(conversation.id, { kind: "session", at: sentAt(item), state });
  };

  const onMedia: InboundHandler = async (inbox) => {
    const item = payload<KfOtherItem>(inbox);
    if (item.origin !== 3) return;
    const conversation = await engine.conversationOf(item.external_userid);
    const inbound = { msgid: item.msgid, at: sentAt(item), kind: "event" as const, text: `[${item.msgtype}]` };
    // While a human serves the candidate, the bot stays quiet (WeCom would refuse it anyway).
    const text = conversation.flow === HANDOFF_FLOW ? undefined : engine.texts.get("engine.media_reply");
    if (text) await engine.reply({ conversation, key: `media:${item.msgid}`, text, inbound });
  };

  const onCardClick: InboundHandler = async (inbox) => {
    const event = payload<TemplateCardClickEvent>(inbox);
    const outcome = await engine.handleCardClick({
      userId: event.from,
      taskId: event.taskId,
      eventKey: event.eventKey,
      responseCode: event.responseCode,
      at: new Date(event.createTime * 1000),
    });
    if (outcome.status !== "done") logger.info({ taskId: event.taskId, outcome: outcome.status }, "card click not for a candidate conversation");
  };

  return {
    "kf.text": onText,
    "kf.event.enter_session": onEnter,
    "kf.event.msg_send_fail": onSendFail,
    "kf.event.session_status_change": onSession,
    template_card_event: onCardClick,
    ...Object.fromEntries(MEDIA_KINDS.map((kind) => [`kf.${kind}`, onMedia])),
  };
}

function payload<T>(item: InboundItem): T {
  return item.payload as unknown as T;
}
