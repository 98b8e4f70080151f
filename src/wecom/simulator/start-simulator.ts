import type { AddressInfo } from "node:net";
import Router from "@koa/router";
import Koa from "koa";
import { systemClock, type Clock } from "../../clock.js";
import { silentLogger } from "../../log.js";
import type { KfServiceState } from "../api/kf-types.js";
import { CallbackCipher } from "../crypto.js";
import { candidateEnters, candidateSays, candidateSendsMedia, recruiterClicks, recruiterSays, servicerChangesSession, type KfMediaType } from "./actors.js";
import { CallbackSender } from "./callback-sender.js";
import { xmlDocument } from "./callback-xml.js";
import { EventCodes } from "./event-codes.js";
import { KfCustomers } from "./kf-customers.js";
import { KfInbox } from "./kf-inbox.js";
import { appRoutes } from "./routes-app.js";
import { kfRoutes } from "./routes-kf.js";
import { robotRoutes } from "./routes-robot.js";
import { tokenRoutes } from "./routes-token.js";
import { SentLog } from "./sent-log.js";
import type { SimCard, SimState } from "./sim-state.js";
import { SlidingWindow } from "./sliding-window.js";
import { TokenRegistry, type TokenScope } from "./token-registry.js";
import type { ActionResult, AttemptResult, CallbackRequest, DeliveryResult, EnterResult, KfActionResult, SentRecord, SimulatorOptions } from "./types.js";

/** A running simulated WeCom: its HTTP API, its users, and what our server sent through it. */
export interface Simulator {
  /** Base URL to use as WECOM_API_BASE, e.g. http://127.0.0.1:40123. */
  readonly url: string;
  readonly clock: Clock;
  /** Everything our server sent, in order. */
  readonly sent: readonly SentRecord[];
  /** Every callback sealed so far (delivered or not), in order. */
  readonly callbacks: readonly CallbackRequest[];
  stop(): Promise<void>;
  waitFor(predicate: (record: SentRecord) => boolean, timeoutMs?: number): Promise<SentRecord>;
  /** Hears every record sent from now on; returns the unsubscribe. */
  onSent(listener: (record: SentRecord) => void): () => void;

  candidateEnters(externalUserId: string, options?: { sceneParam?: string; scene?: string; nickname?: string }): Promise<EnterResult>;
  candidateSays(externalUserId: string, message: string | { menuId: string; text: string }, options?: { nickname?: string }): Promise<KfActionResult>;
  /** The candidate sends an image / voice / video / file (a media_id item in sync_msg). */
  candidateSendsMedia(externalUserId: string, msgtype: KfMediaType, options?: { nickname?: string }): Promise<KfActionResult & { mediaId: string }>;
  recruiterSays(userId: string, text: string): Promise<ActionResult>;
  recruiterClicks(userId: string, click: { taskId: string; eventKey: string }): Promise<ActionResult & { responseCode: string }>;
  servicerChangesSession(externalUserId: string, change: { state: 3; servicerUserId: string } | { state: 4 }): Promise<KfActionResult>;

  /** Seals any inner XML as a callback of `channel` (for hand-made or malformed events). */
  sealCallback(channel: "app" | "kf", innerXml: string): CallbackRequest;
  /** Delivers with WeCom's retries (non-200 or no answer in time → up to 3 more attempts). */
  deliver(request: CallbackRequest): Promise<DeliveryResult>;
  /** One raw POST, no retry. */
  deliverOnce(request: CallbackRequest): Promise<AttemptResult>;
  /** The identical request `times` times in a row, as WeCom's retries would look. */
  deliverTimes(request: CallbackRequest, times: number): Promise<AttemptResult[]>;

  /** Revokes live tokens early: their next use answers 40014. Returns how many. */
  revokeTokens(scope?: TokenScope): number;
  /** The next `times` calls to `api` (e.g. "kf/send_msg", "gettoken") answer `errcode`. */
  failNext(api: string, errcode: number, times?: number): void;
  /** The next `times` calls to `api` answer only after `ms`. */
  delayNext(api: string, ms: number, times?: number): void;
  /** The next accepted kf send to this customer is followed by msg_send_fail with `failType` (e.g. 10 refused). */
  failNextKfDelivery(externalUserId: string, failType: number): void;
  /** A callback Token valid for sync_msg, without a callback (tests without a server). */
  issueSyncToken(): string;

  callCount(api: string): number;
  /** How often a kf send with this msgid came again after it was shown (and was absorbed). */
  repeatCount(msgid: string): number;
  kfSession(externalUserId: string): { state: KfServiceState; servicerUserId: string | undefined; sentInWindow: number } | undefined;
  card(taskId: string): SimCard | undefined;
}

/** Starts the simulator on 127.0.0.1 (port 0 = any free port). */
export async function startSimulator(options: SimulatorOptions): Promise<Simulator> {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? silentLogger;
  const cipher = (token: string, aesKey: string): CallbackCipher =>
    new CallbackCipher({ token, encodingAESKey: aesKey, receiveId: options.corpId });
  const sent = new SentLog();
  const callbacks = new CallbackSender({
    clock,
    corpId: options.corpId,
    agentId: options.app.agentId,
    ciphers: { app: cipher(options.app.token, options.app.aesKey), kf: cipher(options.kf.token, options.kf.aesKey) },
    callbackBase: options.callbackBase,
    timeoutMs: options.callbacks?.timeoutMs ?? 5000,
    retries: options.callbacks?.retries ?? 3,
    retryDelayMs: options.callbacks?.retryDelayMs ?? 1000,
    logger,
    onPassiveReply: (channel, xml) =>
      sent.add({ at: clock.now(), channel, api: "passive_reply", msgtype: "xml", to: [], text: xml, payload: { xml }, droppedFor: [] }),
  });
  const inbox = new KfInbox(clock, options.kf.openKfId);

  const sim: SimState = {
    clock,
    options,
    logger,
    tokens: new TokenRegistry(clock, { app: options.app.secret, kf: options.kf.secret }),
    sent,
    callbacks,
    calls: new Map(),
    faults: new Map(),
    delays: new Map(),
    kf: { customers: new KfCustomers(clock), inbox, codes: new EventCodes(clock), msgids: new Map(), repeats: new Map() },
    app: {
      cards: new Map(),
      responseCodes: new Map(),
      perMinute: new SlidingWindow(clock, 60_000),
      perHour: new SlidingWindow(clock, 3_600_000),
      blockedUntil: new Map(),
      recent: new Map(),
    },
    robot: { perMinute: new SlidingWindow(clock, 60_000) },
    notifyKf() {
      const token = inbox.issueToken();
      const request = callbacks.seal(
        "kf",
        xmlDocument([
          ["ToUserName", options.corpId],
          ["CreateTime", Math.floor(clock.now().getTime() / 1000)],
          ["MsgType", "event"],
          ["Event", "kf_msg_or_event"],
          ["Token", token],
          ["OpenKfId", options.kf.openKfId],
        ]),
      );
      return { token, request, delivery: options.callbackBase ? callbacks.deliver(request) : undefined };
    },
  };

  const router = new Router();
  tokenRoutes(router, sim);
  appRoutes(router, sim);
  kfRoutes(router, sim);
  robotRoutes(router, sim);
  const app = new Koa();
  app.use(router.routes()).use(router.allowedMethods());
  app.on("error", (err: unknown) => logger.error({ err }, "simulator request failed"));

  const server = app.listen(options.port ?? 0, options.host ?? "127.0.0.1");
  await new Promise<void>((resolve, reject) => {
    server.once("listening", resolve);
    server.once("error", reject);
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host ?? "127.0.0.1";
  const queue = (map: Map<string, number[]>, api: string, value: number, times: number): void => {
    map.set(api, [...(map.get(api) ?? []), ...Array<number>(times).fill(value)]);
  };

  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    clock,
    sent: sent.records,
    callbacks: callbacks.history,
    async stop() {
      await callbacks.drain();
      callbacks.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
    waitFor: (predicate, timeoutMs) => sent.waitFor(predicate, timeoutMs),
    onSent: (listener) => sent.subscribe(listener),
    candidateEnters: (id, o) => candidateEnters(sim, id, o),
    candidateSays: (id, message, o) => candidateSays(sim, id, message, o),
    candidateSendsMedia: (id, msgtype, o) => candidateSendsMedia(sim, id, msgtype, o),
    recruiterSays: (userId, text) => recruiterSays(sim, userId, text),
    recruiterClicks: (userId, click) => recruiterClicks(sim, userId, click),
    servicerChangesSession: (id, change) => servicerChangesSession(sim, id, change),
    sealCallback: (channel, xml) => callbacks.seal(channel, xml),
    deliver: (request) => callbacks.deliver(request),
    deliverOnce: (request) => callbacks.deliverOnce(request),
    deliverTimes: (request, times) => callbacks.deliverTimes(request, times),
    revokeTokens: (scope) => sim.tokens.revoke(scope),
    failNext: (api, errcode, times = 1) => queue(sim.faults, api, errcode, times),
    delayNext: (api, ms, times = 1) => queue(sim.delays, api, ms, times),
    failNextKfDelivery(externalUserId, failType) {
      const customer = sim.kf.customers.get(externalUserId);
      if (!customer) throw new Error(`unknown customer ${externalUserId}`);
      customer.failNextSendWith = failType;
    },
    issueSyncToken: () => inbox.issueToken(),
    callCount: (api) => sim.calls.get(api) ?? 0,
    repeatCount: (msgid) => sim.kf.repeats.get(msgid) ?? 0,
    kfSession(externalUserId) {
      const c = sim.kf.customers.get(externalUserId);
      return c && { state: c.state, servicerUserId: c.servicerUserId, sentInWindow: c.sentInWindow };
    },
    card: (taskId) => sim.app.cards.get(taskId),
  };
}
