import type { StoreTx } from "../store/store.js";
import type { JsonObject } from "../store/types.js";
import { formatWhen, type EngineTexts } from "./engine-texts.js";
import { toOutboxJson } from "./outbox-payload.js";

/** Why a candidate did not get a message. */
export type MissReason = "window" | "human" | "refused" | "error";

export interface MissedMessage {
  interviewId: string;
  conversationId: string | null;
  /** What the candidate would have read. */
  text: string;
  reason: MissReason;
  /** Makes the recruiter note once per missed message (e.g. the outbox key). */
  key: string;
  details: JsonObject;
  at: Date;
}

/**
 * Never a silent drop: records the domain event (`kf.window_exhausted` for the
 * 5-message / 48 h window, `kf.delivery_failed` otherwise) and enqueues an app
 * message telling the owning recruiter exactly what the candidate missed.
 * Returns whether a recruiter note was enqueued.
 */
export async function writeMissedAlert(tx: StoreTx, texts: EngineTexts, timeZone: string, missed: MissedMessage): Promise<boolean> {
  const interview = await tx.getInterview(missed.interviewId);
  const candidate = interview && (await tx.getCandidate(interview.candidateId));
  const type = missed.reason === "window" ? "kf.window_exhausted" : "kf.delivery_failed";
  await tx.recordEvent({
    type,
    interviewId: missed.interviewId,
    payload: { ...missed.details, reason: missed.reason, text: missed.text, conversationId: missed.conversationId },
    at: missed.at,
  });
  if (!interview || !candidate) return false;
  const content = texts.get("engine.missed_alert", {
    candidate: candidate.name,
    position: interview.position,
    scheduledAt: formatWhen(interview.scheduledAt, timeZone),
    text: missed.text,
    reason: texts.get(`engine.missed_reason.${missed.reason}` as const),
  });
  const { enqueued } = await tx.enqueueOutbox({
    idempotencyKey: `app:missed:${missed.key}`,
    channel: "app",
    payload: toOutboxJson({ kind: "app_text", touser: interview.recruiterUserId, content }),
    interviewId: interview.id,
  });
  if (enqueued) {
    await tx.logMessage({ direction: "out", channel: "app", kind: "text", interviewId: interview.id, peerId: interview.recruiterUserId, text: content, at: missed.at });
  }
  return enqueued;
}
