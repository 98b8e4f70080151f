import type Router from "@koa/router";
import type { Bot } from "../../bot.js";
import type { Clock } from "../../clock.js";
import type { Logger } from "../../log.js";
import { memberName, SANDBOX_RECRUITER } from "./adapter.js";
import type { SandboxContext } from "./context.js";
import { sandboxRoutes } from "./routes.js";
import { SandboxSession } from "./session.js";
import type { SseStream } from "./sse.js";

/** The sandbox of one bot: its routes (mounted before the bot listens) and its lifecycle. */
export interface Sandbox {
  readonly router: Router;
  /** Path of the page, relative to the bot's URL. */
  readonly path: "/sandbox";
  /** Called once the bot (with its simulator) is up; before that the API answers 409. */
  attach(bot: Bot): void;
  /** Ends the SSE streams (they would keep the HTTP server from closing) and stops listening. */
  close(): void;
}

/**
 * Creates the sandbox for a bot in sandbox mode. The router exists before the
 * bot's HTTP server starts (Koa composes middleware at listen time), while
 * the simulator needs the server's URL — hence the late {@link Sandbox.attach}.
 * Never create one when real WeCom credentials are configured.
 */
export function createSandbox(options: { clock: Clock; logger: Logger }): Sandbox {
  let context: SandboxContext | undefined;
  const streams = new Set<SseStream>();
  return {
    router: sandboxRoutes(() => context, streams),
    path: "/sandbox",
    attach(bot) {
      if (!bot.simulator) throw new Error("the sandbox needs the in-process simulator (sandbox mode)");
      const session = new SandboxSession(bot.simulator, options.clock, { recruiterUserId: SANDBOX_RECRUITER.userId, nameOf: memberName });
      context = { bot, simulator: bot.simulator, clock: options.clock, session, logger: options.logger };
    },
    close() {
      for (const stream of [...streams]) stream.close();
      context?.session.close();
    },
  };
}
