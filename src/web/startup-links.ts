import type { Bot } from "../bot.js";
import { dashboardUrl } from "./sandbox/adapter.js";

/**
 * The pages a person starting the bot wants to open, one per line, for the
 * startup banner: the sandbox (sandbox mode only) and the HR dashboard with its
 * access token (once #7 exposes it; see `dashboardUrl` in the sandbox adapter).
 */
export function startupLinks(bot: Bot): string[] {
  const lines: string[] = [];
  if (bot.sandboxUrl) lines.push(`沙盒 sandbox:    ${bot.sandboxUrl}`);
  const dashboard = dashboardUrl(bot);
  if (dashboard) lines.push(`看板 dashboard:  ${dashboard}`);
  return lines;
}
