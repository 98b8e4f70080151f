/**
 * A second opinion from the learned model where the rules are known to be fooled by
 * surface words, and only when the model is all but certain.
 *
 * Two confusions, measured on independent writers' sets the model never trained on
 * (bench/nlu-learned.ts, cross-validated): a reply that mainly asks but carries a time or
 * travel word (今天下午的面试是在几楼呀 我快出发了, 入职要体检吗？面试当天需要空腹吗) is read as
 * late or reschedule by the rules; a withdrawal in words the lexicons do not know (已有其他
 * 安排，不参加面试了) is read as a recognised hedge or small talk. With the model at
 * probability ≥ 0.99 the reading flipped 9 replies to right and none to wrong across
 * 6,000+ labeled replies. Every other disagreement is left to the rules: elsewhere the
 * model's confident disagreements were wrong as often as right.
 *
 * An overridden reading is never confident: the bot asks back before acting on it.
 */
import type { Intent } from "../types.js";
import { GUESS_MAX_CONFIDENCE, readIntent } from "./guess-intent.js";
import { HEDGE } from "../lexicon/assent.js";
import { MISADDRESSED } from "../lexicon/small-talk.js";

export const SECOND_OPINION_MIN_PROBABILITY = 0.99;

const CONDITION = /如果|要是|假如|若是|万一|假设|的话|\bif\b/;
/** Some word or mark that asks: without one, a reply cannot "mainly ask" (停车场满了，在找车位，稍等一下). */
/** Thanks and nothing else (谢谢你们 consider 我): the model, trained on "thanks for considering me, but…", reads a decline into it. */
const THANKS_ONLY = /^(?:谢谢|感谢|多谢|thanks?|thank you)(?![^,.!?。]*(?:不|没|but|however|\bno\b))[^,.!?。]{0,20}[!.。~\s]*$/;

const ASKS_SOMETHING = /[?吗么呢]|哪|几|什么|啥|怎么|多少|多久|是否|请问|想问/;

export interface RulesReading {
  intent: Intent;
  confidence: number;
}

/** The intent the model overrules the rules with, or null when the rules stand. */
export function secondOpinion(normalizedText: string, rules: RulesReading): { intent: Intent; confidence: number } | null {
  // Not over an explicit change request (推到下周, 下午能面吗 after a conflict: confidence 0.92), the
  // rules' surest reading: on the twenty-sixth writer's set the model flipped two of those wrongly.
  // ("路全堵死了，不知道要多久": not knowing how long the wait is says so; it asks nothing.)
  const asksOverTimeWords = (rules.intent === "late" || (rules.intent === "reschedule" && rules.confidence < 0.9)) && ASKS_SOMETHING.test(normalizedText) && !(rules.intent === "late" && /不知道[^,.!?。]{0,4}(?:多久|多长时间)(?![^,.!?。]{0,3}(?:吗|么|\?))/.test(normalizedText));
  // A recognised "other" (hedge, thanks, arrival) — not an unrecognised one, which the fallback guesses.
  // Not under a condition (要跑去上海的话就算了): n-grams cannot see that nothing is decided yet.
  // Nor beside a hedge (…离家有点远，我得跟家里商量一下): the rules read it as undecided on purpose.
  // Nor a message meant for someone else (妈我周末不回来了): it declines nothing of ours.
  const withdrawsInOtherWords = rules.intent === "other" && rules.confidence >= 0.5 && !CONDITION.test(normalizedText) && !HEDGE.test(normalizedText) && !MISADDRESSED.test(normalizedText) && !THANKS_ONLY.test(normalizedText);
  if (!asksOverTimeWords && !withdrawsInOtherWords) return null;
  const model = readIntent(normalizedText);
  if (!model || model.probability < SECOND_OPINION_MIN_PROBABILITY) return null;
  if ((asksOverTimeWords && model.intent === "question") || (withdrawsInOtherWords && model.intent === "cancel")) {
    return { intent: model.intent, confidence: GUESS_MAX_CONFIDENCE };
  }
  return null;
}
