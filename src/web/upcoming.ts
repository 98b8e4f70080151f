/**
 * Today's and tomorrow's interviews (business time zone) for the dashboard:
 * status, nudge status and the no-show risk badge.
 */
import { addDays, atMinutes, formatDateTime, wallClock } from "../domain/business-time.js";
import { ACTIVE_STATUSES, channelLabel, nudgeKindLabel, nudgeStatusLabel, scoreUpcoming, statusLabel, type RiskModel, type RiskScore } from "../metrics/index.js";
import type { Store } from "../store/store.js";

export interface UpcomingInterview {
  interviewId: string;
  day: "today" | "tomorrow";
  scheduledAt: string;
  time: string;
  candidateName: string;
  position: string;
  channel: string;
  recruiterUserId: string;
  status: string;
  statusLabel: string;
  replied: boolean;
  nudges: Array<{ kind: string; label: string; status: string; statusLabel: string; dueAt: string }>;
  /** Only for interviews that can still be missed. */
  risk: RiskScore | null;
}

/** The list shows at most this many interviews (in time order); `total` says how many there are. */
export const UPCOMING_LIMIT = 300;

export interface UpcomingReport {
  items: UpcomingInterview[];
  /** All interviews today and tomorrow, and how many of the active ones are high risk. */
  total: number;
  highRisk: number;
  model: { trainedOn: number; noShowsSeen: number; leansOnPrior: boolean; fittedAt: string };
}

export async function upcomingInterviews(store: Store, model: RiskModel, now: Date, timeZone: string): Promise<UpcomingReport> {
  const today = wallClock(now, timeZone);
  const from = atMinutes(today, 0, timeZone);
  const tomorrow = atMinutes(addDays(today, 1), 0, timeZone);
  const before = atMinutes(addDays(today, 2), 0, timeZone);
  const all = await scoreUpcoming(store, model, { now, from, before });
  const scored = all.slice(0, UPCOMING_LIMIT);
  const nudges = await store.nudgesOf(scored.map((s) => s.fact.interviewId));
  const byInterview = new Map<string, typeof nudges>();
  for (const n of nudges) byInterview.set(n.interviewId, [...(byInterview.get(n.interviewId) ?? []), n]);
  const items = scored.map(({ fact, risk }): UpcomingInterview => ({
    interviewId: fact.interviewId,
    day: fact.scheduledAt < tomorrow ? "today" : "tomorrow",
    scheduledAt: fact.scheduledAt.toISOString(),
    time: formatDateTime(fact.scheduledAt, timeZone),
    candidateName: fact.candidateName,
    position: fact.position,
    channel: channelLabel(fact.sourceChannel),
    recruiterUserId: fact.recruiterUserId,
    status: fact.status,
    statusLabel: statusLabel(fact.status),
    replied: fact.firstReplyAt !== null && fact.firstReplyAt <= now,
    nudges: (byInterview.get(fact.interviewId) ?? []).map((n) => ({ kind: n.kind, label: nudgeKindLabel(n.kind), status: n.status, statusLabel: nudgeStatusLabel(n.status), dueAt: n.dueAt.toISOString() })),
    risk: ACTIVE_STATUSES.includes(fact.status) ? risk : null,
  }));
  return {
    items,
    total: all.length,
    highRisk: all.filter(({ fact, risk }) => risk.level === "high" && ACTIVE_STATUSES.includes(fact.status)).length,
    model: { trainedOn: model.trainedOn, noShowsSeen: model.noShowsSeen, leansOnPrior: model.leansOnPrior, fittedAt: model.fittedAt.toISOString() },
  };
}
