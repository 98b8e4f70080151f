/**
 * The HR dashboard, ready to mount: `createDashboard(...)` gives the router,
 * the effective access token and `close()` (ends live-update streams so the
 * HTTP server can stop).
 */
import { randomBytes } from "node:crypto";
import type Router from "@koa/router";
import type { Clock } from "../clock.js";
import type { Coordination } from "../coord/coordination.js";
import type { Logger } from "../log.js";
import { metricsCalendar, RiskModelCache, weekdayLabel } from "../metrics/index.js";
import type { Store } from "../store/store.js";
import { dashboardRoutes } from "./dashboard-routes.js";
import { LiveUpdates } from "./live-updates.js";

export interface DashboardOptions {
  store: Store;
  coord: Coordination;
  clock: Clock;
  logger: Logger;
  /** Config.dashboard.token. */
  token: string | undefined;
  /** Config.wecom.mode: only the sandbox invents a token when none is configured. */
  mode: "live" | "sandbox";
  timeZone: string;
  /** The working calendar (flow settings); default Mon–Fri 09:00–18:00. */
  policy?: { workingHours: { start: string; end: string }; workingWeekdays: readonly number[] };
  /** Live-update poll interval; default 3 s. */
  pollMs?: number;
  /** The fitted no-show model, shared with the HR digest; default: a cache of its own. */
  risk?: RiskModelCache;
}

export interface Dashboard {
  router: Router;
  /** The token to sign in with, or undefined when the dashboard is off. */
  token: string | undefined;
  /** True when the token was generated at start (sandbox without DASHBOARD_TOKEN). */
  generated: boolean;
  close(): void;
}

export function createDashboard(options: DashboardOptions): Dashboard {
  const generated = options.token === undefined && options.mode === "sandbox";
  const token = options.token ?? (generated ? randomBytes(18).toString("base64url") : undefined);
  const calendar = metricsCalendar(options.timeZone, options.policy);
  const days = calendar.workWeekdays.map(weekdayLabel).join("、");
  const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
  const live = new LiveUpdates(options.store, options.logger, options.pollMs);
  const router = dashboardRoutes({
    store: options.store,
    coord: options.coord,
    clock: options.clock,
    logger: options.logger,
    token,
    calendar,
    workingHoursLabel: `${days} ${hhmm(calendar.workStartMinute)}–${hhmm(calendar.workEndMinute)}`,
    risk: options.risk ?? new RiskModelCache(options.store, { timeZone: options.timeZone }),
    live,
  });
  return { router, token, generated, close: () => live.close() };
}
