import type { Interview, InterviewPatch, InterviewStatus, InterviewTransition } from "../contract/interviews.js";
import { idString } from "./context.js";
import type { interviews, interviewTransitions } from "./schema.js";

type InterviewRow = typeof interviews.$inferSelect;
type InterviewColumns = Partial<typeof interviews.$inferInsert>;
type TransitionRow = typeof interviewTransitions.$inferSelect;

export function toInterview(row: InterviewRow): Interview {
  return {
    id: idString(row.id),
    candidateId: idString(row.candidateId),
    position: row.position,
    recruiterUserId: row.recruiterUserId,
    interviewers: row.interviewers,
    scheduledAt: row.scheduledAt,
    durationMinutes: row.durationMinutes,
    location: row.locationAddress === null ? null : { address: row.locationAddress, mapUrl: row.locationMapUrl },
    meetingUrl: row.meetingUrl,
    materials: row.materials,
    process: row.process,
    notes: row.notes,
    status: row.status as InterviewStatus,
    rescheduleCount: row.rescheduleCount,
    cancelReason: row.cancelReason,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** Columns for the fields present in `patch` (absent fields are left alone). */
export function patchColumns(patch: InterviewPatch): InterviewColumns {
  const set: InterviewColumns = {};
  if (patch.position !== undefined) set.position = patch.position;
  if (patch.recruiterUserId !== undefined) set.recruiterUserId = patch.recruiterUserId;
  if (patch.interviewers !== undefined) set.interviewers = [...patch.interviewers];
  if (patch.scheduledAt !== undefined) set.scheduledAt = patch.scheduledAt;
  if (patch.durationMinutes !== undefined) set.durationMinutes = patch.durationMinutes;
  if (patch.location !== undefined) {
    set.locationAddress = patch.location?.address ?? null;
    set.locationMapUrl = patch.location?.mapUrl ?? null;
  }
  if (patch.meetingUrl !== undefined) set.meetingUrl = patch.meetingUrl;
  if (patch.materials !== undefined) set.materials = patch.materials;
  if (patch.process !== undefined) set.process = patch.process;
  if (patch.notes !== undefined) set.notes = patch.notes;
  return set;
}

export function toTransition(row: TransitionRow): InterviewTransition {
  return {
    id: idString(row.id),
    interviewId: idString(row.interviewId),
    from: row.fromStatus as InterviewStatus | null,
    to: row.toStatus as InterviewStatus,
    at: row.at,
    actor: row.actor,
    reason: row.reason,
    details: row.details,
  };
}
