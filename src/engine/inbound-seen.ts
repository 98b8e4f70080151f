import type { StoreTx } from "../store/store.js";

/**
 * Whether this conversation's message log already holds the inbound message
 * `msgid`, i.e. a turn for it was committed before. The inbox worker completes
 * items in batches, so a crash after a turn but before the completion re-runs
 * the handler; checking inside the turn's transaction (under the conversation
 * lock, which serialises turns) makes that re-run a no-op instead of a second
 * reply and a duplicate log row.
 */
export async function inboundSeen(tx: StoreTx, conversationId: string, msgid: string): Promise<boolean> {
  const seen = await tx.listMessages({ conversationId, direction: "in", wecomMsgId: msgid, limit: 1 });
  return seen.length > 0;
}
