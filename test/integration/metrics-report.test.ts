/**
 * The metrics report and the `/stats` markdown on a real PGlite store holding
 * the hand-computed fixture (test/fixtures/metrics-fixture.ts): every rate and
 * label below is worked out by hand from that table.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/clock.js";
import { silentLogger } from "../../src/log.js";
import { buildMetricsReport, metricsCalendar, statsMarkdown, type MetricsReport } from "../../src/metrics/index.js";
import { openStore, type Store } from "../../src/store/index.js";
import { buildMetricsFixture, T0, WINDOW } from "../fixtures/metrics-fixture.js";

const DAY = 86_400_000;

describe("metrics report on the hand-computed fixture", () => {
  const clock = new ManualClock(T0);
  let store: Store;
  let report: MetricsReport;

  beforeAll(async () => {
    store = await openStore({ dataDir: "memory://", logger: silentLogger, clock });
    await buildMetricsFixture(store, clock);
    report = await buildMetricsReport(store, { window: { from: WINDOW.from, before: WINDOW.before, days: 7 }, calendar: metricsCalendar("Asia/Shanghai") });
  });
  afterAll(() => store.close());

  it("derives every rate from the counts", () => {
    expect(report.overall.rates).toEqual({
      reply: 3 / 4,
      confirm: 3 / 4,
      reschedule: 2 / 4,
      cancel: 1 / 4,
      checkIn: 2 / 4,
      completion: 1 / 4,
      noShow: 1 / 3,
      lateReply: 2 / 3,
    });
    expect(report.funnel.map((s) => [s.label, s.count])).toEqual([
      ["已邀约", 4],
      ["已回复", 3],
      ["已确认", 3],
      ["已签到", 2],
      ["已完成", 1],
    ]);
    expect(report.latencyHistogram).toEqual([
      { label: "<1小时", count: 0 },
      { label: "1–4小时", count: 1 },
      { label: "4–12小时", count: 0 },
      { label: "12–24小时", count: 0 },
      { label: "24–48小时", count: 1 },
      { label: "48–72小时", count: 1 },
      { label: "≥72小时", count: 0 },
    ]);
  });

  it("labels and orders breakdowns, heatmap, reasons and reminders", () => {
    expect(report.breakdowns.channel.map((c) => [c.label, c.counts.invited, c.rates.noShow])).toEqual([
      ["猎聘", 2, 1],
      ["未知", 1, 0],
      ["BOSS直聘", 1, 0],
    ]);
    expect(report.breakdowns.weekday.map((w) => w.label)).toEqual(["周二", "周四", "周五"]);
    expect(report.breakdowns.hour.map((h) => h.label)).toEqual(["10:00", "14:00"]);
    expect(report.heatmap).toEqual([
      { weekday: 2, hour: 14, invited: 1, noShow: 0, attended: 1, noShowRate: 0 },
      { weekday: 4, hour: 14, invited: 2, noShow: 1, attended: 1, noShowRate: 0.5 },
      { weekday: 5, hour: 10, invited: 1, noShow: 0, attended: 0, noShowRate: null },
    ]);
    expect(report.reasons).toEqual({
      cancel: [{ reason: "found_job", label: "已找到工作", count: 1 }],
      reschedule: [{ reason: "time_conflict", label: "时间冲突", count: 1 }],
    });
    expect(report.reminders).toEqual([
      { kind: "materials", label: "T−48 小时提醒", sent: 1, replied: 0, share: 0 },
      { kind: "reconfirm", label: "T−24 小时再确认", sent: 2, replied: 1, share: 0.5 },
    ]);
    expect([report.kfWindowExhausted, report.handoffs, report.highRiskAlerts]).toEqual([2, 1, 0]);
  });

  it("renders the /stats summary", async () => {
    const text = await statsMarkdown(store, { days: 7, now: new Date(T0.getTime() + 7 * DAY) });
    expect(text.split("\n")).toEqual([
      "**近 7 天面试邀约数据**（6月2日（周一）–6月9日（周一））",
      "> 邀约 **4** · 回复率 **75%** · 首次回复中位 30.0 小时（P90 58.0 小时，超 24 小时 67%）",
      "> 确认率 75% · 改期率 50% · 取消率 25% · 签到率 50% · 爽约率 **33%**",
      "渠道爽约率：猎聘 100%（2） · 未知 0%（1） · BOSS直聘 0%（1）",
      "取消原因：已找到工作 1",
      "转人工 1 次 · 微信客服窗口耗尽 2 次 · 高风险提醒 0 次",
    ]);
  });

  it("says so when nothing was sent, and refuses a bad window", async () => {
    const text = await statsMarkdown(store, { days: 7, now: new Date("2024-03-01T00:00:00Z") });
    expect(text).toBe("**近 7 天面试邀约数据**（2月23日（周五）–3月1日（周五））\n这段时间没有发出邀约。");
    await expect(statsMarkdown(store, { days: 0, now: T0 })).rejects.toThrow(/days must be a whole number/);
  });
});
