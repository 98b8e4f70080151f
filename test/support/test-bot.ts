import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readConfig, SANDBOX_CREDENTIALS, type Config } from "../../config/settings.js";
import { startBot, type Bot, type BotOptions } from "../../src/bot.js";
import type { Clock } from "../../src/clock.js";
import { silentLogger } from "../../src/log.js";
import { startSimulator, type Simulator } from "../../src/wecom/simulator/index.js";

/**
 * Starts a whole bot on a free port in sandbox mode, on a fresh PGlite database
 * in a temp dir (or on `databaseUrl`), with in-process coordination unless a
 * `redisUrl` is given. Returns it with a `stop()` that also removes the data dir.
 */
export async function startTestBot(
  options: { clock?: Clock; env?: Record<string, string>; handlers?: BotOptions["handlers"]; hrAlerts?: BotOptions["hrAlerts"]; recruiter?: BotOptions["recruiter"] } = {},
): Promise<Bot & { dataDir: string }> {
  const dataDir = await mkdtemp(join(tmpdir(), "bot-test-"));
  const config: Config = readConfig({ PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir, LOG_LEVEL: "silent", ...options.env });
  const bot = await startBot({
    config,
    logger: silentLogger,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.handlers ? { handlers: options.handlers } : {}),
    ...(options.hrAlerts ? { hrAlerts: options.hrAlerts } : {}),
    ...(options.recruiter ? { recruiter: options.recruiter } : {}),
  });
  return {
    ...bot,
    dataDir,
    async stop() {
      await bot.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Environment for a bot in *live* mode whose WeCom is a simulator started by the
 * test (so several bots can share one simulator, as instances share one WeCom).
 */
export function liveEnv(simulatorUrl: string): Record<string, string> {
  const c = SANDBOX_CREDENTIALS;
  return {
    WECOM_API_BASE: simulatorUrl,
    WECOM_CORP_ID: c.corpId,
    WECOM_APP_AGENT_ID: String(c.app.agentId),
    WECOM_APP_SECRET: c.app.secret,
    WECOM_APP_TOKEN: c.app.token,
    WECOM_APP_AES_KEY: c.app.aesKey,
    WECOM_KF_SECRET: c.kf.secret,
    WECOM_KF_TOKEN: c.kf.token,
    WECOM_KF_AES_KEY: c.kf.aesKey,
    WECOM_KF_OPEN_KFID: c.kf.openKfId,
    WECOM_ROBOT_KEY: c.robotKey,
  };
}

/** A simulator with the sandbox credentials that records callbacks without delivering them. */
export function startQuietSimulator(clock?: Clock): Promise<Simulator> {
  const c = SANDBOX_CREDENTIALS;
  return startSimulator({ ...(clock ? { clock } : {}), corpId: c.corpId, app: c.app, kf: c.kf, robotKey: c.robotKey });
}
