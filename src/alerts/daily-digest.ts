import type { RecruiterTexts } from "../../config/recruiter-texts.js";
import { businessDay } from "../commands/day-range.js";
import { plain, statusName } from "../commands/describe.js";
import { formatClock, formatDay, wallClock } from "../domain/business-time.js";
import type { Store } from "../store/store.js";
import type { Candidate, Interview } from "../store/types.js";
import { splitUtf8 } from "../wecom/api/split-utf8.js";
import { WECOM_LIMITS } from "../wecom/api/limits.js";
import { DIGEST_EVENT } from "./alert-relay.js";

/** No-show risk of one interview: a 0–100 score (src/metrics/risk.ts) or a label; undefined when unknown. From src/metrics when wired. */
export type RiskFn = (interview: Interview, candidate: Candidate) => Promise<number | string | undefined>;

export interface DigestOptions {
  store: Store;
  texts: RecruiterTexts;
  timeZone: string;
  risk?: RiskFn | undefined;
}

function riskLabel(risk: number | string | undefined): string | undefined {
  if (risk === undefined) return undefined;
  return typeof risk === "number" ? `${Math.round(risk)}%` : plain(risk);
}

/** Today's interviews (business day of `now`, every recruiter) with status, risk and owner, as markdown. */
export async function buildDigest(o: DigestOptions, now: Date): Promise<string> {
  const day = businessDay(now, o.timeZone);
  const rows = await o.store.findInterviews({ scheduledFrom: day.from, scheduledBefore: day.before, limit: 500 });
  const date = formatDay(now, o.timeZone);
  if (rows.length === 0) return o.texts.get("digest.empty", { date });
  const lines: string[] = [];
  for (const { interview, candidate } of rows) {
    const risk = riskLabel(await o.risk?.(interview, candidate));
    lines.push(
      o.texts.get("digest.line", {
        time: formatClock(interview.scheduledAt, o.timeZone),
        id: interview.id,
        name: plain(candidate.name),
        position: plain(interview.position),
        status: statusName(o.texts, interview.status),
        risk: risk ? o.texts.get("digest.risk", { risk }) : "",
        recruiter: interview.recruiterUserId,
      }),
    );
  }
  return [o.texts.get("digest.head", { date, count: rows.length }), ...lines, o.texts.get("digest.foot")].join("\n");
}

/**
 * Queues today's digest for the HR group, once per business day: it is
 * recorded as event(s) the alert relay posts in order with the alerts (so it
 * shares their durability and rate limit). Returns false when today's digest
 * was already queued (a second timer, a scheduler retry).
 */
export async function sendDailyDigest(o: DigestOptions, now: Date): Promise<boolean> {
  const w = wallClock(now, o.timeZone);
  const dayKey = `${w.y}-${String(w.m).padStart(2, "0")}-${String(w.d).padStart(2, "0")}`;
  const markdown = await buildDigest(o, now);
  return o.store.transaction(async (tx) => {
    const today = await tx.listEvents({ types: [DIGEST_EVENT], from: businessDay(now, o.timeZone).from });
    if (today.some((e) => e.payload["day"] === dayKey)) return false;
    const parts = splitUtf8(markdown, WECOM_LIMITS.robotMarkdownBytes);
    for (const [part, text] of parts.entries()) {
      await tx.recordEvent({ type: DIGEST_EVENT, payload: { day: dayKey, part, markdown: text }, at: now });
    }
    return true;
  });
}
