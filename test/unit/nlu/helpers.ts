import { describe, expect, it } from "vitest";
import { understand, type Understanding } from "../../../src/nlu/index.js";

export const TZ = "Asia/Shanghai";
export const NOW = new Date("2026-11-23T10:00:00+08:00"); // Monday
export const SCHEDULED = new Date("2026-11-25T14:00:00+08:00"); // Wednesday 14:00
/** On the interview day, shortly before it. */
export const ON_THE_DAY = new Date("2026-11-25T13:45:00+08:00");

export function u(text: string, now: Date = NOW, scheduledAt: Date = SCHEDULED): Understanding {
  return understand(text, { now, scheduledAt, timeZone: TZ });
}

/** A reply's own clock: `u(text, ...at(now, scheduledAt))`. */
export const at = (now: string, scheduledAt: string) => [new Date(now), new Date(scheduledAt)] as const;

export function p(date: string | null, time: string | null, partOfDay: "morning" | "afternoon" | "evening" | null) {
  return { date, time, partOfDay };
}

/** A labeled proposed time in held-out batches: `P(date, time, partOfDay)`. */
export type P = { date: string | null; time: string | null; partOfDay: string | null } | null;
export const P = (d: string | null, t: string | null, pd: string | null): P => ({ date: d, time: t, partOfDay: pd });

/** [text, intent, proposed, cancelReason, questions, now?, scheduledAt?] */
export type HeldoutCase = [string, string, P, string | null, string[], (string | null)?, string?];

/** Runs one blind batch: every labeled field must match exactly. */
export function heldoutBatch(name: string, cases: HeldoutCase[]): void {
  describe(`held-out replies, ${name}`, () => {
    it.each(cases)("%s → %s", (text, intent, proposed, reason, questions, now, scheduledAt) => {
      const r = u(text, now ? new Date(now) : NOW, scheduledAt ? new Date(scheduledAt) : SCHEDULED);
      expect(r.intent).toBe(intent);
      expect(r.proposed).toEqual(proposed);
      expect(r.cancelReason).toBe(reason);
      expect(r.questions).toEqual(questions);
    });
  });
}

/** Each reply withdraws, for the reason given: `withdrawsFor([[text, reason], …])` inside a describe. */
export function withdrawsFor(cases: ReadonlyArray<readonly [string, string]>): void {
  it.each(cases)("%s → cancel (%s)", (text, reason) => {
    const r = u(text);
    expect(r.intent).toBe("cancel");
    expect(r.cancelReason).toBe(reason);
  });
}

/** Each reply asks for a change to the time given: `reschedulesTo([[text, proposed], …])` inside a describe. */
export function reschedulesTo(cases: ReadonlyArray<readonly [string, ReturnType<typeof p> | null]>): void {
  it.each(cases)("%s", (text, proposed) => {
    const r = u(text);
    expect(r.intent).toBe("reschedule");
    expect(r.proposed).toEqual(proposed);
  });
}

/** Each reply only asks, about the topics given: `asksAbout([[text, topics], …])` inside a describe. */
export function asksAbout(cases: ReadonlyArray<readonly [string, string[]]>): void {
  it.each(cases)("%s → %j", (text, topics) => {
    const r = u(text);
    expect(r.intent).toBe("question");
    expect(r.questions).toEqual(topics);
  });
}
