/**
 * The risk model on hand-built facts. With no history the fitted weights equal
 * the prior exactly, so every score below is worked out by hand:
 * intercept logit(0.12) = ln(0.12 / 0.88) = −1.99243; lead time 3 days → feature ln(4/4) = 0.
 */
import { describe, expect, it } from "vitest";
import { fitLogistic, fitRiskModel, logit, PRIOR_WEIGHTS, scoreFact, sigmoid } from "../../../src/metrics/index.js";
import type { RiskFact } from "../../../src/store/index.js";

const HOUR = 3_600_000;
const scheduledAt = new Date("2025-06-10T06:00:00Z"); // Tue 14:00 Shanghai
const createdAt = new Date(scheduledAt.getTime() - 72 * HOUR);
const now = new Date(scheduledAt.getTime() - 2 * HOUR);

function fact(overrides: Partial<RiskFact> = {}): RiskFact {
  return {
    interviewId: "1",
    candidateName: "张三",
    sourceChannel: "BOSS直聘",
    position: "销售代表",
    recruiterUserId: "hr-li",
    createdAt,
    scheduledAt,
    status: "confirmed",
    rescheduleCount: 0,
    firstReplyAt: new Date(createdAt.getTime() + 2 * HOUR),
    reconfirmSentAt: null,
    reconfirmReplyAt: null,
    attendance: null,
    ...overrides,
  };
}

describe("logistic regression with a prior", () => {
  it("without a prior recovers the sample log-odds; without data keeps the prior", () => {
    const rows = Array.from({ length: 10 }, () => [1]);
    const labels = [1, 1, 1, 0, 0, 0, 0, 0, 0, 0];
    expect(fitLogistic(rows, labels, [0], [0]).weights[0]).toBeCloseTo(Math.log(3 / 7), 8);
    expect(fitLogistic([], [], [0.5, -1], [3, 3]).weights).toEqual([0.5, -1]);
  });

  it("balances data and prior: the gradient of the penalised likelihood is zero at the fit", () => {
    const rows = Array.from({ length: 10 }, () => [1]);
    const labels = [1, 1, 1, 0, 0, 0, 0, 0, 0, 0];
    const [w] = fitLogistic(rows, labels, [0], [10]).weights as [number];
    // Σ (σ(w) − y) + λ (w − 0) = 10 σ(w) − 3 + 10 w = 0, and w lies between the prior 0 and the data's −0.847.
    expect(10 * sigmoid(w) - 3 + 10 * w).toBeCloseTo(0, 9);
    expect(w).toBeLessThan(0);
    expect(w).toBeGreaterThan(Math.log(3 / 7));
  });
});

describe("risk scores", () => {
  const model = fitRiskModel([], { timeZone: "Asia/Shanghai", fittedAt: now });

  it("is the prior model when there is no history, and says so", () => {
    expect(model.trainedOn).toBe(0);
    expect(model.leansOnPrior).toBe(true);
    expect(model.weights[0]).toBeCloseTo(logit(0.12), 12);
    expect(model.weights.slice(1)).toEqual(Object.values(PRIOR_WEIGHTS));
  });

  it("scores a quick replier at the base rate with no reasons", () => {
    expect(scoreFact(model, fact(), now)).toEqual({ interviewId: "1", score: 12, level: "low", reasons: [] });
  });

  it("adds no reply and an unanswered re-confirmation: σ(−1.99243 + 1.5 + 1.2) = 0.670", () => {
    const silent = fact({ firstReplyAt: null, reconfirmSentAt: new Date(scheduledAt.getTime() - 24 * HOUR) });
    expect(scoreFact(model, silent, now)).toEqual({
      interviewId: "1",
      score: 67,
      level: "high",
      reasons: ["邀约发出后尚未回复", "面试前一天的再确认消息未回复"],
    });
  });

  it("waits 6 h before calling a re-confirmation unanswered, and counts a reply to it", () => {
    const sentRecently = fact({ reconfirmSentAt: new Date(now.getTime() - 5 * HOUR) });
    expect(scoreFact(model, sentRecently, now).score).toBe(12);
    const answered = fact({ reconfirmSentAt: new Date(now.getTime() - 20 * HOUR), reconfirmReplyAt: new Date(now.getTime() - 19 * HOUR) });
    expect(scoreFact(model, answered, now).score).toBe(12);
  });

  it("explains a late reply and reschedules: σ(−1.99243 + 1.0 + 2 × 0.3) = 0.403", () => {
    const late = fact({ firstReplyAt: new Date(createdAt.getTime() + 30 * HOUR), rescheduleCount: 2 });
    expect(scoreFact(model, late, now)).toEqual({
      interviewId: "1",
      score: 40,
      level: "high",
      reasons: ["首次回复用了 30 小时（超过 24 小时）", "已改期 2 次"],
    });
  });

  it("learns a channel's history: 10 of 10 no-shows on 猎聘 raise its rate above the prior", () => {
    const history = Array.from({ length: 10 }, (_, i) => fact({ interviewId: String(i), sourceChannel: "猎聘", attendance: "no_show" }));
    const learned = fitRiskModel(history, { timeZone: "Asia/Shanghai", fittedAt: now });
    // overall = (10 + 20 × 0.12) / 30 = 0.41333; 猎聘 = (10 + 20 × 0.41333) / 30 = 0.60889
    expect(learned.rates.overall).toBeCloseTo(0.41333, 4);
    expect(learned.rates.channel.get("猎聘")).toBeCloseTo(0.60889, 4);
    const risk = scoreFact(learned, fact({ sourceChannel: "猎聘" }), now);
    expect(risk.reasons.some((r) => r.startsWith("来源渠道「猎聘」历史爽约率 61%"))).toBe(true);
  });
});
