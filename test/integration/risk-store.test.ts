/**
 * The risk model against a real store: high-risk interviews are flagged once
 * (the daily job may run any number of times), and on seeded history the
 * model is calibrated on interviews it did not see.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/clock.js";
import { silentLogger } from "../../src/log.js";
import { calibrate, flagHighRiskInterviews, HIGH_RISK_EVENT, loadRiskModel, RECONFIRM_KINDS, RiskModelCache } from "../../src/metrics/index.js";
import { generateHistory, writeHistory } from "../../src/seed/index.js";
import { openStore, type Store } from "../../src/store/index.js";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const TZ = "Asia/Shanghai";

describe("high-risk flagging", () => {
  const now = new Date("2025-06-10T01:00:00Z");
  const clock = new ManualClock(now);
  let store: Store;
  beforeAll(async () => {
    store = await openStore({ dataDir: "memory://", logger: silentLogger, clock });
  });
  afterAll(() => store.close());

  async function interview(name: string, hoursAhead: number, options: { reply?: boolean; reconfirmHoursAgo?: number; cancel?: boolean } = {}) {
    const scheduledAt = new Date(now.getTime() + hoursAhead * HOUR);
    clock.set(new Date(scheduledAt.getTime() - 4 * DAY));
    const candidate = await store.createCandidate({ name, sourceChannel: "智联招聘" });
    const iv = await store.createInterview({ candidateId: candidate.id, position: "客服专员", recruiterUserId: "hr-li", scheduledAt, durationMinutes: 60 }, "recruiter:hr-li");
    if (options.reply) await store.logMessage({ direction: "in", channel: "kf", kind: "text", interviewId: iv.id, text: "好的", at: new Date(clock.now().getTime() + HOUR) });
    if (options.reconfirmHoursAgo !== undefined) {
      const nudge = await store.planNudge({ interviewId: iv.id, kind: RECONFIRM_KINDS[0]!, dueAt: now });
      clock.set(new Date(now.getTime() - options.reconfirmHoursAgo * HOUR));
      await store.finishNudge(nudge.id, "sent");
    }
    if (options.cancel) await store.transitionInterview({ interviewId: iv.id, to: "cancelled", actor: "candidate" });
    clock.set(now);
    return iv;
  }

  it("records interview.high_risk once per high-risk upcoming interview, with reasons in Chinese", async () => {
    // No history: the prior model. Silent + unanswered re-confirmation → σ(−1.992 + 1.5 + 1.2 + 0.3 × ln(5/4)) = 0.68.
    const silent = await interview("沉默", 12, { reconfirmHoursAgo: 12 });
    await interview("积极", 12, { reply: true, reconfirmHoursAgo: 12 });
    await interview("已取消", 12, { reconfirmHoursAgo: 12, cancel: true });
    await interview("太远", 80, { reconfirmHoursAgo: 12 });

    const first = await flagHighRiskInterviews(store, { now, timeZone: TZ });
    expect(first.map((r) => [r.interviewId, r.score, r.level])).toEqual([[silent.id, 68, "high"]]);
    expect(first[0]!.reasons.slice(0, 2)).toEqual(["邀约发出后尚未回复", "面试前一天的再确认消息未回复"]);

    expect(await flagHighRiskInterviews(store, { now: new Date(now.getTime() + HOUR), timeZone: TZ })).toEqual([]);
    const events = await store.listEvents({ types: [HIGH_RISK_EVENT] });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: HIGH_RISK_EVENT,
      interviewId: silent.id,
      at: now,
      payload: { score: 68, candidateName: "沉默", position: "客服专员", recruiterUserId: "hr-li", suggestion: "建议面试前一天给候选人打个电话确认" },
    });
  });
});

describe("risk model cache", () => {
  it("fits once, then serves a stale model while refitting in the background", async () => {
    const now = new Date("2025-06-10T01:00:00Z");
    const store = await openStore({ dataDir: "memory://", logger: silentLogger });
    try {
      const cache = new RiskModelCache(store, { timeZone: TZ });
      const first = await cache.get(now);
      expect(first.fittedAt).toEqual(now);
      expect(await cache.get(new Date(now.getTime() + 10 * 60_000))).toBe(first);
      const later = new Date(now.getTime() + 2 * HOUR);
      expect(await cache.get(later)).toBe(first); // stale, served at once
      await expect.poll(async () => (await cache.get(later)).fittedAt).toEqual(later);
    } finally {
      await store.close();
    }
  });
});

describe("calibration on seeded history", () => {
  const now = new Date("2025-07-01T04:00:00Z");
  const clock = new ManualClock(now);
  let store: Store;
  beforeAll(async () => {
    store = await openStore({ dataDir: "memory://", logger: silentLogger, clock });
    await writeHistory(store, clock, generateHistory({ days: 75, now, timeZone: TZ, perWorkday: 12, seed: 7 }), { batchSize: 100 });
  }, 300_000);
  afterAll(() => store.close());

  it("beats the base rate on held-out interviews and its reliability table tracks what happened", async () => {
    const facts = await store.riskFacts({ scheduledBefore: now, reconfirmKinds: RECONFIRM_KINDS, limit: 100_000 });
    const report = calibrate(facts, { timeZone: TZ, holdOutShare: 0.3, bins: 5 });
    console.log(
      [
        `risk calibration: trained on ${report.trainedOn}, held out ${report.heldOut}; Brier ${report.brier.toFixed(4)} vs base rate ${report.baselineBrier.toFixed(4)}`,
        `mean predicted ${report.meanPredicted.toFixed(3)}, observed ${report.observedRate.toFixed(3)}`,
        ...report.table.map((b) => `  [${b.from.toFixed(1)}, ${b.to.toFixed(1)})  n=${String(b.count).padStart(4)}  predicted ${b.meanPredicted?.toFixed(3) ?? "—"}  observed ${b.observedRate?.toFixed(3) ?? "—"}`),
      ].join("\n"),
    );
    expect(report.trainedOn).toBeGreaterThan(300);
    expect(report.brier).toBeLessThan(report.baselineBrier * 0.9);
    expect(Math.abs(report.meanPredicted - report.observedRate)).toBeLessThan(0.06);
    for (const bin of report.table.filter((b) => b.count >= 30)) {
      expect(Math.abs(bin.meanPredicted! - bin.observedRate!)).toBeLessThan(0.12);
    }
    // The seeds' pattern: late and missing replies are learned as risk, not just assumed.
    const model = await loadRiskModel(store, { now, timeZone: TZ });
    expect(model.leansOnPrior).toBe(false);
    expect(model.weights[1]).toBeGreaterThan(0.5); // noReply
    expect(model.weights[2]).toBeGreaterThan(0.5); // lateReply
  });
});
