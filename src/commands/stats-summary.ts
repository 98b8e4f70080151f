import type { RecruiterTexts } from "../../config/recruiter-texts.js";
import type { Clock } from "../clock.js";
import { formatDay } from "../domain/business-time.js";
import type { Store } from "../store/store.js";
import type { StatsProvider } from "./command.js";

export interface StatsSummaryOptions {
  store: Store;
  clock: Clock;
  timeZone: string;
  texts: RecruiterTexts;
}

/** Numbers behind the summary, exposed for tests and a later dashboard. */
export interface StatsNumbers {
  interviews: number;
  /** Interviews whose candidate got at least one kf message from us. */
  reached: number;
  /** …and answered after it. */
  replied: number;
  /** Median ms from our first kf message to the candidate's first answer. */
  medianReplyMs: number | null;
  confirmed: number;
  rescheduled: number;
  cancelled: number;
  noShow: number;
  /** Cancel reasons, most frequent first. */
  cancelReasons: Array<{ reason: string; count: number }>;
}

/**
 * A small, honest `/stats` straight from the store, until the metrics module
 * (src/metrics/) is wired in its place: interviews scheduled in the last
 * `days` days; reply rate and median latency from the message log (first
 * outbound kf message → first inbound answer); confirm / reschedule rates
 * from the transition history (ever confirmed, ever asked to move or moved);
 * cancel / no-show from the current status.
 */
export async function computeStats(o: Pick<StatsSummaryOptions, "store" | "clock">, days: number): Promise<StatsNumbers & { from: Date; to: Date }> {
  const to = o.clock.now();
  const from = new Date(to.getTime() - days * 86_400_000);
  const rows = await o.store.findInterviews({ scheduledFrom: from, scheduledBefore: to, limit: 1000 });
  const n: StatsNumbers = { interviews: rows.length, reached: 0, replied: 0, medianReplyMs: null, confirmed: 0, rescheduled: 0, cancelled: 0, noShow: 0, cancelReasons: [] };
  const latencies: number[] = [];
  const reasons = new Map<string, number>();
  for (const { interview } of rows) {
    const [messages, transitions] = await Promise.all([
      o.store.listMessages({ interviewId: interview.id, channel: "kf", limit: 500 }),
      o.store.listTransitions({ interviewId: interview.id }),
    ]);
    const firstOut = messages.find((m) => m.direction === "out");
    if (firstOut) {
      n.reached += 1;
      const answer = messages.find((m) => m.direction === "in" && m.at.getTime() >= firstOut.at.getTime());
      if (answer) {
        n.replied += 1;
        latencies.push(answer.at.getTime() - firstOut.at.getTime());
      }
    }
    const reached = new Set(transitions.map((t) => t.to));
    if (reached.has("confirmed")) n.confirmed += 1;
    if (reached.has("reschedule_requested") || reached.has("rescheduled")) n.rescheduled += 1;
    if (interview.status === "cancelled") {
      n.cancelled += 1;
      const reason = interview.cancelReason ?? "unknown";
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    }
    if (interview.status === "no_show") n.noShow += 1;
  }
  latencies.sort((a, b) => a - b);
  if (latencies.length > 0) {
    const mid = Math.floor(latencies.length / 2);
    n.medianReplyMs = latencies.length % 2 === 1 ? latencies[mid]! : (latencies[mid - 1]! + latencies[mid]!) / 2;
  }
  n.cancelReasons = [...reasons].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
  return { ...n, from, to };
}

const pct = (part: number, whole: number): string => (whole === 0 ? "—" : `${Math.round((part / whole) * 100)}%`);

function duration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} 分钟`;
  const hours = ms / 3_600_000;
  return hours < 48 ? `${hours.toFixed(1)} 小时` : `${(hours / 24).toFixed(1)} 天`;
}

/** The built-in {@link StatsProvider}. */
export function storeStats(o: StatsSummaryOptions): StatsProvider {
  return async ({ days }) => {
    const s = await computeStats(o, days);
    const { texts } = o;
    if (s.interviews === 0) return texts.get("stats.empty", { days });
    const reasonName = (r: string): string => texts.maybe(`stats.reason.${r}`) ?? r;
    const top = s.cancelReasons.slice(0, 3).map((r) => `${reasonName(r.reason)} ${r.count}`).join("，");
    const total = s.interviews;
    return [
      texts.get("stats.head", { days, from: formatDay(s.from, o.timeZone), to: formatDay(s.to, o.timeZone), count: total }),
      texts.get("stats.reply_rate", { rate: pct(s.replied, s.reached), replied: s.replied, bound: s.reached }),
      s.medianReplyMs === null ? texts.get("stats.latency_none") : texts.get("stats.latency", { latency: duration(s.medianReplyMs) }),
      texts.get("stats.outcomes", {
        confirmed: pct(s.confirmed, total),
        rescheduled: pct(s.rescheduled, total),
        cancelled: pct(s.cancelled, total),
        noShow: pct(s.noShow, total),
      }),
      top ? texts.get("stats.reasons", { reasons: top }) : texts.get("stats.reasons_none"),
    ].join("\n");
  };
}
