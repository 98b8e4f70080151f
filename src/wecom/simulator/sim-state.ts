import type { Clock } from "../../clock.js";
import type { Logger } from "../../log.js";
import type { CallbackSender } from "./callback-sender.js";
import type { EventCodes } from "./event-codes.js";
import type { KfCustomers } from "./kf-customers.js";
import type { KfInbox } from "./kf-inbox.js";
import type { SentLog } from "./sent-log.js";
import type { SlidingWindow } from "./sliding-window.js";
import type { TokenRegistry } from "./token-registry.js";
import type { CallbackRequest, DeliveryResult, SimulatorOptions } from "./types.js";

/** A template card the app sent, and what happened to it. */
export interface SimCard {
  taskId: string;
  to: string[];
  card: Record<string, unknown>;
  /** Bodies of message/update_template_card calls that succeeded. */
  updates: Array<Record<string, unknown>>;
  /** Members whose copy was updated: its buttons can no longer be clicked. */
  updatedFor: Set<string>;
}

export interface ResponseCode {
  taskId: string;
  /** The member who clicked; undefined for the code message/send returns (valid for all recipients). */
  userId: string | undefined;
  expiresAt: number;
  used: boolean;
}

/** Everything the simulated WeCom remembers; shared by routes and actors. */
export interface SimState {
  clock: Clock;
  options: SimulatorOptions;
  logger: Logger;
  tokens: TokenRegistry;
  sent: SentLog;
  callbacks: CallbackSender;
  /** Calls per API path (e.g. "gettoken"), including refused ones. */
  calls: Map<string, number>;
  /** errcodes to answer instead of handling, per API, consumed one per call. */
  faults: Map<string, number[]>;
  /** Extra latency per API (ms), consumed one per call. */
  delays: Map<string, number[]>;
  kf: {
    customers: KfCustomers;
    inbox: KfInbox;
    codes: EventCodes;
    /** Our msgids already used on this kf account → the answer they got. */
    msgids: Map<string, string>;
    /** How often each msgid was sent again after it was shown (answered, shown nothing). */
    repeats: Map<string, number>;
  };
  app: {
    cards: Map<string, SimCard>;
    responseCodes: Map<string, ResponseCode>;
    perMinute: SlidingWindow;
    perHour: SlidingWindow;
    blockedUntil: Map<string, number>;
    /** Last send time of (recipient, content) for enable_duplicate_check. */
    recent: Map<string, number>;
  };
  robot: { perMinute: SlidingWindow };
  /** Delivers a kf_msg_or_event callback after something entered the inbox; returns its token. */
  notifyKf(): { token: string; request: CallbackRequest; delivery: Promise<DeliveryResult> | undefined };
}
