/**
 * Chinese labels for what the dashboard and `/stats` show: reasons, nudge
 * kinds, weekdays, statuses. Unknown codes are shown as they are.
 */
import { NUDGE_KINDS, type NudgeKind } from "../domain/nudges.js";
import type { InterviewStatus } from "../store/types.js";

const REASONS: Record<string, string> = {
  found_job: "已找到工作",
  not_interested: "不感兴趣",
  time_conflict: "时间冲突",
  location: "距离 / 地点",
  salary: "薪资",
  personal: "个人原因",
  unknown: "未说明",
  /** A recruiter cancelled (`/cancel`, a card button). */
  recruiter: "招聘方取消",
};

export function reasonLabel(reason: string | null): string {
  return reason === null ? "未说明" : (REASONS[reason] ?? reason);
}

/**
 * Nudge kinds of the reminder plan (`src/domain/nudges.ts`; typed by it, so a
 * new kind without a label does not compile). The risk model reads the
 * re-confirmation from {@link RECONFIRM_KINDS}.
 */
const NUDGE_KIND_LABELS: Record<NudgeKind, string> = {
  no_reply_followup: "未回复跟进",
  no_reply_alert: "未回复 HR 提醒",
  materials: "T−48 小时提醒",
  reconfirm: "T−24 小时再确认",
  reconfirm_unanswered: "再确认未回复提醒",
  day_of: "当天出行提示",
  check_in_alert: "未签到检查",
  after_interview: "面试后致谢",
};

export function nudgeKindLabel(kind: string): string {
  return (NUDGE_KIND_LABELS as Record<string, string>)[kind] ?? kind;
}

/** The known nudge kinds in plan order (for stable table rows). */
export const KNOWN_NUDGE_KINDS: readonly string[] = NUDGE_KINDS;

/** The T−24 h re-confirmation question: unanswered, it is a no-show risk signal. */
export const RECONFIRM_KINDS: readonly string[] = ["reconfirm"];

const WEEKDAYS = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];

export function weekdayLabel(weekday: number): string {
  return WEEKDAYS[weekday] ?? String(weekday);
}

const STATUSES: Record<InterviewStatus, string> = {
  invited: "已邀约",
  confirmed: "已确认",
  reschedule_requested: "申请改期",
  rescheduled: "已改期",
  cancelled: "已取消",
  checked_in: "已签到",
  no_show: "爽约",
  completed: "已完成",
};

export function statusLabel(status: InterviewStatus): string {
  return STATUSES[status] ?? status;
}

const NUDGE_STATUSES: Record<string, string> = { planned: "待发送", sent: "已发送", skipped: "已跳过", failed: "发送失败" };

export function nudgeStatusLabel(status: string): string {
  return NUDGE_STATUSES[status] ?? status;
}

/** "" (no channel recorded) reads as 未知. */
export function channelLabel(channel: string | null): string {
  return channel === null || channel === "" ? "未知" : channel;
}
