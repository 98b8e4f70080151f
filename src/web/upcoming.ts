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

export interface UpcomingReport {
  items: UpcomingInterview[];
  model: { trainedOn: number; noShowsSeen: number; leansOnPrior: boolean; fittedAt: string };
}

export async function upcomingInterviews(store: Store, model: RiskModel, now: Date, timeZone: string): Promise<UpcomingReport> {
  const today = wallClock(now, timeZone);
  const from = atMinutes(today, 0, timeZone);
  const tomorrow = atMinutes(addDays(today, 1), 0, timeZone);
  const before = atMinutes(addDays(today, 2), 0, timeZone);
  const scored = await scoreUpcoming(store, model, { now, from, before });
  const nudges = await store.nudgesOf(scored.map((s) => s.fact.interviewId));
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
    nudges: nudges
      .filter((n) => n.interviewId === fact.interviewId)
      .map((n) => ({ kind: n.kind, label: nudgeKindLabel(n.kind), status: n.status, statusLabel: nudgeStatusLabel(n.status), dueAt: n.dueAt.toISOString() })),
    risk: ACTIVE_STATUSES.includes(fact.status) ? risk : null,
  }));
  return {
    items,
    model: { trainedOn: model.trainedOn, noShowsSeen: model.noShowsSeen, leansOnPrior: model.leansOnPrior, fittedAt: model.fittedAt.toISOString() },
  };
}
