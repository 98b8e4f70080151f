/**
 * Multinomial logistic regression over hashed features: the scoring half (used at run
 * time) and one training step (used offline by `bench/nlu-learned.ts`).
 */

export interface SoftmaxModel {
  classes: readonly string[];
  buckets: number;
  /** Row-major: weights[feature * classes.length + class]. */
  weights: Float32Array;
  bias: Float32Array;
}

export function createModel(classes: readonly string[], buckets: number): SoftmaxModel {
  return { classes, buckets, weights: new Float32Array(buckets * classes.length), bias: new Float32Array(classes.length) };
}

/** Class probabilities for one feature list. */
export function predict(model: SoftmaxModel, features: readonly number[]): Float64Array {
  const k = model.classes.length;
  const z = Float64Array.from(model.bias);
  for (const f of features) {
    const row = f * k;
    for (let c = 0; c < k; c++) z[c]! += model.weights[row + c]!;
  }
  let max = -Infinity;
  for (let c = 0; c < k; c++) max = Math.max(max, z[c]!);
  let sum = 0;
  for (let c = 0; c < k; c++) {
    z[c] = Math.exp(z[c]! - max);
    sum += z[c]!;
  }
  for (let c = 0; c < k; c++) z[c]! /= sum;
  return z;
}

/** One SGD step on one example (cross-entropy, L2 applied lazily to the touched rows). */
export function trainStep(model: SoftmaxModel, features: readonly number[], label: number, rate: number, l2: number): void {
  const k = model.classes.length;
  const p = predict(model, features);
  for (let c = 0; c < k; c++) {
    const g = p[c]! - (c === label ? 1 : 0);
    model.bias[c]! -= rate * g;
    for (const f of features) {
      const i = f * k + c;
      model.weights[i]! -= rate * (g + l2 * model.weights[i]!);
    }
  }
}
