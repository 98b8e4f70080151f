import { ConfigError, loadConfig } from "../config/settings.js";
import { startBot } from "./bot.js";
import { OffsetClock, systemClock } from "./clock.js";
import { createLogger } from "./log.js";
import { startupLinks } from "./web/startup-links.js";

/**
 * Process entry: config → bot → signals. A bad configuration stops the start
 * with the variable's name; SIGINT/SIGTERM drain the worker and close the store.
 */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`Configuration error — ${err.message}\nSee config/.env.example for every variable.`);
      process.exit(2);
    }
    throw err;
  }
  const logger = createLogger({ level: config.logLevel });
  // Sandbox mode runs on a clock the sandbox page can move forward (real time + offset).
  const clock = config.wecom.mode === "sandbox" ? new OffsetClock() : systemClock;
  const bot = await startBot({ config, logger, clock });
  const mode = config.wecom.mode === "sandbox" ? "sandbox (local WeCom simulator, no WeCom account needed)" : "live WeCom";
  logger.info(
    { url: bot.url, store: bot.store.engine, coordination: bot.coord.kind, wecom: config.wecom.mode },
    `interview bot listening on ${bot.url} — ${mode}; health: ${bot.url}/healthz`,
  );
  // A human-readable banner: the pages to open (sandbox, dashboard with its token).
  const links = startupLinks(bot);
  if (links.length > 0) console.log(`\n${links.map((line) => `  ➜ ${line}`).join("\n")}\n`);

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    bot.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
