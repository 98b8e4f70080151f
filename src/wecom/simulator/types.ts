import type { Clock } from "../../clock.js";
import type { Logger } from "../../log.js";

/** Options of {@link startSimulator}. Credentials are the ones our server is configured with. */
export interface SimulatorOptions {
  /** Drives token expiry, kf windows, code validity, rate windows and callback timestamps. */
  clock?: Clock;
  corpId: string;
  app: { agentId: number; secret: string; token: string; aesKey: string };
  kf: { secret: string; token: string; aesKey: string; openKfId: string };
  robotKey: string;
  /** Our server, e.g. http://127.0.0.1:3000; without it callbacks are recorded but not delivered. */
  callbackBase?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  host?: string;
  /** Known app members; message/send reports others as invaliduser (81013 if none is known). Default: anyone. */
  members?: readonly string[];
  /** kf servicers (接待人员) allowed as servicer_userid; default: anyone. */
  servicers?: readonly string[];
  callbacks?: {
    /** WeCom waits 5 s for an answer. */
    timeoutMs?: number;
    /** WeCom retries 3 times after a failed delivery. */
    retries?: number;
    /** Pause before each retry (WeCom's is not documented; tests make it short). Default 1000 ms. */
    retryDelayMs?: number;
  };
  logger?: Logger;
}

export type SentChannel = "kf" | "app" | "robot";

/** One thing our server made WeCom show to someone, as WeCom received it. */
export interface SentRecord {
  seq: number;
  at: Date;
  channel: SentChannel;
  /** e.g. "kf/send_msg", "message/send", "message/update_template_card", "webhook/send", "passive_reply". */
  api: string;
  msgtype: string;
  /** external_userid (kf), member userids (app); empty for the robot. */
  to: string[];
  /** The main text: text/markdown content, menu head + items + tail, card title. */
  text: string;
  /** The request JSON without credentials (or the decrypted passive reply XML under `xml`). */
  payload: Record<string, unknown>;
  msgid?: string;
  /** app template cards and their updates: which card (an update's request names it only by response_code). */
  taskId?: string;
  /** app: recipients WeCom silently dropped (over 30/min or 1000/h, or a duplicate check hit). */
  droppedFor: string[];
}

/** A callback as WeCom POSTs it: the raw request, ready to (re)deliver. */
export interface CallbackRequest {
  channel: "app" | "kf";
  /** `/wecom/kf/callback` or `/wecom/app/callback`. */
  path: string;
  /** `msg_signature=…&timestamp=…&nonce=…`, URL-encoded. */
  query: string;
  body: string;
  /** The inner XML before encryption (for assertions). */
  plaintext: string;
}

export interface AttemptResult {
  status: number | undefined;
  body: string;
  error: string | undefined;
  ms: number;
}

export interface DeliveryResult {
  ok: boolean;
  attempts: AttemptResult[];
  /** Decrypted passive reply XML, when our server answered with one. */
  reply: string | undefined;
}

/** What a simulated user action produced. `delivery` is absent when no callbackBase is set. */
export interface ActionResult {
  callback: CallbackRequest;
  delivery: DeliveryResult | undefined;
}

export interface KfActionResult extends ActionResult {
  /** The sync_msg item id. */
  msgid: string;
  /** The Token of the kf_msg_or_event callback (valid 10 min for sync_msg). */
  token: string;
}

export interface EnterResult extends KfActionResult {
  welcomeCode: string | undefined;
}
