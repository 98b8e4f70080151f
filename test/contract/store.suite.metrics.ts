/** Metrics read operations against the hand-computed fixture of `test/fixtures/metrics-fixture.ts`. */
import { expect, it } from "vitest";
import type { MetricsGroupRow } from "../../src/store/index.js";
import { at, buildMetricsFixture as buildFixture, CALENDAR, T0, WINDOW } from "../fixtures/metrics-fixture.js";
import { HOUR } from "./store.fixtures.js";
import type { SuiteContext } from "./store.suite.js";

function group(rows: MetricsGroupRow[], dimension: MetricsGroupRow["dimension"], key: string): MetricsGroupRow {
  const row = rows.find((r) => r.dimension === dimension && r.key === key);
  if (!row) throw new Error(`no ${dimension} group ${key} in ${JSON.stringify(rows.map((r) => [r.dimension, r.key]))}`);
  return row;
}

export function metricsContract({ store, clock }: SuiteContext): void {
  it("aggregates the cohort: funnel counts, latency statistics in all and working hours, histogram", async () => {
    await buildFixture(store(), clock);
    const rows = await store().metricsGroups(WINDOW, CALENDAR);
    const all = group(rows, "all", "");
    expect(all.counts).toEqual({ invited: 4, replied: 3, confirmed: 3, rescheduled: 2, cancelled: 1, attended: 2, noShow: 1, completed: 1 });
    // Latencies 7200, 108000, 234000 s: p90 = 108000 + 0.8 × (234000 − 108000).
    expect(all.latency).toEqual({ count: 3, medianSeconds: 108_000, p90Seconds: 208_800, meanSeconds: 116_400, over24h: 2 });
    // Working seconds 7200, 54000, 7200: p90 = 7200 + 0.8 × (54000 − 7200).
    expect(all.workingLatency.count).toBe(3);
    expect(all.workingLatency.medianSeconds).toBe(7200);
    expect(all.workingLatency.p90Seconds).toBeCloseTo(44_640, 6);
    expect(all.workingLatency.meanSeconds).toBeCloseTo(22_800, 6);
    expect(all.workingLatency.over24h).toBe(0);
    // Buckets <1, 1–4, 4–12, 12–24, 24–48, 48–72, ≥72 h: 2 h, 30 h, 65 h.
    expect(all.latencyBuckets).toEqual([0, 1, 0, 0, 1, 1, 0]);
  });

  it("breaks down by channel, position, recruiter, weekday, hour and weekday × hour", async () => {
    await buildFixture(store(), clock);
    const rows = await store().metricsGroups(WINDOW, CALENDAR);
    expect(group(rows, "channel", "猎聘").counts).toMatchObject({ invited: 2, replied: 1, noShow: 1, cancelled: 1, attended: 0 });
    expect(group(rows, "channel", "猎聘").latency).toMatchObject({ count: 1, medianSeconds: 108_000, over24h: 1 });
    expect(group(rows, "channel", "").counts).toMatchObject({ invited: 1, attended: 1 });
    expect(group(rows, "position", "销售").counts).toMatchObject({ invited: 2, replied: 1, rescheduled: 2, cancelled: 1 });
    expect(group(rows, "recruiter", "hr-li").counts).toMatchObject({ invited: 2, attended: 1, noShow: 1, completed: 1 });
    expect(group(rows, "weekday", "4").counts.invited).toBe(2);
    expect(group(rows, "weekday", "2").counts.invited).toBe(1);
    expect(group(rows, "hour", "14").counts).toMatchObject({ invited: 3, noShow: 1, attended: 2 });
    expect(group(rows, "hour", "10").counts.invited).toBe(1);
    expect(group(rows, "weekday_hour", "4:14").counts).toMatchObject({ invited: 2, noShow: 1 });
    expect(rows.filter((r) => r.dimension === "weekday_hour").map((r) => r.key).sort()).toEqual(["2:14", "4:14", "5:10"]);
    expect(rows.filter((r) => r.dimension === "channel").map((r) => r.key).sort()).toEqual(["", "BOSS直聘", "猎聘"].sort());
  });

  it("applies position, channel and recruiter filters; an empty cohort gives one zero row", async () => {
    await buildFixture(store(), clock);
    const byPosition = group(await store().metricsGroups({ ...WINDOW, position: "销售" }, CALENDAR), "all", "");
    expect(byPosition.counts).toMatchObject({ invited: 2, replied: 1 });
    expect(byPosition.latency.medianSeconds).toBe(234_000);
    const unknownChannel = group(await store().metricsGroups({ ...WINDOW, sourceChannel: "" }, CALENDAR), "all", "");
    expect(unknownChannel.counts.invited).toBe(1);
    const byRecruiter = group(await store().metricsGroups({ ...WINDOW, recruiterUserId: "hr-wang", sourceChannel: "猎聘" }, CALENDAR), "all", "");
    expect(byRecruiter.counts).toMatchObject({ invited: 1, cancelled: 1, replied: 0 });
    const empty = await store().metricsGroups({ from: at("2024-01-01T00:00:00Z"), before: at("2024-02-01T00:00:00Z") }, CALENDAR);
    expect(empty).toEqual([
      {
        dimension: "all",
        key: "",
        counts: { invited: 0, replied: 0, confirmed: 0, rescheduled: 0, cancelled: 0, attended: 0, noShow: 0, completed: 0 },
        latency: { count: 0, medianSeconds: null, p90Seconds: null, meanSeconds: null, over24h: 0 },
        workingLatency: { count: 0, medianSeconds: null, p90Seconds: null, meanSeconds: null, over24h: 0 },
        latencyBuckets: [0, 0, 0, 0, 0, 0, 0],
      },
    ]);
  });

  it("counts cancel and reschedule reasons, reminder answers within 6 h, and events in the window", async () => {
    await buildFixture(store(), clock);
    expect(await store().metricsReasons(WINDOW)).toEqual([
      { to: "cancelled", reason: "found_job", count: 1 },
      { to: "reschedule_requested", reason: "time_conflict", count: 1 },
    ]);
    expect(await store().metricsReminders(WINDOW, 6 * HOUR)).toEqual([
      { kind: "materials", sent: 1, replied: 0 },
      { kind: "reconfirm", sent: 2, replied: 1 },
    ]);
    expect(await store().metricsReminders(WINDOW, 1 * HOUR)).toEqual([
      { kind: "materials", sent: 1, replied: 0 },
      { kind: "reconfirm", sent: 2, replied: 0 },
    ]);
    const types = ["kf.window_exhausted", "conversation.handed_off", "interview.high_risk"];
    expect(await store().metricsEventCounts(WINDOW, types)).toEqual([
      { type: "kf.window_exhausted", count: 2 },
      { type: "conversation.handed_off", count: 1 },
      { type: "interview.high_risk", count: 0 },
    ]);
    expect(await store().metricsEventCounts({ ...WINDOW, position: "销售" }, types.slice(0, 1))).toEqual([{ type: "kf.window_exhausted", count: 1 }]);
  });

  it("returns risk facts by scheduled time with first reply, re-confirmation answer and attendance", async () => {
    const { A, B, C, D } = await buildFixture(store(), clock);
    const facts = await store().riskFacts({ scheduledFrom: at("2025-06-04T00:00:00Z"), reconfirmKinds: ["reconfirm"] });
    expect(facts.map((f) => f.interviewId)).toEqual([A.id, B.id, C.id, D.id]);
    expect(facts[0]).toMatchObject({
      candidateName: "候选人后端工程师",
      sourceChannel: "BOSS直聘",
      position: "后端工程师",
      recruiterUserId: "hr-li",
      createdAt: T0,
      scheduledAt: at("2025-06-05T06:00:00Z"),
      status: "completed",
      rescheduleCount: 0,
      firstReplyAt: new Date(T0.getTime() + 2 * HOUR),
      reconfirmSentAt: at("2025-06-04T06:00:00Z"),
      reconfirmReplyAt: at("2025-06-04T08:00:00Z"),
      attendance: "attended",
    });
    expect(facts[1]).toMatchObject({ firstReplyAt: at("2025-06-03T08:00:00Z"), reconfirmSentAt: at("2025-06-04T06:00:00Z"), reconfirmReplyAt: null, attendance: "no_show" });
    expect(facts[2]).toMatchObject({ sourceChannel: "猎聘", firstReplyAt: null, reconfirmSentAt: null, attendance: null, status: "cancelled" });
    expect(facts[3]).toMatchObject({ sourceChannel: null, rescheduleCount: 1, attendance: "attended" });
    const cancelled = await store().riskFacts({ statuses: ["cancelled"], reconfirmKinds: [] });
    expect(cancelled.map((f) => f.interviewId)).toEqual([C.id]);
    const latest = await store().riskFacts({ reconfirmKinds: [], limit: 2 });
    expect(latest.map((f) => f.interviewId)).toEqual([C.id, D.id]);
  });

  it("lists the nudges of many interviews at once, ignoring unknown ids", async () => {
    const { A, B, C } = await buildFixture(store(), clock);
    const nudges = await store().nudgesOf([B.id, A.id, "no-such-id", C.id]);
    expect(nudges.map((n) => [n.interviewId, n.kind, n.status])).toEqual([
      [A.id, "materials", "sent"],
      [A.id, "reconfirm", "sent"],
      [B.id, "reconfirm", "sent"],
      [C.id, "no_reply_followup", "skipped"],
    ]);
    expect(await store().nudgesOf([])).toEqual([]);
  });

  it("changes its version on every message, transition, event and nudge plan", async () => {
    const { A } = await buildFixture(store(), clock);
    const seen = new Set([await store().metricsVersion()]);
    const changed = async (write: () => Promise<unknown>) => {
      await write();
      const version = await store().metricsVersion();
      expect(seen.has(version)).toBe(false);
      seen.add(version);
    };
    await changed(() => store().logMessage({ direction: "in", channel: "kf", kind: "text", interviewId: A.id }));
    await changed(() => store().transitionInterview({ interviewId: A.id, to: "completed", actor: "system" }));
    await changed(() => store().recordEvent({ type: "x", interviewId: A.id }));
    await changed(() => store().planNudge({ interviewId: A.id, kind: "after_interview", dueAt: T0 }));
    expect(await store().metricsVersion()).toBe([...seen].pop());
  });
}
