import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readConfig, type Config } from "../../config/settings.js";
import { startBot, type Bot, type BotOptions } from "../../src/bot.js";
import type { Clock } from "../../src/clock.js";
import { silentLogger } from "../../src/log.js";

/**
 * Starts a whole bot on a free port in sandbox mode, on a fresh PGlite database
 * in a temp dir (or on `databaseUrl`), with in-process coordination unless a
 * `redisUrl` is given. Returns it with a `stop()` that also removes the data dir.
 */
export async function startTestBot(
  options: { clock?: Clock; env?: Record<string, string>; handlers?: BotOptions["handlers"] } = {},
): Promise<Bot & { dataDir: string }> {
  const dataDir = await mkdtemp(join(tmpdir(), "bot-test-"));
  const config: Config = readConfig({ PORT: "0", HOST: "127.0.0.1", DATA_DIR: dataDir, LOG_LEVEL: "silent", ...options.env });
  const bot = await startBot({
    config,
    logger: silentLogger,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.handlers ? { handlers: options.handlers } : {}),
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
