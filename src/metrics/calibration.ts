/**
 * How well the risk model's probabilities match what happened, on history it
 * did not see: fit on the older part of the labelled interviews, predict the
 * most recent `holdOutShare`, and report a reliability table and Brier scores.
 */
import type { RiskFact } from "../store/types.js";
import { estimateRisk, fitRiskModel } from "./risk-model.js";

export interface ReliabilityBin {
  /** Predicted-probability range [from, to). */
  from: number;
  to: number;
  count: number;
  meanPredicted: number | null;
  observedRate: number | null;
}

export interface CalibrationReport {
  trainedOn: number;
  heldOut: number;
  /** Mean squared error of the predicted probability (lower is better). */
  brier: number;
  /** Brier of always predicting the training no-show rate: the bar to beat. */
  baselineBrier: number;
  observedRate: number;
  meanPredicted: number;
  table: ReliabilityBin[];
}

export function calibrate(facts: readonly RiskFact[], options: { timeZone: string; holdOutShare?: number; bins?: number }): CalibrationReport {
  const labelled = facts.filter((f) => f.attendance !== null).sort((a, b) => a.scheduledAt.getTime() - b.scheduledAt.getTime());
  const cut = Math.floor(labelled.length * (1 - (options.holdOutShare ?? 0.25)));
  const train = labelled.slice(0, cut);
  const test = labelled.slice(cut);
  if (train.length === 0 || test.length === 0) throw new RangeError(`not enough labelled history to calibrate (${labelled.length} interviews)`);
  const model = fitRiskModel(train, { timeZone: options.timeZone, fittedAt: train[train.length - 1]!.scheduledAt });
  const trainRate = train.filter((f) => f.attendance === "no_show").length / train.length;
  const predictions = test.map((f) => ({ p: estimateRisk(model, f, f.scheduledAt).probability, y: f.attendance === "no_show" ? 1 : 0 }));
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const binCount = options.bins ?? 10;
  const table: ReliabilityBin[] = Array.from({ length: binCount }, (_, b) => {
    const from = b / binCount;
    const to = (b + 1) / binCount;
    const inBin = predictions.filter(({ p }) => p >= from && (p < to || (b === binCount - 1 && p <= 1)));
    return {
      from,
      to,
      count: inBin.length,
      meanPredicted: inBin.length ? mean(inBin.map((x) => x.p)) : null,
      observedRate: inBin.length ? mean(inBin.map((x) => x.y)) : null,
    };
  });
  return {
    trainedOn: train.length,
    heldOut: test.length,
    brier: mean(predictions.map(({ p, y }) => (p - y) ** 2)),
    baselineBrier: mean(predictions.map(({ y }) => (trainRate - y) ** 2)),
    observedRate: mean(predictions.map((x) => x.y)),
    meanPredicted: mean(predictions.map((x) => x.p)),
    table,
  };
}
