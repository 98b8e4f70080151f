/**
 * The learned model's second opinion (src/nlu/learned/second-opinion.ts): it overrules the
 * rules only in its two measured confusions, only when all but certain, and never confidently.
 */
import { describe, expect, it } from "vitest";
import { understandWith } from "../../../src/nlu/understand.js";
import { normalize } from "../../../src/nlu/normalize/normalize.js";
import { readIntent } from "../../../src/nlu/learned/guess-intent.js";
import { SECOND_OPINION_MIN_PROBABILITY, secondOpinion } from "../../../src/nlu/learned/second-opinion.js";
import { at, TZ, u } from "./helpers.js";

const [DAY_NOW, DAY_SLOT] = at("2026-11-25T12:00:00+08:00", "2026-11-25T14:00:00+08:00");
const rulesOnly = (text: string) => understandWith(text, { now: DAY_NOW, scheduledAt: DAY_SLOT, timeZone: TZ }, null);

describe("second opinion", () => {
  it("a question carrying a travel word: the rules say late, the model is sure it asks", () => {
    const text = "面试是在几楼啊 我出门了";
    expect(rulesOnly(text).intent).toBe("late");
    expect(readIntent(normalize(text).text)!.probability).toBeGreaterThanOrEqual(SECOND_OPINION_MIN_PROBABILITY);
    const r = u(text, DAY_NOW, DAY_SLOT);
    expect(r.intent).toBe("question");
    expect(r.confidence).toBeLessThan(0.6);
  });
  it("never overrules a confirmation, even one that asks", () => {
    expect(secondOpinion(normalize("可以。这个岗位是在哪个项目组的？").text, { intent: "confirm", confidence: 0.88 })).toBeNull();
    expect(u("可以。这个岗位是在哪个项目组的？").intent).toBe("confirm");
  });
  it("never reads a condition as a decision", () => expect(secondOpinion(normalize("要跑去上海的话就算了").text, { intent: "other", confidence: 0.88 })).toBeNull());
  it("leaves an unrecognised reply to the fallback", () => expect(secondOpinion(normalize("已有其他安排，不参加了").text, { intent: "other", confidence: 0.35 })).toBeNull());
  it("needs Chinese text to read", () => expect(secondOpinion("where is the office, leaving now", { intent: "late", confidence: 0.9 })).toBeNull());
});
