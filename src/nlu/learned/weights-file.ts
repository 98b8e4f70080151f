/**
 * The committed weights file of the learned intent scorer: JSON with the weights as
 * int8 (one scale for all) in base64, so 4,096 buckets × 6 classes stay ~33 KB.
 */
import type { SoftmaxModel } from "./softmax.js";

export interface WeightsFile {
  /** How the weights were made (data sizes), for the reader of the file. */
  trainedOn: string;
  classes: string[];
  buckets: number;
  scale: number;
  bias: number[];
  /** base64 of Int8Array(buckets × classes), row-major by bucket. */
  weights: string;
}

export function encodeWeights(model: SoftmaxModel, trainedOn: string): WeightsFile {
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const scale = max / 127 || 1;
  const q = new Int8Array(model.weights.length);
  model.weights.forEach((w, i) => (q[i] = Math.round(w / scale)));
  return {
    trainedOn,
    classes: [...model.classes],
    buckets: model.buckets,
    scale,
    bias: [...model.bias].map((b) => Math.round(b * 1e4) / 1e4),
    weights: Buffer.from(q.buffer).toString("base64"),
  };
}

export function decodeWeights(file: WeightsFile): SoftmaxModel {
  const q = new Int8Array(Buffer.from(file.weights, "base64"));
  if (q.length !== file.buckets * file.classes.length) throw new Error(`intent weights: expected ${file.buckets * file.classes.length} weights, got ${q.length}`);
  const weights = new Float32Array(q.length);
  q.forEach((v, i) => (weights[i] = v * file.scale));
  return { classes: file.classes, buckets: file.buckets, weights, bias: Float32Array.from(file.bias) };
}
