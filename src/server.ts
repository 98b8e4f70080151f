import Koa from "koa";
import Router from "@koa/router";
import type { Logger } from "./log.js";
import { CallbackError } from "./wecom/errors.js";

export interface HealthReport {
  ok: boolean;
  [part: string]: unknown;
}

export interface ServerOptions {
  logger: Logger;
  /** Checks every dependency; `ok: false` answers 503 so load balancers drain us. */
  health: () => Promise<HealthReport>;
  /** Feature routers (WeCom callbacks, dashboard, sandbox), mounted in order. */
  routers: Router[];
}

/**
 * The Koa app: routes and middleware only. One error boundary (STYLE habit 7):
 * a {@link CallbackError} answers its 4xx with a message that is safe to show;
 * anything else is a bare 500 plus a structured log line.
 */
export function createApp({ logger, health, routers }: ServerOptions): Koa {
  const app = new Koa();
  app.proxy = true;
  app.silent = true;

  app.use(async (ctx, next) => {
    try {
      await next();
    } catch (err) {
      if (err instanceof CallbackError) {
        logger.warn({ reason: err.reason, path: ctx.path, ip: ctx.ip, cause: err.cause }, `callback rejected: ${err.message}`);
        ctx.status = err.status;
        ctx.body = { error: err.reason, message: err.message };
        return;
      }
      logger.error({ err, path: ctx.path, method: ctx.method }, "request failed");
      ctx.status = 500;
      ctx.body = { error: "internal_error" };
    }
  });

  const core = new Router();
  core.get("/healthz", async (ctx) => {
    const report = await health();
    ctx.status = report.ok ? 200 : 503;
    ctx.body = report;
  });
  app.use(core.routes());
  for (const router of routers) app.use(router.routes()).use(router.allowedMethods());
  return app;
}
