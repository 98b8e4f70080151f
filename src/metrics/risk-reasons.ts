/** Plain-Chinese reasons for a risk score: the features that raised it most. */
import { weekdayLabel } from "./labels.js";
import { pct } from "./format.js";
import type { Feature } from "./risk-features.js";
import type { RiskEstimate } from "./risk-model.js";
import type { RiskFact } from "../store/types.js";

/** Contributions below this (log-odds) are not worth a sentence. */
const MIN_CONTRIBUTION = 0.15;

function sentence(feature: Feature, fact: RiskFact, estimate: RiskEstimate): string {
  const d = estimate.details;
  switch (feature) {
    case "noReply":
      return "邀约发出后尚未回复";
    case "lateReply":
      return `首次回复用了 ${Math.round(d.replyHours ?? 0)} 小时（超过 24 小时）`;
    case "reconfirmUnanswered":
      return "面试前一天的再确认消息未回复";
    case "reschedules":
      return `已改期 ${fact.rescheduleCount} 次`;
    case "channelRate":
      return `来源渠道「${fact.sourceChannel ?? "未知"}」历史爽约率 ${pct(d.channelRate)}`;
    case "positionRate":
      return `岗位「${fact.position}」历史爽约率 ${pct(d.positionRate)}`;
    case "slotRate": {
      const [weekday, hour] = d.slot.split(":").map(Number) as [number, number];
      return `${weekdayLabel(weekday)} ${String(hour).padStart(2, "0")}:00 时段历史爽约率 ${pct(d.slotRate)}`;
    }
    case "leadTime":
      return `邀约距面试 ${Math.round(d.leadDays)} 天，间隔较长`;
  }
}

/** Up to `top` reasons, strongest first; empty when nothing stands out. */
export function riskReasons(fact: RiskFact, estimate: RiskEstimate, top = 3): string[] {
  return (Object.entries(estimate.contributions) as Array<[Feature, number]>)
    .filter(([, c]) => c >= MIN_CONTRIBUTION)
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([feature]) => sentence(feature, fact, estimate));
}
