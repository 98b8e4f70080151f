/**
 * HR group alerts: domain events → markdown in the HR group chat through the
 * group robot (群机器人) webhook, @-mentioning the owning recruiter, with the
 * interview's essentials and the command to act; plus the daily digest of
 * today's interviews at 09:00 business time. The events table is the durable
 * queue (see {@link AlertRelay}); bursts are merged into one message and
 * posted at most every 3 s, inside the robot's 20 messages a minute.
 */
import { loadRecruiterTexts, type RecruiterTexts } from "../config/recruiter-texts.js";
import { AlertRelay } from "../src/alerts/alert-relay.js";
import { sendDailyDigest, type RiskFn } from "../src/alerts/daily-digest.js";
import type { Clock } from "../src/clock.js";
import type { Coordination } from "../src/coord/coordination.js";
import type { Logger } from "../src/log.js";
import type { Store } from "../src/store/store.js";
import type { WecomClient } from "../src/wecom/api/index.js";

export interface HrAlertsOptions {
  store: Store;
  coord: Coordination;
  client: WecomClient;
  clock: Clock;
  logger: Logger;
  timeZone: string;
  texts?: RecruiterTexts;
  /** No-show risk for the digest (src/metrics); without it the digest shows no risk column. */
  risk?: RiskFn;
  /** Real ms between group posts (default 3000: 20 a minute). */
  paceMs?: number;
  /** Real ms between looks for new events when idle (default 2000). */
  pollMs?: number;
  /** First wait after a 45009 from the robot (default 10 s, doubling to a minute). */
  rateLimitBackoffMs?: number;
  /**
   * Business time of the daily digest (default "09:00"; the bot schedules it as
   * a daily Agenda job), or false for no scheduled digest.
   */
  digestAt?: string | false;
}

export interface HrAlerts {
  readonly relay: AlertRelay;
  /** Queues today's digest (once per business day); false when it already was. For the scheduler. */
  sendDailyDigest(now?: Date): Promise<boolean>;
  /** Look for new events now (they are also found by polling). */
  notify(): void;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function hrAlerts(o: HrAlertsOptions): HrAlerts {
  const texts = o.texts ?? loadRecruiterTexts();
  const log = o.logger;
  const send = o.client.hasRobot
    ? async (markdown: string): Promise<void> => void (await o.client.robot.sendMarkdown(markdown))
    : async (markdown: string): Promise<void> => log.info({ alert: markdown }, "HR alert (no WECOM_ROBOT_KEY configured: logged only)");
  const relay = new AlertRelay({
    store: o.store,
    coord: o.coord,
    clock: o.clock,
    logger: log,
    texts,
    timeZone: o.timeZone,
    send,
    ...(o.paceMs !== undefined ? { paceMs: o.paceMs } : {}),
    ...(o.pollMs !== undefined ? { pollMs: o.pollMs } : {}),
    ...(o.rateLimitBackoffMs !== undefined ? { rateLimitBackoffMs: o.rateLimitBackoffMs } : {}),
  });
  const digest = (now: Date = o.clock.now()): Promise<boolean> =>
    sendDailyDigest({ store: o.store, texts, timeZone: o.timeZone, risk: o.risk }, now).then((queued) => {
      if (queued) relay.notify();
      return queued;
    });
  return {
    relay,
    sendDailyDigest: digest,
    notify: () => relay.notify(),
    async start() {
      await relay.init();
      relay.start();
    },
    async stop() {
      await relay.stop();
    },
  };
}
