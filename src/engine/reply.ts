import type { StoreTx } from "../store/store.js";
import type { Conversation } from "../store/types.js";
import { kfMsgIdFor } from "../wecom/api/index.js";
import type { WelcomeCode } from "./apply-effects.js";
import { rawInboundEntry, type InboundRef } from "./commit-turn.js";
import type { EngineDeps } from "./engine-deps.js";
import { toOutboxJson, type OutboxPayload } from "./outbox-payload.js";

export interface EngineReply {
  conversation: Conversation;
  /** Unique per reply, e.g. `media:<inbound msgid>`: a redelivered message is answered once. */
  key: string;
  text: string;
  /** The inbound message being answered, logged in the same transaction. */
  inbound?: InboundRef | undefined;
  welcome?: WelcomeCode | undefined;
}

/**
 * Writes an engine-level text reply (no flow involved: unbound candidates,
 * images, broken links) through `tx`: the inbound message, the outbox row and
 * the outbound log entry. Returns whether anything new was enqueued.
 */
export async function writeReply(deps: EngineDeps, tx: StoreTx, reply: EngineReply): Promise<boolean> {
  const { conversation } = reply;
  if (reply.inbound) {
    // Answered by an earlier run of this item (crash before the inbox completed it). The
    // load also locks the conversation, so a concurrent re-run waits and then sees it.
    if ((await tx.loadTurn(conversation.id, { inboundMsgId: reply.inbound.msgid }))?.inboundSeen) return false;
    await tx.logMessage(rawInboundEntry(conversation, reply.inbound));
  }
  const key = `kf:reply:${conversation.id}:${reply.key}`;
  const payload: OutboxPayload = { kind: "kf_message", touser: conversation.externalUserId, message: { msgtype: "text", text: { content: reply.text } }, summary: reply.text };
  if (reply.welcome) {
    payload.welcomeCode = reply.welcome.code;
    payload.welcomeCodeExpiresAt = reply.welcome.expiresAt.toISOString();
  }
  const { enqueued } = await tx.enqueueOutbox({
    idempotencyKey: key,
    channel: "kf",
    payload: toOutboxJson(payload),
    conversationId: conversation.id,
    interviewId: conversation.interviewId,
  });
  if (enqueued) {
    await tx.logMessage({
      direction: "out",
      channel: "kf",
      kind: "text",
      conversationId: conversation.id,
      interviewId: conversation.interviewId,
      peerId: conversation.externalUserId,
      text: reply.text,
      wecomMsgId: kfMsgIdFor(key),
      at: deps.clock.now(),
    });
  }
  return enqueued;
}

/** {@link writeReply} in its own transaction, then wakes the dispatcher. */
export async function sendReply(deps: EngineDeps, reply: EngineReply): Promise<boolean> {
  const enqueued = await deps.store.transaction((tx) => writeReply(deps, tx, reply));
  if (enqueued) deps.wakeDispatcher();
  return enqueued;
}
