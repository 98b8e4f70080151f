import type { Bot } from "../../src/bot.js";

/** Business time (Asia/Shanghai) → instant. */
export const bt = (local: string): Date => new Date(`${local}+08:00`);

/** kind → "status" or "status:reason" of an interview's nudge rows. */
export async function nudgeStatuses(bot: Bot, interviewId: string): Promise<Record<string, string>> {
  const rows = await bot.jobs.listNudges(interviewId);
  return Object.fromEntries(rows.map((n) => [n.kind, n.reason ? `${n.status}:${n.reason}` : n.status]));
}

/** kind → business-time "YYYY-MM-DD HH:MM" of the planned nudges. */
export async function plannedTimes(bot: Bot, interviewId: string): Promise<Record<string, string>> {
  const fmt = new Intl.DateTimeFormat("sv-SE", { timeZone: "Asia/Shanghai", dateStyle: "short", timeStyle: "short" });
  const rows = await bot.jobs.listNudges(interviewId);
  return Object.fromEntries(rows.filter((n) => n.status === "planned").map((n) => [n.kind, fmt.format(n.dueAt)]));
}

/** Event types recorded for an interview, in order. */
export async function eventTypes(bot: Bot, interviewId: string, prefix = ""): Promise<string[]> {
  const events = await bot.store.listEvents({ interviewId });
  return events.map((e) => e.type).filter((t) => t.startsWith(prefix));
}
