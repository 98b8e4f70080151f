import type { Bot } from "../bot.js";
import { dashboardToken, dashboardUrl } from "./sandbox/adapter.js";

/**
 * The pages a person starting the bot wants to open, one per line, for the
 * startup banner: the sandbox (sandbox mode only) and the HR dashboard with its
 * access token.
 */
export function startupLinks(bot: Bot): string[] {
  const lines: string[] = [];
  if (bot.sandboxUrl) lines.push(`沙盒 sandbox:    ${bot.sandboxUrl}`);
  const dashboard = dashboardUrl(bot);
  // Only a token the bot generated is printed; a configured one (DASHBOARD_TOKEN) stays out of logs.
  const generated = bot.config.dashboard.token === undefined;
  if (dashboard) lines.push(`看板 dashboard:  ${dashboard}${generated ? `  （访问令牌 token: ${dashboardToken(bot)}）` : ""}`);
  return lines;
}
