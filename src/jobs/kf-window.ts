import type { KfWindowInput } from "../domain/flow.js";
import type { StoreOperations } from "../store/store.js";

/**
 * The candidate's 微信客服 window from the message log: their latest message
 * (any kind refills the window) and how many of ours were logged after it.
 * Outbound messages are logged when enqueued, so queued ones count too.
 */
export async function kfWindowOf(store: Pick<StoreOperations, "listMessages">, conversationId: string): Promise<KfWindowInput> {
  const [last] = await store.listMessages({ conversationId, direction: "in", channel: "kf", order: "desc", limit: 1 });
  if (!last) return { lastCandidateMessageAt: null, sentSince: 0 };
  const sent = await store.listMessages({ conversationId, direction: "out", channel: "kf", from: last.at, limit: 50 });
  // By log order, not time: a reply logged in the same millisecond (or second) still comes after.
  const after = BigInt(last.id);
  return { lastCandidateMessageAt: last.at, sentSince: sent.filter((m) => BigInt(m.id) > after).length };
}
