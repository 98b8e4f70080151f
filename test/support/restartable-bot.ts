import { createServer } from "node:net";
import { readConfig, SANDBOX_CREDENTIALS } from "../../config/settings.js";
import { startBot, type Bot } from "../../src/bot.js";
import type { Clock } from "../../src/clock.js";
import { silentLogger } from "../../src/log.js";
import { startSimulator, type Simulator } from "../../src/wecom/simulator/index.js";
import { liveEnv } from "./test-bot.js";

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * One simulated WeCom that outlives bot instances: it calls back a fixed port,
 * so a bot stopped and started again on the same port and data dir is, to
 * WeCom, the same server after a restart (msgids it already accepted stay known).
 */
export async function startSharedWecom(clock: Clock): Promise<{ sim: Simulator; port: number }> {
  const port = await freePort();
  const c = SANDBOX_CREDENTIALS;
  const sim = await startSimulator({
    clock,
    corpId: c.corpId,
    app: c.app,
    kf: c.kf,
    robotKey: c.robotKey,
    callbackBase: `http://127.0.0.1:${port}`,
    callbacks: { retryDelayMs: 100, timeoutMs: 2000 },
  });
  return { sim, port };
}

/**
 * A bot in live mode against `sim`, on `port`, keeping its PGlite files in `dataDir` (not removed on stop);
 * `env` adds configuration, e.g. DATABASE_URL to restart on the same PostgreSQL database.
 */
export function startBotOn(sim: Simulator, port: number, dataDir: string, clock: Clock, env: Record<string, string> = {}): Promise<Bot> {
  const config = readConfig({ PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, LOG_LEVEL: "silent", ...liveEnv(sim.url), ...env });
  return startBot({ config, logger: silentLogger, clock });
}
