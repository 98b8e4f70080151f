import type { EngineDeps } from "./engine-deps.js";
import { writeMissedAlert, type MissReason } from "./missed-message.js";

/** kf msg_send_fail: WeCom accepted a message (errcode 0) that then did not reach the candidate. */
export interface SendFailure {
  externalUserId: string;
  failMsgid: string;
  /** 4 session over 48 h, 6 over the 5-message limit, 10 refused by the customer, … */
  failType: number;
  at: Date;
}

/** How many of a conversation's latest outbound messages are searched for the failed msgid. */
const SEARCH_DEPTH = 200;

export function reasonOfFailType(failType: number): MissReason {
  if (failType === 4 || failType === 6) return "window";
  if (failType === 10) return "refused";
  return "error";
}

/**
 * "Success ≠ delivered": finds the message we sent under `failMsgid` in the
 * message log and tells the recruiter what the candidate missed (plus a domain
 * event). The outbox row stays `sent` — WeCom did accept it. Returns whether the
 * message was one of ours.
 */
export async function reportSendFailure(deps: EngineDeps, failure: SendFailure): Promise<boolean> {
  const conversation = await deps.store.getConversation(deps.openKfId, failure.externalUserId);
  if (!conversation) return false;
  const sent = await deps.store.listMessages({ conversationId: conversation.id, direction: "out", channel: "kf", order: "desc", limit: SEARCH_DEPTH });
  const message = sent.find((m) => m.wecomMsgId === failure.failMsgid);
  if (!message) {
    deps.logger.warn({ failMsgid: failure.failMsgid, conversation: conversation.id }, "msg_send_fail for a message not in our log");
    return false;
  }
  const interviewId = message.interviewId ?? conversation.interviewId;
  if (interviewId === null) {
    deps.logger.info({ failMsgid: failure.failMsgid }, "a reply to an unbound visitor was not delivered");
    return true;
  }
  const noted = await deps.store.transaction((tx) =>
    writeMissedAlert(tx, deps.texts, deps.timeZone, {
      interviewId,
      conversationId: conversation.id,
      text: message.text ?? "",
      reason: reasonOfFailType(failure.failType),
      key: `sendfail:${failure.failMsgid}`,
      details: { failMsgid: failure.failMsgid, failType: failure.failType },
      at: failure.at,
    }),
  );
  if (noted) deps.wakeDispatcher();
  return true;
}
