import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type Koa from "koa";
import { candidateBot } from "../bots/candidate.js";
import { recruiterBot } from "../bots/recruiter.js";
import { hrAlerts, type HrAlerts, type HrAlertsOptions } from "../bots/hr-alerts.js";
import type { StatsProvider } from "./commands/command.js";
import { loadFlowSettings } from "../config/flow-settings.js";
import { loadReminderSchedule } from "../config/reminders.js";
import type { Config } from "../config/settings.js";
import { candidateStep, initialState } from "../flows/index.js";
import { systemClock, type Clock } from "./clock.js";
import { createCoordination } from "./coord/index.js";
import type { Coordination } from "./coord/coordination.js";
import { createAcceptor } from "./engine/accept-inbound.js";
import { createConversationEngine, type ConversationEngine, type ConversationEngineOptions } from "./engine/index.js";
import { InboxWorker, type InboundHandler } from "./engine/inbox-worker.js";
import { NudgeScheduler, pglitePool, serverPool } from "./jobs/index.js";
import type { Logger } from "./log.js";
import { createApp, type HealthReport } from "./server.js";
import { embeddedPglite, openStore } from "./store/index.js";
import type { Store } from "./store/store.js";
import { WecomClient } from "./wecom/api/index.js";
import { callbackRoutes, type KfMsgOrEvent } from "./wecom/callback/index.js";
import { CallbackCipher } from "./wecom/crypto.js";
import { KfSync } from "./wecom/kf/kf-sync.js";
import { createKfPuller } from "./wecom/kf/pull-messages.js";
import { pullOnNotification } from "./wecom/kf/pull-on-notification.js";
import { startSimulator, type Simulator } from "./wecom/simulator/index.js";
import { createSandbox } from "./web/sandbox/create-sandbox.js";
import { createDashboard } from "./web/index.js";
import { flagHighRiskInterviews, interviewRisk, RiskModelCache, statsMarkdown } from "./metrics/index.js";

export interface BotOptions {
  config: Config;
  logger: Logger;
  clock?: Clock;
  /** Extra inbox handlers by kind (the conversation engine and commands register theirs). */
  handlers?: Record<string, InboundHandler>;
  /** Conversation-engine tuning: kf link shape, hooks (nudges), dispatcher timings. */
  engine?: Pick<ConversationEngineOptions, "kfLink" | "hooks" | "dispatcher">;
  /** Recruiter commands: `stats` replaces the built-in `/stats` summary (e.g. with src/metrics). */
  recruiter?: { stats?: StatsProvider };
  /** HR group alerts: pacing, the digest's time and risk function (src/metrics). */
  hrAlerts?: Pick<HrAlertsOptions, "paceMs" | "pollMs" | "rateLimitBackoffMs" | "risk" | "digestAt">;
}

/** A running bot: everything `main.ts` starts, exposed so tests can drive it. */
export interface Bot {
  readonly config: Config;
  readonly url: string;
  readonly store: Store;
  readonly coord: Coordination;
  readonly wecom: WecomClient;
  readonly worker: InboxWorker;
  /** Candidate conversations: turns, binding, interview creation, the outbox dispatcher. */
  readonly engine: ConversationEngine;
  readonly app: Koa;
  /** Timed nudges and daily jobs (Agenda): `runDue()`, `nextDueAt()`, `daily()`, nudge status per interview. */
  readonly jobs: NudgeScheduler;
  /** The in-process WeCom simulator (sandbox mode only). */
  readonly simulator: Simulator | undefined;
  /** The sandbox page (`/sandbox`), in sandbox mode only: never with real WeCom credentials. */
  readonly sandboxUrl: string | undefined;
  /** HR group alerts and the daily digest (`sendDailyDigest` for a scheduler). */
  readonly hrAlerts: HrAlerts;
  /** The HR dashboard's access token (generated in sandbox mode when unset); undefined: off. */
  readonly dashboardToken: string | undefined;
  stop(): Promise<void>;
}

/**
 * Composes and starts the bot: store → coordination → HTTP server → (sandbox:
 * simulator) → WeCom client → conversation engine + outbox dispatcher → inbox worker. The HTTP server listens before the
 * simulator starts because the simulator needs our callback URL.
 */
export async function startBot({ config, logger, clock = systemClock, handlers = {}, engine: engineOptions = {}, recruiter = {}, hrAlerts: alertOptions = {} }: BotOptions): Promise<Bot> {
  // Flow texts and policy first: a typo in config/*.yaml stops the start before anything opens.
  const settings = loadFlowSettings({ confidenceThreshold: config.nlu.confidenceThreshold });
  const reminders = loadReminderSchedule();
  settings.reminders = reminders;
  const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, logger, clock });
  const coord = await createCoordination(config.redisUrl, logger, { keyPrefix: config.redisKeyPrefix }).catch(async (err: unknown) => {
    await store.close();
    throw err;
  });

  const { wecom } = config;
  const ciphers = {
    app: new CallbackCipher({ token: wecom.app.token, encodingAESKey: wecom.app.aesKey, receiveId: wecom.corpId }),
    kf: new CallbackCipher({ token: wecom.kf.token, encodingAESKey: wecom.kf.aesKey, receiveId: wecom.corpId }),
  };

  // The worker needs the WeCom client, which in sandbox mode needs our URL, which
  // needs the app: so acceptance wakes the worker through this late-bound hook.
  let wakeWorker = (): void => undefined;
  // kf notifications are answered by a pull; the sync exists once the client does (below).
  let kfSync: KfSync | undefined = undefined;
  const accept = pullOnNotification({
    openKfId: wecom.kf.openKfId,
    sync: () => kfSync,
    store: createAcceptor({ store, clock, logger, onAccepted: () => wakeWorker() }),
    logger,
  });
  const health = async (): Promise<HealthReport> => {
    const [storeHealth, coordOk, inbox] = await Promise.all([
      store.health(),
      coord.ping().then(() => true, () => false),
      store.inboundCounts().catch(() => undefined),
    ]);
    return {
      ok: storeHealth.ok && coordOk,
      store: storeHealth,
      coordination: { ok: coordOk, kind: coord.kind },
      wecom: { mode: wecom.mode },
      inbox,
    };
  };
  // Sandbox mode only: with real credentials the routes do not exist at all (404).
  const sandbox = wecom.mode === "sandbox" ? createSandbox({ clock, logger: logger.child({ component: "sandbox" }) }) : undefined;
  // One fitted no-show model for the dashboard, the HR digest and the daily high-risk check.
  const riskModels = new RiskModelCache(store, { timeZone: config.businessTimeZone });
  const dashboard = createDashboard({ store, coord, clock, logger: logger.child({ component: "dashboard" }), token: config.dashboard.token, mode: wecom.mode, timeZone: config.businessTimeZone, policy: settings, risk: riskModels });
  const app = createApp({ logger, health, routers: [callbackRoutes({ ciphers, accept, clock, logger }), dashboard.router, ...(sandbox ? [sandbox.router] : [])] });
  const server = await listen(app, config.port, config.host);
  const port = (server.address() as AddressInfo).port;
  const url = `http://${config.host === "0.0.0.0" ? "127.0.0.1" : config.host}:${port}`;
  // The generated sandbox token is printed by the startup banner (src/web/startup-links.ts).
  if (!dashboard.token) logger.warn("HR dashboard is off: set DASHBOARD_TOKEN to enable /dashboard");

  let simulator: Simulator | undefined;
  let apiBase = wecom.apiBase;
  if (wecom.mode === "sandbox") {
    simulator = await startSimulator({
      clock,
      corpId: wecom.corpId,
      app: wecom.app,
      kf: wecom.kf,
      robotKey: wecom.robotKey ?? "sandbox-robot-key",
      callbackBase: url,
      host: "127.0.0.1",
      logger: logger.child({ component: "simulator" }),
    });
    apiBase = simulator.url;
  }

  const client = new WecomClient({
    apiBase,
    corpId: wecom.corpId,
    coord,
    logger,
    app: { agentId: wecom.app.agentId, secret: wecom.app.secret },
    kf: { secret: wecom.kf.secret, openKfId: wecom.kf.openKfId },
    robotKey: wecom.robotKey,
  });
  const puller = createKfPuller({ kf: client.kf, store, coord, logger });
  // Pulled messages are new inbox items: wake the worker instead of waiting for its poll.
  const sync = new KfSync(async (token) => {
    const pulled = await puller(token);
    if (pulled.accepted > 0) wakeWorker();
    return pulled;
  }, logger);
  // Nudges: Agenda on the same database (the store's PGlite, or its own pool on a server).
  const pglite = embeddedPglite(store);
  const jobs = new NudgeScheduler({
    store,
    db: pglite ? pglitePool(pglite) : serverPool(config.databaseUrl ?? "", logger),
    clock,
    logger: logger.child({ component: "jobs" }),
    timeZone: config.businessTimeZone,
    schedule: reminders,
  });
  const engine = createConversationEngine({
    ...engineOptions,
    hooks: { ...jobs.hooks, ...engineOptions.hooks },
    store,
    coord,
    clock,
    logger,
    client,
    step: candidateStep,
    initialState,
    settings,
    timeZone: config.businessTimeZone,
    openKfId: wecom.kf.openKfId,
  });
  const candidates = candidateBot({ engine, clock, logger: logger.child({ bot: "candidate" }), timeZone: config.businessTimeZone });
  const recruiters = recruiterBot({
    store,
    engine,
    clock,
    logger: logger.child({ bot: "recruiter" }),
    timeZone: config.businessTimeZone,
    access: config.recruiters,
    stats: recruiter.stats ?? (({ days }) => statsMarkdown(store, { days, now: clock.now(), timeZone: config.businessTimeZone })),
  });

  const worker = new InboxWorker({
    store,
    logger,
    handlers: {
      kf_msg_or_event: async (item) => {
        const event = item.payload as unknown as KfMsgOrEvent;
        if (event.openKfId !== wecom.kf.openKfId) {
          logger.warn({ openKfId: event.openKfId }, "kf callback for an account we do not serve; ignored");
          return;
        }
        sync.request(event.token);
      },
      ...candidates,
      // After the candidate bot's: card clicks go to the recruiter bot, which routes conversation cards back to the engine.
      ...recruiters,
      ...handlers,
    },
  });
  wakeWorker = () => worker.notify();
  const alerts = hrAlerts({ risk: interviewRisk(store, riskModels, clock), ...alertOptions, store, coord, client, clock, logger: logger.child({ bot: "hr-alerts" }), timeZone: config.businessTimeZone });
  // Before anything can record events: the relay's first checkpoint marks where alerts begin.
  await alerts.start();
  engine.start();
  jobs.attach(engine);
  if (alertOptions.digestAt !== false) {
    // Once per business day; sendDailyDigest itself is idempotent per day, so a re-run posts nothing twice.
    await jobs.daily("hr-daily-digest", alertOptions.digestAt ?? "09:00", async (at) => {
      await alerts.sendDailyDigest(at);
    });
  }
  // Interviews in the next 48 h with a high no-show risk: the recruiter is told once, the day before at the latest.
  await jobs.daily("risk-high-check", "10:00", async (at) => {
    const flagged = await flagHighRiskInterviews(store, { now: at, timeZone: config.businessTimeZone, model: await riskModels.get(at) });
    if (flagged.length > 0) logger.info({ flagged: flagged.length }, "high no-show risk flagged for recruiters");
  });
  await jobs.start();
  worker.start();
  // Catch up on whatever arrived while we were down (WeCom keeps 3 days).
  kfSync = sync;
  sync.request();

  const bot: Bot = {
    config,
    url,
    store,
    coord,
    wecom: client,
    worker,
    engine,
    jobs,
    app,
    simulator,
    sandboxUrl: sandbox ? `${url}${sandbox.path}` : undefined,
    hrAlerts: alerts,
    dashboardToken: dashboard.token,
    async stop() {
      sandbox?.close();
      dashboard.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await worker.stop();
      await sync.stop();
      await jobs.stop();
      await alerts.stop();
      await engine.stop();
      client.close();
      await simulator?.stop();
      await coord.close();
      await store.close();
    },
  };
  sandbox?.attach(bot);
  return bot;
}

function listen(app: Koa, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host);
    server.once("listening", () => resolve(server));
    server.once("error", reject);
  });
}
