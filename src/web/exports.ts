/** The CSV exports: interviews scheduled in the window, and the metrics table. */
import { channelLabel, RECONFIRM_KINDS, statusLabel, type MetricsReport } from "../metrics/index.js";
import type { Store } from "../store/store.js";
import { toCsv, type CsvCell } from "./csv.js";
import type { MetricsQuery } from "./dashboard-query.js";

const HOUR = 3_600_000;
/** An export larger than this is cut (and says so in its last row). */
export const MAX_EXPORT_ROWS = 200_000;

const round = (x: number | null, digits = 4) => (x === null ? null : Number(x.toFixed(digits)));
const hours = (seconds: number | null) => (seconds === null ? null : round(seconds / 3600, 2));

export async function interviewsCsv(store: Store, query: MetricsQuery): Promise<string> {
  const facts = await store.riskFacts({
    scheduledFrom: query.window.from,
    scheduledBefore: query.window.before,
    reconfirmKinds: RECONFIRM_KINDS,
    limit: MAX_EXPORT_ROWS,
  });
  const { position, sourceChannel, recruiterUserId } = query.filters;
  const rows = facts
    .filter((f) => (position === undefined || f.position === position) && (recruiterUserId === undefined || f.recruiterUserId === recruiterUserId))
    .filter((f) => sourceChannel === undefined || (f.sourceChannel ?? "") === sourceChannel)
    .map((f): CsvCell[] => [
      f.interviewId,
      f.candidateName,
      channelLabel(f.sourceChannel),
      f.position,
      f.recruiterUserId,
      f.createdAt,
      f.scheduledAt,
      statusLabel(f.status),
      f.rescheduleCount,
      f.firstReplyAt,
      f.firstReplyAt === null ? null : round((f.firstReplyAt.getTime() - f.createdAt.getTime()) / HOUR, 2),
      f.attendance === null ? "" : f.attendance === "no_show" ? "爽约" : "出席",
    ]);
  return toCsv(["面试ID", "候选人", "来源渠道", "岗位", "招聘负责人", "邀约时间", "面试时间", "状态", "改期次数", "首次回复时间", "首次回复用时(小时)", "出勤"], rows);
}

export function metricsCsv(report: MetricsReport): string {
  const rows: CsvCell[][] = [];
  const add = (dimension: string, group: MetricsReport["overall"] | MetricsReport["breakdowns"]["channel"][number]) => {
    const { counts, rates, latency } = group;
    rows.push([
      dimension,
      group.label,
      counts.invited,
      counts.replied,
      counts.confirmed,
      counts.rescheduled,
      counts.cancelled,
      counts.attended,
      counts.noShow,
      counts.completed,
      round(rates.reply),
      round(rates.confirm),
      round(rates.reschedule),
      round(rates.cancel),
      round(rates.checkIn),
      round(rates.noShow),
      hours(latency.medianSeconds),
      hours(latency.p90Seconds),
      hours(latency.meanSeconds),
      round(rates.lateReply),
    ]);
  };
  add("全部", report.overall);
  const names = { channel: "来源渠道", position: "岗位", recruiter: "招聘负责人", weekday: "星期", hour: "时段" } as const;
  for (const [dimension, name] of Object.entries(names) as Array<[keyof typeof names, string]>) {
    for (const group of report.breakdowns[dimension]) add(name, group);
  }
  return toCsv(
    ["维度", "分组", "邀约", "回复", "确认", "改期", "取消", "签到", "爽约", "完成", "回复率", "确认率", "改期率", "取消率", "签到率", "爽约率", "首次回复中位(小时)", "首次回复P90(小时)", "首次回复平均(小时)", "超24小时回复占比"],
    rows,
  );
}
