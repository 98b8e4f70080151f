/**
 * What the no-show model looks at, computed from a {@link RiskFact} as of a
 * moment (the interview's start for history, "now" for upcoming interviews).
 * Every feature is 0 for "nothing unusual", so a weight reads as "how much
 * this signal adds to the log-odds of a no-show".
 */
import { wallClock } from "../domain/business-time.js";
import type { RiskFact } from "../store/types.js";
import { logit } from "./logistic.js";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Feature names, in model column order after the intercept. */
export const FEATURES = ["noReply", "lateReply", "reconfirmUnanswered", "reschedules", "channelRate", "positionRate", "slotRate", "leadTime"] as const;
export type Feature = (typeof FEATURES)[number];

/** A re-confirmation counts as unanswered once it has waited this long. */
export const RECONFIRM_GRACE_MS = 6 * HOUR;
/** Pseudo-count pulling a group's no-show rate toward the overall rate. */
export const RATE_SMOOTHING = 20;

/** Smoothed historical no-show rates per channel, position and weekday × hour slot. */
export interface GroupRates {
  overall: number;
  channel: Map<string, number>;
  position: Map<string, number>;
  slot: Map<string, number>;
}

export function slotKey(fact: Pick<RiskFact, "scheduledAt">, timeZone: string): string {
  const w = wallClock(fact.scheduledAt, timeZone);
  return `${w.weekday}:${w.hour}`;
}

/** Rates from labelled history; `priorRate` stands in for the overall rate when history is thin. */
export function groupRates(history: readonly RiskFact[], timeZone: string, priorRate: number): GroupRates {
  const labelled = history.filter((f) => f.attendance !== null);
  const noShows = labelled.filter((f) => f.attendance === "no_show").length;
  const overall = (noShows + RATE_SMOOTHING * priorRate) / (labelled.length + RATE_SMOOTHING);
  const rates = (key: (f: RiskFact) => string) => {
    const tally = new Map<string, { n: number; k: number }>();
    for (const f of labelled) {
      const t = tally.get(key(f)) ?? { n: 0, k: 0 };
      t.n += 1;
      if (f.attendance === "no_show") t.k += 1;
      tally.set(key(f), t);
    }
    return new Map([...tally].map(([g, t]) => [g, (t.k + RATE_SMOOTHING * overall) / (t.n + RATE_SMOOTHING)]));
  };
  return {
    overall,
    channel: rates((f) => f.sourceChannel ?? ""),
    position: rates((f) => f.position),
    slot: rates((f) => slotKey(f, timeZone)),
  };
}

/** The facts behind each feature, for explaining a score in words. */
export interface FeatureDetails {
  replyHours: number | null;
  leadDays: number;
  channelRate: number;
  positionRate: number;
  slotRate: number;
  slot: string;
}

export function featuresOf(fact: RiskFact, asOf: Date, rates: GroupRates, timeZone: string): { x: Record<Feature, number>; details: FeatureDetails } {
  const cut = Math.min(asOf.getTime(), fact.scheduledAt.getTime());
  const replied = fact.firstReplyAt !== null && fact.firstReplyAt.getTime() <= cut;
  const replyHours = replied ? (fact.firstReplyAt!.getTime() - fact.createdAt.getTime()) / HOUR : null;
  const reconfirmWaited = fact.reconfirmSentAt !== null && fact.reconfirmSentAt.getTime() + RECONFIRM_GRACE_MS <= cut;
  const reconfirmAnswered = fact.reconfirmReplyAt !== null && fact.reconfirmReplyAt.getTime() <= cut;
  const leadDays = Math.max(0, (fact.scheduledAt.getTime() - fact.createdAt.getTime()) / DAY);
  const slot = slotKey(fact, timeZone);
  const channelRate = rates.channel.get(fact.sourceChannel ?? "") ?? rates.overall;
  const positionRate = rates.position.get(fact.position) ?? rates.overall;
  const slotRate = rates.slot.get(slot) ?? rates.overall;
  const base = logit(rates.overall);
  return {
    x: {
      noReply: replied ? 0 : 1,
      lateReply: replyHours !== null && replyHours > 24 ? 1 : 0,
      reconfirmUnanswered: reconfirmWaited && !reconfirmAnswered ? 1 : 0,
      reschedules: Math.min(fact.rescheduleCount, 3),
      channelRate: logit(channelRate) - base,
      positionRate: logit(positionRate) - base,
      slotRate: logit(slotRate) - base,
      leadTime: Math.log((leadDays + 1) / 4),
    },
    details: { replyHours, leadDays, channelRate, positionRate, slotRate, slot },
  };
}
