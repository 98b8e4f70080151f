/**
 * The learned intent scorer as a fallback for replies the rules do not recognise.
 *
 * Why only a fallback: the rules carry the safety behaviour (negation, contrast,
 * conditions, softened assent) and are exact on everything we have labeled; a
 * character n-gram model is not. But when the rules match nothing at all ("other",
 * low confidence), a model trained on ~2,800 labeled replies guesses right far more
 * often than "other" does — on a blind set, before the rules were tuned on it, it turned
 * 9 of 33 misses into hits and broke none (bench/nlu-learned.ts). Retrained in round 4 on
 * ~2,800 replies (the spent blind sets added): cross-validated on those 1,100 blind
 * lines it lifts the pre-round-4 rules from 95.8% to 96.9% with no new critical error,
 * and the current rules from 99.5% to 100%. Its guesses:
 * - never book: a guessed confirm is dropped (the flows ask anyway);
 * - are always below the clarifying threshold, so the bot asks back with its reading
 *   ("您是想改期吗？…") instead of acting on it.
 */
import weightsFile from "./intent-weights.json" with { type: "json" };
import { ngramFeatures } from "./features.js";
import { predict, type SoftmaxModel } from "./softmax.js";
import { decodeWeights, type WeightsFile } from "./weights-file.js";
import type { Intent } from "../types.js";

/** Below this probability the guess is not used. Chosen by cross-validation (0.5–0.7 tie). */
export const GUESS_MIN_PROBABILITY = 0.6;
/** A guess never reaches the default clarifying threshold (0.6): the bot asks back. */
export const GUESS_MAX_CONFIDENCE = 0.55;

let model: SoftmaxModel | undefined;
const HAN = /\p{Script=Han}/gu;

/** At least two Han characters: two successive global tests, without collecting every match. */
function twoHan(text: string): boolean {
  HAN.lastIndex = 0;
  const two = HAN.test(text) && HAN.test(text);
  HAN.lastIndex = 0;
  return two;
}

export interface IntentGuess {
  intent: Exclude<Intent, "other" | "confirm">;
  probability: number;
}

/** The model's most likely intent for a normalized reply, any class; null outside what it was trained on. */
export function readIntent(normalizedText: string): { intent: Intent; probability: number } | null {
  // Trained on Chinese replies: keyboard mashes and other scripts are outside what it knows.
  if (!twoHan(normalizedText)) return null;
  model ??= decodeWeights(weightsFile as WeightsFile);
  const p = predict(model, ngramFeatures(normalizedText, model.buckets));
  let best = 0;
  for (let c = 1; c < p.length; c++) if (p[c]! > p[best]!) best = c;
  return { intent: model.classes[best] as Intent, probability: p[best]! };
}

/** The model's reading of a normalized reply, or null when it is unsure, says "other", or says "confirm". */
export function guessIntent(normalizedText: string): IntentGuess | null {
  const r = readIntent(normalizedText);
  if (!r || r.probability < GUESS_MIN_PROBABILITY || r.intent === "other" || r.intent === "confirm") return null;
  return { intent: r.intent, probability: r.probability };
}
