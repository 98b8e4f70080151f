import type { StoreTx } from "../store/store.js";
import type { JsonObject } from "../store/types.js";
import { formatWhen, type EngineTexts } from "./engine-texts.js";
import { toOutboxJson } from "./outbox-payload.js";

/** Why a candidate did not get a message. */
export type MissReason = "window" | "human" | "ended" | "refused" | "error";

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
  const type = missed.reason === "window" ? "kf.window_exhausted" : "kf.delivery_failed";
  return writeRecruiterNote(tx, texts, timeZone, missed, { event: type, keyPrefix: "app:missed:", reason: missed.reason, held: false });
}

/**
 * A human servicer holds the kf session (95018), so the bot's message waits
 * instead of failing. The recruiter hears once per message what is waiting
 * (they may be the one serving and want to say it themselves); a
 * `kf.delivery_held` event records it. Returns whether the note was enqueued.
 */
export async function writeHeldAlert(tx: StoreTx, texts: EngineTexts, timeZone: string, held: Omit<MissedMessage, "reason">): Promise<boolean> {
  return writeRecruiterNote(tx, texts, timeZone, { ...held, reason: "human" }, { event: "kf.delivery_held", keyPrefix: "app:held:", reason: "human", held: true });
}

async function writeRecruiterNote(
  tx: StoreTx,
  texts: EngineTexts,
  timeZone: string,
  missed: MissedMessage,
  how: { event: string; keyPrefix: string; reason: MissReason; held: boolean },
): Promise<boolean> {
  const interview = await tx.getInterview(missed.interviewId);
  const candidate = interview && (await tx.getCandidate(interview.candidateId));
  const idempotencyKey = `${how.keyPrefix}${missed.key}`;
  const values = {
    candidate: candidate?.name ?? "",
    position: interview?.position ?? "",
    scheduledAt: interview ? formatWhen(interview.scheduledAt, timeZone) : "",
    text: missed.text,
    reason: texts.get(`engine.missed_reason.${how.reason}` as const),
  };
  const content = texts.get(how.held ? "engine.held_alert" : "engine.missed_alert", values);
  const { enqueued } = interview && candidate
    ? await tx.enqueueOutbox({
        idempotencyKey,
        channel: "app",
        payload: toOutboxJson({ kind: "app_text", touser: interview.recruiterUserId, content }),
        interviewId: interview.id,
      })
    : { enqueued: false };
  // The event goes with the note: a message held again (or failed again) is recorded once.
  if (enqueued || !interview || !candidate) {
    await tx.recordEvent({
      type: how.event,
      interviewId: missed.interviewId,
      payload: { ...missed.details, reason: missed.reason, text: missed.text, conversationId: missed.conversationId },
      at: missed.at,
    });
  }
  if (enqueued && interview) {
    await tx.logMessage({ direction: "out", channel: "app", kind: "text", interviewId: interview.id, peerId: interview.recruiterUserId, text: content, at: missed.at });
  }
  return enqueued;
}
