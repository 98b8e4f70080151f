import type { Store } from "../store/store.js";

/** 微信客服 lets us send at most 5 messages within 48 h of the customer's last message. */
export const KF_WINDOW = { ms: 48 * 3600_000, messages: 5 } as const;

export type WindowState = { open: true; left: number } | { open: false; why: "silent" } | { open: false; why: "count"; sent: number };

/**
 * Whether the bot may still message this conversation's candidate, read from
 * the message log: the candidate's last message opens the window, each of our
 * kf messages since uses one of its five places. Pending outbox rows are
 * logged when enqueued, so they count too.
 */
export async function kfWindow(store: Store, conversationId: string, now: Date): Promise<WindowState> {
  const recent = await store.listMessages({ conversationId, channel: "kf", order: "desc", limit: 50 });
  let sent = 0;
  for (const m of recent) {
    if (m.direction === "out") {
      sent += 1;
      continue;
    }
    if (now.getTime() - m.at.getTime() >= KF_WINDOW.ms) return { open: false, why: "silent" };
    return sent >= KF_WINDOW.messages ? { open: false, why: "count", sent } : { open: true, left: KF_WINDOW.messages - sent };
  }
  return { open: false, why: "silent" };
}
