import { randomToken } from "./random-pool.js";
import type { Clock } from "../../clock.js";
import type { KfServiceState } from "../api/kf-types.js";

/** A code for kf/send_msg_on_event: one message, once, before it expires. */
export interface EventCode {
  code: string;
  externalUserId: string;
  kind: "welcome" | "state";
  /** For state codes: the message may only be sent while the session is still in this state. */
  state: KfServiceState | undefined;
  expiresAt: number;
  used: boolean;
}

/** welcome_code from enter_session, msg_code from service_state/trans (doc: 发送欢迎语等事件响应消息). */
export class EventCodes {
  private readonly codes = new Map<string, EventCode>();

  constructor(private readonly clock: Clock) {}

  issue(externalUserId: string, kind: EventCode["kind"], ttlMs: number, state?: KfServiceState): string {
    const code = randomToken(24);
    this.codes.set(code, { code, externalUserId, kind, state, expiresAt: this.clock.now().getTime() + ttlMs, used: false });
    return code;
  }

  /** The code if it can still be used (known, unused, unexpired). */
  usable(code: string): EventCode | undefined {
    const found = this.codes.get(code);
    if (!found || found.used || found.expiresAt <= this.clock.now().getTime()) return undefined;
    return found;
  }
}
