import { understand, type Understanding } from "../../../src/nlu/index.js";

export const TZ = "Asia/Shanghai";
export const NOW = new Date("2026-11-23T10:00:00+08:00"); // Monday
export const SCHEDULED = new Date("2026-11-25T14:00:00+08:00"); // Wednesday 14:00
/** On the interview day, shortly before it. */
export const ON_THE_DAY = new Date("2026-11-25T13:45:00+08:00");

export function u(text: string, now: Date = NOW, scheduledAt: Date = SCHEDULED): Understanding {
  return understand(text, { now, scheduledAt, timeZone: TZ });
}

export function p(date: string | null, time: string | null, partOfDay: "morning" | "afternoon" | "evening" | null) {
  return { date, time, partOfDay };
}
