/**
 * Domain events → one markdown alert each for the HR group: what happened,
 * the interview's essentials, the owning recruiter @-mentioned (`<@userid>`)
 * and the command that acts on it.
 */
import { reasonLabel } from "../metrics/labels.js";
import type { RecruiterTexts, RecruiterTextKey } from "../../config/recruiter-texts.js";
import { placeText, plain, whenText } from "../commands/describe.js";
import type { Candidate, DomainEvent, Interview, JsonObject } from "../store/types.js";

/** Event type → alert text key. The order of this table is the documented list of alerts. */
export const ALERT_TEMPLATES = {
  "candidate.cancelled": "alert.cancelled",
  "candidate.reschedule_requested": "alert.reschedule_requested",
  "nudge.no_reply": "alert.no_reply",
  "nudge.reconfirm_unanswered": "alert.reconfirm_unanswered",
  "nudge.not_checked_in": "alert.not_checked_in",
  "candidate.late": "alert.late",
  "candidate.arrived": "alert.arrived",
  "conversation.handed_off": "alert.handed_off",
  "candidate.opted_out": "alert.opted_out",
  "kf.window_exhausted": "alert.window_exhausted",
  "bind.failed": "alert.bind_failed",
  "interview.high_risk": "alert.high_risk",
} as const satisfies Record<string, RecruiterTextKey>;

export type AlertEventType = keyof typeof ALERT_TEMPLATES;

/** The event types the HR relay reads. */
export const ALERT_EVENT_TYPES = Object.keys(ALERT_TEMPLATES) as AlertEventType[];

export interface AlertSubject {
  interview: Interview;
  candidate: Candidate;
}

const str = (p: JsonObject, key: string): string | undefined => (typeof p[key] === "string" ? (p[key] as string) : undefined);

/** A no-show risk as the metrics module records it: a 0–100 `score`, or a `risk` / `level` label. */
export function riskText(texts: RecruiterTexts, payload: JsonObject): string {
  const score = payload["score"];
  const base = typeof score === "number" ? texts.get("alert.risk_score", { score: Math.round(score) }) : (str(payload, "risk") ?? str(payload, "level") ?? "高");
  const reasons = Array.isArray(payload["reasons"]) ? payload["reasons"].filter((r): r is string => typeof r === "string") : [];
  return plain(reasons.length > 0 ? `${base}（${reasons.join("、")}）` : base);
}

/**
 * The alert for one event, or undefined for events the group need not see
 * (unknown types, or events without an interview: nobody to @-mention).
 */
export function renderAlert(texts: RecruiterTexts, timeZone: string, event: DomainEvent, subject: AlertSubject | undefined): string | undefined {
  const key = (ALERT_TEMPLATES as Record<string, RecruiterTextKey>)[event.type];
  if (!key || !subject) return undefined;
  const { interview, candidate } = subject;
  const p = event.payload;
  const essentials = texts.get("alert.essentials", {
    id: interview.id,
    name: plain(candidate.name),
    position: plain(interview.position),
    time: whenText(interview.scheduledAt, timeZone),
    place: plain(placeText(interview)),
  });
  const proposedAt = str(p, "proposedAt");
  const reason = str(p, "reason") ?? "unknown";
  const vars: Record<string, string | number> = {
    id: interview.id,
    recruiter: interview.recruiterUserId,
    essentials,
    proposed: proposedAt ? whenText(new Date(proposedAt), timeZone) : "—",
    text: plain(str(p, "text") ?? ""),
    risk: riskText(texts, p),
    reason: plain(reasonText(texts, event.type, reason, str(p, "reasonText"))),
  };
  const body = texts.get(key, vars);
  // What the candidate did not get, so whoever calls knows what to say.
  if (event.type === "kf.window_exhausted" && str(p, "text")) return `${body}\n${texts.get("alert.missed", { text: plain(str(p, "text")!.replace(/\s+/g, " ")) })}`;
  return body;
}

function reasonText(texts: RecruiterTexts, type: string, reason: string, said: string | undefined): string {
  const label =
    type === "candidate.cancelled"
      ? reasonLabel(reason)
      : type === "conversation.handed_off"
        ? texts.maybe(`alert.reason.handoff.${reason}`)
        : type === "bind.failed"
          ? texts.maybe(`alert.reason.bind.${reason}`)
          : undefined;
  const base = label ?? reason;
  return said ? `${base}：「${said}」` : base;
}
