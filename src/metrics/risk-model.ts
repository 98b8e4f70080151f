/**
 * The no-show model: logistic regression over {@link FEATURES}, fitted on the
 * store's own labelled history with an L2 pull toward a hand-set prior model,
 * so a new install (little history) still scores sensibly and a busy one
 * learns its own patterns.
 */
import type { RiskFact } from "../store/types.js";
import { dot, fitLogistic, logit, sigmoid } from "./logistic.js";
import { FEATURES, featuresOf, groupRates, type Feature, type FeatureDetails, type GroupRates } from "./risk-features.js";

/** The hand-set prior: what a recruiter would guess before seeing any data. */
export const PRIOR_RATE = 0.12;
export const PRIOR_WEIGHTS: Record<Feature, number> = {
  noReply: 1.5,
  lateReply: 1.0,
  reconfirmUnanswered: 1.2,
  reschedules: 0.3,
  channelRate: 1.0,
  positionRate: 1.0,
  slotRate: 1.0,
  leadTime: 0.3,
};
/** λ of the prior per weight (observations' worth of belief); the intercept's is weak. */
export const PRIOR_STRENGTH = 15;
const INTERCEPT_STRENGTH = 1;
/** Below this many labelled interviews the UI says the score leans on the prior. */
export const SMALL_HISTORY = 200;

export interface RiskModel {
  /** Intercept first, then one weight per feature in {@link FEATURES} order. */
  weights: number[];
  rates: GroupRates;
  timeZone: string;
  /** Labelled interviews the model was fitted on. */
  trainedOn: number;
  noShowsSeen: number;
  /** True while history is too small to move far from the prior. */
  leansOnPrior: boolean;
  fittedAt: Date;
}

export interface RiskEstimate {
  probability: number;
  x: Record<Feature, number>;
  details: FeatureDetails;
  /** Log-odds each feature adds (weight × value). */
  contributions: Record<Feature, number>;
}

function vector(x: Record<Feature, number>): number[] {
  return [1, ...FEATURES.map((f) => x[f])];
}

/**
 * Fits on labelled `history` (facts with known attendance; others are
 * ignored), each featurised as of its own start time.
 */
export function fitRiskModel(history: readonly RiskFact[], options: { timeZone: string; fittedAt: Date }): RiskModel {
  const labelled = history.filter((f) => f.attendance !== null);
  const rates = groupRates(labelled, options.timeZone, PRIOR_RATE);
  const rows = labelled.map((f) => vector(featuresOf(f, f.scheduledAt, rates, options.timeZone).x));
  const labels = labelled.map((f) => (f.attendance === "no_show" ? 1 : 0));
  const prior = [logit(rates.overall), ...FEATURES.map((f) => PRIOR_WEIGHTS[f])];
  const strength = [INTERCEPT_STRENGTH, ...FEATURES.map(() => PRIOR_STRENGTH)];
  const { weights } = fitLogistic(rows, labels, prior, strength);
  return {
    weights,
    rates,
    timeZone: options.timeZone,
    trainedOn: labelled.length,
    noShowsSeen: labels.filter((y) => y === 1).length,
    leansOnPrior: labelled.length < SMALL_HISTORY,
    fittedAt: options.fittedAt,
  };
}

/** The no-show probability of `fact` as of `asOf`, with what drove it. */
export function estimateRisk(model: RiskModel, fact: RiskFact, asOf: Date): RiskEstimate {
  const { x, details } = featuresOf(fact, asOf, model.rates, model.timeZone);
  const contributions = Object.fromEntries(FEATURES.map((f, j) => [f, model.weights[j + 1]! * x[f]])) as Record<Feature, number>;
  return { probability: sigmoid(dot(model.weights, vector(x))), x, details, contributions };
}
