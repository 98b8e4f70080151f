/**
 * A bot in a child process of its own, for tests and benches that must kill it
 * for real (SIGKILL: no shutdown hooks, no flush, in-flight requests cut off) or
 * give it its own core. Configured from the environment like `src/main.ts`,
 * plus BOT_LEASE_MS / BOT_POLL_MS for the outbox dispatcher; controlled over
 * the IPC channel (see {@link BotCommand} in bot-process.ts).
 */
import { readConfig } from "../../config/settings.js";
import { startBot } from "../../src/bot.js";
import { createLogger, silentLogger } from "../../src/log.js";
import type { BotCommand, BotReply } from "./bot-process.js";
import { installStatementCounter, statementCounts } from "./count-statements.js";

if (process.env.BENCH_COUNT_STATEMENTS === "1") installStatementCounter();

const config = readConfig(process.env);
const logger = config.logLevel === "silent" ? silentLogger : createLogger({ level: config.logLevel });
const bot = await startBot({
  config,
  logger,
  engine: { dispatcher: { leaseMs: Number(process.env.BOT_LEASE_MS ?? 60_000), pollMs: Number(process.env.BOT_POLL_MS ?? 1_000) } },
});

async function run(command: BotCommand): Promise<unknown> {
  switch (command.cmd) {
    case "invite": {
      const codes: Array<{ interviewId: string; code: string }> = [];
      for (let i = 0; i < command.count; i++) {
        const created = await bot.engine.createInterview({
          candidate: { name: `${command.name}${i}` },
          interview: {
            position: "后端工程师",
            recruiterUserId: command.recruiterUserId,
            scheduledAt: new Date(command.scheduledAt),
            durationMinutes: 60,
            location: { address: "北京市海淀区中关村大街1号 8层", mapUrl: null },
          },
          actor: `recruiter:${command.recruiterUserId}`,
        });
        codes.push({ interviewId: created.interview.id, code: created.bindCode.code });
      }
      return codes;
    }
    case "pauseDispatcher":
      await bot.engine.dispatcher.stop();
      return null;
    case "outboxCounts":
      return bot.store.outboxCounts();
    case "statements":
      return statementCounts(command.reset);
    case "stop":
      await bot.stop();
      setImmediate(() => process.exit(0));
      return null;
  }
}

process.on("message", (message: { id: number; command: BotCommand }) => {
  run(message.command).then(
    (result) => process.send!({ id: message.id, ok: true, result } satisfies BotReply),
    (err: unknown) => process.send!({ id: message.id, ok: false, error: err instanceof Error ? err.stack ?? err.message : String(err) } satisfies BotReply),
  );
});
process.send!({ id: 0, ok: true, result: { url: bot.url } } satisfies BotReply);
