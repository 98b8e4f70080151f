/**
 * The `/stats 7d` answer: a short markdown summary of one window for the
 * recruiter bot (WeCom app markdown: bold, line breaks, quotes).
 */
import { formatDay } from "../domain/business-time.js";
import type { Clock } from "../clock.js";
import type { Store } from "../store/store.js";
import { metricsCalendar } from "./calendar.js";
import { duration, pct } from "./format.js";
import { buildMetricsReport, type MetricsFilters } from "./report.js";
import { lastDays } from "./window.js";

export interface StatsMarkdownOptions {
  /** The last `days` days up to `now` (1–731); throws MetricsWindowError otherwise. */
  days: number;
  now: Date | Clock;
  /** Default Asia/Shanghai. */
  timeZone?: string;
  filters?: MetricsFilters;
  /** How many channels and reasons to list; default 3. */
  top?: number;
}

/** Renders the summary; see {@link StatsMarkdownOptions}. */
export async function statsMarkdown(store: Store, options: StatsMarkdownOptions): Promise<string> {
  const now = options.now instanceof Date ? options.now : options.now.now();
  const timeZone = options.timeZone ?? "Asia/Shanghai";
  const window = lastDays(options.days, now);
  const report = await buildMetricsReport(store, { window, calendar: metricsCalendar(timeZone), ...(options.filters ? { filters: options.filters } : {}) });
  const top = options.top ?? 3;
  const { counts, rates, latency } = report.overall;
  const range = `${formatDay(window.from, timeZone)}–${formatDay(new Date(window.before.getTime() - 1), timeZone)}`;
  const lines = [`**近 ${options.days} 天面试邀约数据**（${range}）`];
  if (counts.invited === 0) {
    lines.push("这段时间没有发出邀约。");
    return lines.join("\n");
  }
  lines.push(
    `> 邀约 **${counts.invited}** · 回复率 **${pct(rates.reply)}** · 首次回复中位 ${duration(latency.medianSeconds)}（P90 ${duration(latency.p90Seconds)}，超 24 小时 ${pct(rates.lateReply)}）`,
    `> 确认率 ${pct(rates.confirm)} · 改期率 ${pct(rates.reschedule)} · 取消率 ${pct(rates.cancel)} · 签到率 ${pct(rates.checkIn)} · 爽约率 **${pct(rates.noShow)}**`,
  );
  const channels = report.breakdowns.channel.filter((c) => c.rates.noShow !== null).slice(0, top);
  if (channels.length > 0) lines.push(`渠道爽约率：${channels.map((c) => `${c.label} ${pct(c.rates.noShow)}（${c.counts.invited}）`).join(" · ")}`);
  const cancels = report.reasons.cancel.slice(0, top);
  if (cancels.length > 0) lines.push(`取消原因：${cancels.map((r) => `${r.label} ${r.count}`).join(" · ")}`);
  lines.push(`转人工 ${report.handoffs} 次 · 微信客服窗口耗尽 ${report.kfWindowExhausted} 次 · 高风险提醒 ${report.highRiskAlerts} 次`);
  return lines.join("\n");
}
