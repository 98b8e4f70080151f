import type { Logger } from "../../log.js";
import type { AcceptEvent } from "../callback/routes.js";
import type { KfSync } from "./kf-sync.js";

export interface PullOnNotificationOptions {
  /** The account we serve; notifications for any other are stored as before (and logged by the worker). */
  openKfId: string;
  /** The account's sync; late-bound because the WeCom client exists only after the server listens. */
  sync: () => KfSync | undefined;
  /** Records the notification durably (the inbox acceptor): used whenever the pull does not finish. */
  store: AcceptEvent;
  logger: Logger;
  /** How long the acknowledgement waits for the pull before storing the notification instead (WeCom waits 5 s). */
  waitMs?: number;
}

/**
 * Answers a `kf_msg_or_event` callback by pulling at once instead of storing
 * the notification first and pulling when the inbox worker reaches it. The
 * notification carries no content, so once a pull that started after it has
 * stored its page (messages and cursor in one transaction) it has been acted
 * on and needs no row of its own; that saved a write, a claim and a completion
 * per turn, and a worker round trip of latency.
 *
 * Acknowledging still means durable: we answer only after that pull finished,
 * or, when it failed or did not finish within `waitMs`, after the notification
 * itself was stored the old way (the worker then asks for another pull). If
 * storing fails too, the route answers 503 and WeCom delivers again.
 * Concurrent notifications share one pull ({@link KfSync.pullNow}); a
 * re-delivered callback costs at most one more sync_msg, and the msgid key
 * keeps its messages single.
 */
export function pullOnNotification({ openKfId, sync, store, logger, waitMs = 2_000 }: PullOnNotificationOptions): AcceptEvent {
  return async (event) => {
    const kfSync = event.type === "kf_msg_or_event" && event.openKfId === openKfId ? sync() : undefined;
    if (kfSync === undefined || event.type !== "kf_msg_or_event") return store(event);
    let timer: NodeJS.Timeout | undefined;
    const pulled = await Promise.race([
      kfSync.pullNow(event.token).then(
        () => true,
        (err: unknown) => {
          logger.debug({ err }, "kf pull on notification failed; storing the notification");
          return false;
        },
      ),
      new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), waitMs))),
    ]);
    clearTimeout(timer);
    return pulled ? "accepted" : store(event);
  };
}
