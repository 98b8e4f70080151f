/**
 * No-show risk for upcoming interviews: a 0–100 score with its top reasons in
 * plain Chinese, from a model fitted on the store's own history
 * (`risk-model.ts`). High risk is recorded once per interview as the domain
 * event `interview.high_risk`, which the HR-alerts bot turns into a recruiter
 * alert suggesting a call the day before; {@link flagHighRiskInterviews} is
 * what the scheduler runs daily.
 */
import type { Store } from "../store/store.js";
import type { InterviewStatus, RiskFact } from "../store/types.js";
import { RECONFIRM_KINDS } from "./labels.js";
import { estimateRisk, fitRiskModel, type RiskModel } from "./risk-model.js";
import { riskReasons } from "./risk-reasons.js";

export type RiskLevel = "low" | "medium" | "high";

/** Score thresholds (inclusive) of the levels. */
export const RISK_THRESHOLDS = { medium: 20, high: 40 } as const;
export const HIGH_RISK_EVENT = "interview.high_risk";
/** Interviews that can still be missed. */
export const ACTIVE_STATUSES: readonly InterviewStatus[] = ["invited", "confirmed", "reschedule_requested", "rescheduled"];

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface RiskScore {
  interviewId: string;
  /** 0–100: the no-show probability in percent, rounded. */
  score: number;
  level: RiskLevel;
  /** Plain-Chinese reasons, strongest first (at most 3). */
  reasons: string[];
}

export function levelOf(score: number): RiskLevel {
  return score >= RISK_THRESHOLDS.high ? "high" : score >= RISK_THRESHOLDS.medium ? "medium" : "low";
}

export function scoreFact(model: RiskModel, fact: RiskFact, asOf: Date): RiskScore {
  const estimate = estimateRisk(model, fact, asOf);
  const score = Math.round(estimate.probability * 100);
  return { interviewId: fact.interviewId, score, level: levelOf(score), reasons: riskReasons(fact, estimate) };
}

export interface RiskOptions {
  now: Date;
  timeZone: string;
  /** How far back history is read for fitting; default 365 days. */
  historyDays?: number;
  /** At most this many most recent interviews; default 50,000. */
  maxHistory?: number;
  reconfirmKinds?: readonly string[];
}

/** Reads labelled history from the store and fits the model. */
export async function loadRiskModel(store: Store, options: RiskOptions): Promise<RiskModel> {
  const history = await store.riskFacts({
    scheduledFrom: new Date(options.now.getTime() - (options.historyDays ?? 365) * DAY),
    scheduledBefore: options.now,
    reconfirmKinds: options.reconfirmKinds ?? RECONFIRM_KINDS,
    limit: options.maxHistory ?? 50_000,
  });
  return fitRiskModel(history, { timeZone: options.timeZone, fittedAt: options.now });
}

/** Active interviews scheduled in [from, before), each with its score. */
export async function scoreUpcoming(
  store: Store,
  model: RiskModel,
  options: { now: Date; from: Date; before: Date; reconfirmKinds?: readonly string[] },
): Promise<Array<{ fact: RiskFact; risk: RiskScore }>> {
  const facts = await store.riskFacts({
    scheduledFrom: options.from,
    scheduledBefore: options.before,
    reconfirmKinds: options.reconfirmKinds ?? RECONFIRM_KINDS,
    limit: 5_000,
  });
  return facts.map((fact) => ({ fact, risk: scoreFact(model, fact, options.now) }));
}

/**
 * Scores the active interviews starting within `horizonHours` (default 48, so
 * a daily run sees each one the day before) and records `interview.high_risk`
 * for each high one that has no such event yet. Returns the newly flagged.
 * Check and insert share a transaction; the scheduler runs this job on one
 * instance at a time (Agenda's lock), so an interview is flagged once.
 */
export async function flagHighRiskInterviews(
  store: Store,
  options: RiskOptions & { horizonHours?: number; model?: RiskModel },
): Promise<RiskScore[]> {
  const model = options.model ?? (await loadRiskModel(store, options));
  const upcoming = await scoreUpcoming(store, model, {
    now: options.now,
    from: options.now,
    before: new Date(options.now.getTime() + (options.horizonHours ?? 48) * HOUR),
    ...(options.reconfirmKinds ? { reconfirmKinds: options.reconfirmKinds } : {}),
  });
  const flagged: RiskScore[] = [];
  for (const { fact, risk } of upcoming) {
    if (risk.level !== "high" || !ACTIVE_STATUSES.includes(fact.status)) continue;
    const recorded = await store.transaction(async (tx) => {
      const seen = await tx.listEvents({ types: [HIGH_RISK_EVENT], interviewId: fact.interviewId, limit: 1 });
      if (seen.length > 0) return false;
      await tx.recordEvent({
        type: HIGH_RISK_EVENT,
        interviewId: fact.interviewId,
        at: options.now,
        payload: {
          score: risk.score,
          reasons: risk.reasons,
          scheduledAt: fact.scheduledAt.toISOString(),
          candidateName: fact.candidateName,
          position: fact.position,
          recruiterUserId: fact.recruiterUserId,
          suggestion: "建议面试前一天给候选人打个电话确认",
          modelTrainedOn: model.trainedOn,
        },
      });
      return true;
    });
    if (recorded) flagged.push(risk);
  }
  return flagged;
}

/**
 * The fitted model for request handlers. Only the very first request waits
 * for a fit; once a model exists, one older than `maxAgeMs` (default 1 h) is
 * still served while a refit runs in the background (stale-while-revalidate).
 */
export class RiskModelCache {
  private model: RiskModel | undefined;
  private pending: Promise<RiskModel> | undefined;

  constructor(
    private readonly store: Store,
    private readonly options: Omit<RiskOptions, "now">,
    private readonly maxAgeMs = HOUR,
  ) {}

  async get(now: Date): Promise<RiskModel> {
    const fresh = this.model && now.getTime() - this.model.fittedAt.getTime() < this.maxAgeMs && now >= this.model.fittedAt;
    if (fresh) return this.model!;
    this.pending ??= loadRiskModel(this.store, { ...this.options, now })
      .then((model) => (this.model = model))
      .finally(() => (this.pending = undefined));
    if (this.model) {
      // A failed background refit keeps the old model; the next request tries again.
      this.pending.catch(() => undefined);
      return this.model;
    }
    return this.pending;
  }
}
