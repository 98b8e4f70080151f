/**
 * `/dashboard`: the HR managers' page, its JSON API, CSV exports and live
 * updates, all behind {@link DashboardAuth}. Without a token the routes answer
 * 503 with how to enable them.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import Router, { type RouterMiddleware } from "@koa/router";
import type { Context } from "koa";
import type { Clock } from "../clock.js";
import type { Coordination } from "../coord/coordination.js";
import type { Logger } from "../log.js";
import { buildMetricsReport, MetricsWindowError, type RiskModelCache } from "../metrics/index.js";
import type { MetricsCalendar } from "../store/types.js";
import type { Store } from "../store/store.js";
import { DashboardAuth, SESSION_COOKIE } from "./dashboard-auth.js";
import { dashboardPage, disabledPage, loginPage } from "./dashboard-pages.js";
import { parseMetricsQuery } from "./dashboard-query.js";
import { interviewsCsv, metricsCsv } from "./exports.js";
import type { LiveUpdates } from "./live-updates.js";
import { readForm } from "./read-form.js";
import { upcomingInterviews } from "./upcoming.js";

export interface DashboardRouteOptions {
  store: Store;
  coord: Coordination;
  clock: Clock;
  logger: Logger;
  /** undefined: the dashboard is off. */
  token: string | undefined;
  calendar: MetricsCalendar;
  /** e.g. "周一至周五 09:00–18:00", for the definitions on the page. */
  workingHoursLabel: string;
  risk: RiskModelCache;
  live: LiveUpdates;
}

/** Failed logins allowed per client address per window. */
const LOGIN_ATTEMPTS = 10;
const LOGIN_WINDOW_MS = 10 * 60_000;

const require = createRequire(import.meta.url);
const STATIC = new URL("./static/", import.meta.url);
const assets: Record<string, { type: string; file: () => string }> = {
  "echarts.min.js": { type: "application/javascript; charset=utf-8", file: () => require.resolve("echarts/dist/echarts.min.js") },
  "dashboard.js": { type: "application/javascript; charset=utf-8", file: () => new URL("dashboard.js", STATIC).pathname },
  "dashboard.css": { type: "text/css; charset=utf-8", file: () => new URL("dashboard.css", STATIC).pathname },
};
const assetCache = new Map<string, Buffer>();

function secureHeaders(ctx: Context): void {
  ctx.set("X-Content-Type-Options", "nosniff");
  ctx.set("Referrer-Policy", "no-referrer");
  ctx.set("X-Frame-Options", "DENY");
  // ECharts styles its tooltips inline, hence 'unsafe-inline' for styles only.
  ctx.set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; form-action 'self'");
}

export function dashboardRoutes(options: DashboardRouteOptions): Router {
  const router = new Router({ prefix: "/dashboard" });
  const auth = options.token ? new DashboardAuth(options.token, options.clock) : undefined;
  const tz = options.calendar.timeZone;

  router.use(async (ctx, next) => {
    secureHeaders(ctx);
    ctx.set("Cache-Control", "no-store");
    await next();
  });

  router.get("/assets/:file", (ctx) => {
    const asset = assets[ctx.params.file ?? ""];
    if (!asset) return void (ctx.status = 404);
    const name = ctx.params.file!;
    if (!assetCache.has(name)) assetCache.set(name, readFileSync(asset.file()));
    ctx.type = asset.type;
    ctx.set("Cache-Control", "public, max-age=3600");
    ctx.body = assetCache.get(name);
  });

  const signedIn = (ctx: Context) => auth?.allows(ctx.get("authorization") || undefined, ctx.cookies.get(SESSION_COOKIE)) ?? false;

  router.get("/", (ctx) => {
    ctx.type = "html";
    if (!auth) {
      ctx.status = 503;
      ctx.body = disabledPage();
    } else ctx.body = signedIn(ctx) ? dashboardPage({ timeZone: tz, workingHours: options.workingHoursLabel }) : loginPage();
  });

  router.post("/login", async (ctx) => {
    ctx.type = "html";
    if (!auth) {
      ctx.status = 503;
      ctx.body = disabledPage();
      return;
    }
    const form = await readForm(ctx.req);
    if (form === undefined) {
      ctx.status = 400;
      ctx.body = loginPage("请求格式不正确。");
      return;
    }
    if (auth.checkToken(form.get("token") ?? "")) {
      const session = auth.issueSession();
      ctx.cookies.set(SESSION_COOKIE, session.value, { httpOnly: true, sameSite: "strict", path: "/dashboard", maxAge: session.maxAgeMs, secure: ctx.secure, overwrite: true });
      ctx.redirect("/dashboard");
      ctx.status = 303;
      return;
    }
    // Only failures count, so a team sharing one address is not locked out by its own logins.
    const limit = await options.coord.hit(`dashboard-login:${ctx.ip}`, LOGIN_ATTEMPTS, LOGIN_WINDOW_MS);
    options.logger.warn({ ip: ctx.ip }, "dashboard login failed");
    ctx.status = limit.allowed ? 401 : 429;
    ctx.body = loginPage(limit.allowed ? "访问令牌不正确。" : `尝试次数过多，请 ${Math.ceil(limit.retryAfterMs / 60_000)} 分钟后再试。`);
  });

  router.post("/logout", (ctx) => {
    ctx.cookies.set(SESSION_COOKIE, "", { httpOnly: true, sameSite: "strict", path: "/dashboard", maxAge: 0, secure: ctx.secure, overwrite: true });
    ctx.redirect("/dashboard");
    ctx.status = 303;
  });

  // Everything below needs a signed-in user (or the bearer token).
  const guard: RouterMiddleware = async (ctx, next) => {
    if (!auth) {
      ctx.status = 503;
      ctx.body = { error: "dashboard_disabled", message: "set DASHBOARD_TOKEN to enable the dashboard" };
      return;
    }
    if (!signedIn(ctx)) {
      ctx.status = 401;
      ctx.body = { error: "unauthorized", message: "sign in at /dashboard or send Authorization: Bearer <token>" };
      return;
    }
    try {
      await next();
    } catch (err) {
      if (!(err instanceof MetricsWindowError)) throw err;
      ctx.status = 400;
      ctx.type = "json";
      ctx.body = { error: "bad_request", message: err.message };
    }
  };
  const query = (ctx: Context) => parseMetricsQuery(ctx.query, options.clock.now(), tz);

  router.get("/api/metrics", guard, async (ctx) => {
    const q = query(ctx);
    ctx.body = await buildMetricsReport(options.store, { ...q, calendar: options.calendar });
  });

  router.get("/api/upcoming", guard, async (ctx) => {
    const now = options.clock.now();
    ctx.body = await upcomingInterviews(options.store, await options.risk.get(now), now, tz);
  });

  router.get("/api/stream", guard, async (ctx) => {
    ctx.req.socket.setTimeout(0);
    ctx.req.socket.setKeepAlive(true);
    ctx.set("Content-Type", "text/event-stream; charset=utf-8");
    ctx.set("X-Accel-Buffering", "no");
    ctx.status = 200;
    ctx.body = await options.live.open();
  });

  router.get("/export/interviews.csv", guard, async (ctx) => {
    const body = await interviewsCsv(options.store, query(ctx));
    ctx.type = "text/csv; charset=utf-8";
    ctx.attachment("interviews.csv");
    ctx.body = body;
  });

  router.get("/export/metrics.csv", guard, async (ctx) => {
    const q = query(ctx);
    const body = metricsCsv(await buildMetricsReport(options.store, { ...q, calendar: options.calendar }));
    ctx.type = "text/csv; charset=utf-8";
    ctx.attachment("metrics.csv");
    ctx.body = body;
  });

  return router;
}
